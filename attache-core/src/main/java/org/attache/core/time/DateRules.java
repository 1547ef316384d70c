package org.attache.core.time;

import static org.attache.core.time.AnchoredCalendar.two;
import static org.attache.core.time.AnchoredCalendar.yearOf;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates written out in full or in part: {@code 2021-03-03}, {@code 02.12.2021}, "23 March 2022",
 * "Thursday April 25 2024", "March 2022", "Dec 4", "in August", "2011".
 *
 * <p>Example: "on Sept 12" anchored at 2013-08-30 reads {@code 2013-09-12}; without an anchor
 * {@code XXXX-09-12}.
 */
final class DateRules {
  /** Prepositions that make a bare "May" or "March" a month rather than a verb. */
  static final String MONTH_PREPOSITIONS =
      "(?:in|since|by|until|till|through|throughout|during|from|of|before|after|between|to)";

  static final String PART_OF_MONTH =
      "(?:(?:early|late|mid-?|end-|the\\s+(?:end|beginning|start|middle)\\s+of)\\s*)";

  static final String MONTH_NAMES =
      "January|February|March|April|May|June|July|August|September|October|November|December";

  private DateRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "iso date",
            lex.compile(
                "{S}(?<y>{YEAR})-(?<m>[01]\\d)-(?<d>[0-3]\\d)"
                    + "(?:[T\\s](?<h>[0-2]\\d):(?<mi>[0-5]\\d)(?::[0-5]\\d)?)?(?![\\d-])"),
            DateRules::iso),
        new TimexRule(
            "numeric date",
            lex.compile(
                "(?<![\\d./-])(?<d>[0-3]?\\d)(?<sep>[./])(?<m>[01]?\\d)\\k<sep>(?<y>{YEAR})(?![\\d.]\\d)(?!\\d)"),
            DateRules::numeric),
        new TimexRule(
            "day month year",
            lex.compile(
                "{S}(?:(?<wd>{WEEKDAY}),?\\s+)?(?:(?:the\\s+)?(?<d>{DAY})(?:\\s+of)?"
                    + "|the\\s+(?<dw>{ORDINAL})\\s+of)\\s+(?<m>{MONTH})"
                    + "(?:,?\\s+(?<y>{YEAR}))?{E}"),
            DateRules::dayMonth),
        new TimexRule(
            "month day year",
            lex.compile(
                "{S}(?:(?<wd>{WEEKDAY}),?\\s+)?(?<m>{MONTH})\\s+(?:the\\s+)?(?<d>{DAY}){E}"
                    + "(?:,?\\s+(?<y>{YEAR}){E})?"),
            DateRules::dayMonth),
        new TimexRule(
            "month year",
            lex.compile("{S}" + PART_OF_MONTH + "?(?<m>{MONTH}),?\\s+(?:of\\s+)?(?<y>{YEAR}){E}"),
            DateRules::monthYear),
        new TimexRule(
            "month after a preposition",
            lex.compile(
                "{S}" + MONTH_PREPOSITIONS + "\\s+(?<x>" + PART_OF_MONTH + "?(?<m>{MONTH})){E}"),
            DateRules::month),
        new TimexRule(
            "month with a part",
            lex.compile("{S}(?<x>" + PART_OF_MONTH + "(?<m>{MONTH})){E}"),
            DateRules::month),
        new TimexRule(
            "bare month",
            lex.compile(
                "{S}(?<x>(?<m>(?-i:January|February|April|June|July|August|September|October"
                    + "|November|December))){E}"
                    + PeriodRules.NOT_A_NAME),
            DateRules::month),
        new TimexRule(
            "year",
            lex.compile(
                "{S}(?:(?<part>(?:early|late|mid-?|end-)\\s*|the\\s+(?:end|beginning|start|middle)\\s+of\\s+)"
                    + "|fiscal\\s+(?:year\\s+)?|FY\\s*)?(?<y>{YEAR}){E}"),
            DateRules::year));
  }

  private static List<Timex> iso(Matcher m, TagContext c) {
    LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
    if (d == null) {
      return List.of();
    }
    if (TagContext.has(m, "h")) {
      return List.of(c.timex(m, TimexType.TIME, d + "T" + m.group("h") + ":" + m.group("mi")));
    }
    return List.of(c.timex(m, TimexType.DATE, d.toString()));
  }

  /** Day first, as most of the world writes it; month first only when day first cannot be. */
  private static List<Timex> numeric(Matcher m, TagContext c) {
    LocalDate d = date(m.group("y"), m.group("m"), m.group("d"));
    if (d == null && m.group("sep").equals("/")) {
      d = date(m.group("y"), m.group("d"), m.group("m"));
    }
    return d == null ? List.of() : List.of(c.timex(m, TimexType.DATE, d.toString()));
  }

  private static List<Timex> dayMonth(Matcher m, TagContext c) {
    int month = c.lexicon().month(m.group("m"));
    int day = c.lexicon().ordinal(TagContext.has(m, "d") ? m.group("d") : m.group("dw"));
    if (TagContext.has(m, "y")) {
      LocalDate d = date(m.group("y"), String.valueOf(month), String.valueOf(day));
      return d == null ? List.of() : List.of(c.timex(m, TimexType.DATE, d.toString()));
    }
    if (AnchoredCalendar.dateOrNull(2000, month, day) == null) {
      return List.of();
    }
    return List.of(c.timex(m, TimexType.DATE, c.monthDay(month, day, c.tense(m))));
  }

  private static List<Timex> monthYear(Matcher m, TagContext c) {
    int month = c.lexicon().month(m.group("m"));
    return List.of(c.timex(m, TimexType.DATE, m.group("y") + "-" + two(month)));
  }

  private static List<Timex> month(Matcher m, TagContext c) {
    int month = c.lexicon().month(m.group("m"));
    String value = c.monthOfYear(month, c.tense(m));
    return List.of(c.timex(m, "x", TimexType.DATE, value));
  }

  private static List<Timex> year(Matcher m, TagContext c) {
    boolean prefixed = m.start("y") != m.start();
    if (!prefixed && !YearGuard.accepts(c, m.start("y"), m.end("y"))) {
      return List.of();
    }
    if (prefixed && !YearGuard.accepts(c, m.start(), m.end("y"))) {
      return List.of();
    }
    return List.of(c.timex(m, TimexType.DATE, yearOf(Integer.parseInt(m.group("y")))));
  }

  static LocalDate date(String year, String month, String day) {
    return AnchoredCalendar.dateOrNull(
        Integer.parseInt(year), Integer.parseInt(month), Integer.parseInt(day));
  }
}
