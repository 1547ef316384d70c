package org.attache.core.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;

/**
 * Words that point at the present, the past or the future without a date: "now", "currently"
 * ({@code PRESENT_REF}), "recently", "in the past" ({@code PAST_REF}), "the future" ({@code
 * FUTURE_REF}).
 *
 * <p>Example: "the fleet is currently at sea" reads "currently" as {@code PRESENT_REF}; "the past
 * decade" is a duration, read elsewhere, and "the future submarine" no time at all.
 */
final class ReferenceRules {
  /** Words that may follow "the past/present/future" when it is a time, not an adjective. */
  private static final Set<String> CLAUSE_WORDS =
      Set.of(
          "", "of", "and", "or", "but", "is", "was", "were", "are", "will", "has", "had", "he",
          "she", "it", "they", "we", "i", "the", "a", "an", "to", "as", "for", "in", "on", "at",
          "with", "when", "while", "that", "this", "there", "if", "than");

  private ReferenceRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule("reference", lex.compile("{S}(?<r>{REF}){E}"), ReferenceRules::reference));
  }

  private static List<Timex> reference(Matcher m, TagContext c) {
    String words = m.group("r");
    if (words.toLowerCase().startsWith("the ")
        && !CLAUSE_WORDS.contains(c.wordAfter(m.end()).toLowerCase())) {
      return List.of();
    }
    return List.of(c.timex(m, TimexType.DATE, c.lexicon().reference(words)));
  }
}
