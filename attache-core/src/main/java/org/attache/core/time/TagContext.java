package org.attache.core.time;

import java.util.regex.Matcher;
import org.attache.core.Span;

/**
 * What a rule's reading sees besides its match: the whole text, the anchor's calendar, the lexicon,
 * and the tense of the clause.
 *
 * <p>Example: {@code context.timex(m, "date", TimexType.DATE, "2013")} makes a timex of the named
 * group {@code date} of the match.
 */
final class TagContext {
  private final String text;
  private final AnchoredCalendar calendar;
  private final TimeLexicon lexicon;
  private final ClauseTense tense;

  TagContext(String text, TimeAnchor anchor, TimeLexicon lexicon, ClauseTense tense) {
    this.text = text;
    this.calendar = new AnchoredCalendar(anchor);
    this.lexicon = lexicon;
    this.tense = tense;
  }

  String text() {
    return text;
  }

  AnchoredCalendar calendar() {
    return calendar;
  }

  TimeLexicon lexicon() {
    return lexicon;
  }

  /** The tense of the clause around the match's expression (its group {@code x} if it has one). */
  Tense tense(Matcher m) {
    if (has(m, "x")) {
      return tense.of(text, m.start("x"), m.end("x"));
    }
    return tense.of(text, m.start(), m.end());
  }

  /**
   * A day of a month read without its year. Unless the clause points ahead, the value is marked so
   * that a year stated earlier in the sentence ("In 2022, ... on 12 September") frames it.
   */
  String monthDay(int month, int day, Tense tense) {
    return framed(calendar.monthDay(month, day, tense), tense);
  }

  /** A month read without its year, marked like {@link #monthDay}. */
  String monthOfYear(int month, Tense tense) {
    return framed(calendar.monthOfYear(month, tense), tense);
  }

  private static String framed(String value, Tense tense) {
    return tense == Tense.FUTURE ? value : YearFrame.MARK + value;
  }

  Timex timex(int start, int end, TimexType type, String value) {
    return new Timex(new Span(start, end), text.substring(start, end), type, value);
  }

  /** The whole match as a timex. */
  Timex timex(Matcher m, TimexType type, String value) {
    return timex(m.start(), m.end(), type, value);
  }

  /** A named group of the match as a timex. */
  Timex timex(Matcher m, String group, TimexType type, String value) {
    return timex(m.start(group), m.end(group), type, value);
  }

  /** The character before an offset, or a space at the start of the text. */
  char before(int offset) {
    return offset > 0 ? text.charAt(offset - 1) : ' ';
  }

  /** The character at an offset, or a space past the end of the text. */
  char at(int offset) {
    return offset < text.length() ? text.charAt(offset) : ' ';
  }

  /**
   * The word ending before an offset, skipping spaces and dashes ("Brothers" in "Brothers - 2021").
   */
  String wordBefore(int offset) {
    int end = offset;
    while (end > 0 && " \t-–—".indexOf(text.charAt(end - 1)) >= 0) {
      end--;
    }
    int start = end;
    while (start > 0 && Character.isLetter(text.charAt(start - 1))) {
      start--;
    }
    return text.substring(start, end);
  }

  /** The word starting after an offset, skipping spaces. */
  String wordAfter(int offset) {
    int start = offset;
    while (start < text.length() && text.charAt(start) == ' ') {
      start++;
    }
    int end = start;
    while (end < text.length() && Character.isLetter(text.charAt(end))) {
      end++;
    }
    return text.substring(start, end);
  }

  /** Whether the match filled a named group; false too when the rule's regex has no such group. */
  static boolean has(Matcher m, String group) {
    return m.pattern().pattern().contains("(?<" + group + ">") && m.group(group) != null;
  }
}
