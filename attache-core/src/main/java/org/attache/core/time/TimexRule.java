package org.attache.core.time;

import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * One family member of the tagger: a regex over the text and how to read a match as TIMEX3.
 *
 * <p>Example: {@code new TimexRule("ago", lexicon.compile("{NUMBER}\\s+{UNIT}\\s+ago"), reading)}
 * reads "two weeks ago"; a reading that returns no timex rejects the match.
 *
 * @param name what the rule is for, shown in tests and when debugging
 * @param pattern the regex, compiled from a {@link TimeLexicon} template
 * @param reading turns a match into zero, one or (for ranges) two timexes
 */
record TimexRule(String name, Pattern pattern, Reading reading) {

  /** Reads the current match of the matcher; an empty list rejects it. */
  @FunctionalInterface
  interface Reading {
    List<Timex> read(Matcher match, TagContext context);
  }
}
