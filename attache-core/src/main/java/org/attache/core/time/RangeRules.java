package org.attache.core.time;

import static org.attache.core.time.AnchoredCalendar.two;
import static org.attache.core.time.AnchoredCalendar.yearOf;

import java.time.LocalDate;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Ranges written as one phrase, read as two dates as TimeML does: "2009-2010", "1957-58", "Sept
 * 12-20", "16 to 20 January 2023", "30 March - 2 April 2024", "May-June 2021". The year (and month)
 * written once at the end is carried back to the first date.
 *
 * <p>Example: "from Sept 12-20" anchored at 2013-08-30 is {@code 2013-09-12} ("Sept 12") and {@code
 * 2013-09-20} ("20").
 */
final class RangeRules {
  private static final String TO = "\\s*(?:[-–—]|\\bto\\b|\\band\\b|\\buntil\\b|\\bthrough\\b)\\s*";

  private RangeRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "year range",
            lex.compile("{S}(?<a>{YEAR})\\s*[-–—/]\\s*(?<b>{YEAR}|\\d\\d){E}(?![-–—/]\\d)"),
            RangeRules::years),
        new TimexRule(
            "month days range",
            lex.compile(
                "{S}(?<a>(?<m>{MONTH})\\s+(?<d1>{DAY}))"
                    + TO
                    + "(?<b>(?<d2>{DAY})"
                    + "(?:,?\\s+(?<y>{YEAR}))?){E}"),
            RangeRules::days),
        new TimexRule(
            "days month range",
            lex.compile(
                "{S}(?<a>(?<d1>{DAY}))"
                    + TO
                    + "(?<b>(?<d2>{DAY})\\s+(?:of\\s+)?(?<m>{MONTH})"
                    + "(?:,?\\s+(?<y>{YEAR}))?){E}"),
            RangeRules::days),
        new TimexRule(
            "day month to day month range",
            lex.compile(
                "{S}(?<a>(?<d1>{DAY})\\s+(?<m1>{MONTH}))"
                    + TO
                    + "(?<b>(?<d2>{DAY})\\s+(?<m2>{MONTH})"
                    + "(?:,?\\s+(?<y>{YEAR}))?){E}"),
            RangeRules::twoMonths),
        new TimexRule(
            "month day to month day range",
            lex.compile(
                "{S}(?<a>(?<m1>{MONTH})\\s+(?<d1>{DAY}))"
                    + TO
                    + "(?<b>(?<m2>{MONTH})\\s+(?<d2>{DAY})"
                    + "(?:,?\\s+(?<y>{YEAR}))?){E}"),
            RangeRules::twoMonths),
        new TimexRule(
            "months range",
            lex.compile(
                "{S}(?<a>(?<m1>{MONTH}))" + TO + "(?<b>(?<m2>{MONTH}),?\\s+(?<y>{YEAR})){E}"),
            RangeRules::months));
  }

  private static List<Timex> years(Matcher m, TagContext c) {
    if (!YearGuard.acceptsStart(c, m.start("a"))) {
      return List.of();
    }
    int a = Integer.parseInt(m.group("a"));
    int b = Integer.parseInt(m.group("b"));
    if (b < 100) {
      b += a / 100 * 100;
    }
    if (b <= a || b - a > 100) {
      return List.of();
    }
    return List.of(
        c.timex(m, "a", TimexType.DATE, yearOf(a)), c.timex(m, "b", TimexType.DATE, yearOf(b)));
  }

  private static List<Timex> days(Matcher m, TagContext c) {
    int month = c.lexicon().month(m.group("m"));
    return pair(m, c, month, month);
  }

  private static List<Timex> twoMonths(Matcher m, TagContext c) {
    return pair(m, c, c.lexicon().month(m.group("m1")), c.lexicon().month(m.group("m2")));
  }

  private static List<Timex> pair(Matcher m, TagContext c, int month1, int month2) {
    int d1 = day(m.group("d1"));
    int d2 = day(m.group("d2"));
    String first;
    String second;
    if (TagContext.has(m, "y")) {
      int year = Integer.parseInt(m.group("y"));
      LocalDate a = AnchoredCalendar.dateOrNull(month1 > month2 ? year - 1 : year, month1, d1);
      LocalDate b = AnchoredCalendar.dateOrNull(year, month2, d2);
      if (a == null || b == null) {
        return List.of();
      }
      first = a.toString();
      second = b.toString();
    } else {
      Tense tense = c.tense(m);
      first = c.monthDay(month1, d1, tense);
      second = c.monthDay(month2, d2, tense);
      if (!first.contains("X") && first.compareTo(second) > 0) {
        return List.of();
      }
    }
    if (month1 == month2 && d1 >= d2) {
      return List.of();
    }
    return List.of(c.timex(m, "a", TimexType.DATE, first), c.timex(m, "b", TimexType.DATE, second));
  }

  private static List<Timex> months(Matcher m, TagContext c) {
    String y = m.group("y");
    int m1 = c.lexicon().month(m.group("m1"));
    int m2 = c.lexicon().month(m.group("m2"));
    String first = (m1 > m2 ? yearOf(Integer.parseInt(y) - 1) : y) + "-" + two(m1);
    return List.of(
        c.timex(m, "a", TimexType.DATE, first), c.timex(m, "b", TimexType.DATE, y + "-" + two(m2)));
  }

  private static int day(String d) {
    return Integer.parseInt(d.replaceAll("\\D", ""));
  }
}
