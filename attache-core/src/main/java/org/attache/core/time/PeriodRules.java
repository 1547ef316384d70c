package org.attache.core.time;

import static org.attache.core.time.AnchoredCalendar.two;

import java.time.DayOfWeek;
import java.time.LocalDate;
import java.time.temporal.TemporalAdjusters;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Calendar periods longer or other than a day: decades ("the 1990s" {@code 199}, as TIMEX3 writes a
 * decade), centuries ("the 20th century" {@code 19}, as TempEval writes it), quarters and halves
 * ({@code 2013-Q1}, {@code 2013-H2}), seasons ({@code 2014-WI}), holidays, and "the 20th of this
 * month".
 *
 * <p>Example: "last summer" anchored at 2013-03-22 is {@code 2012-SU}.
 */
final class PeriodRules {
  private static final String QUARTER_ORDINAL = "(?<q>first|second|third|fourth|1st|2nd|3rd|4th)";
  private static final String RELATIVE_YEAR = "(?:(?<rel>this|last|next|the\\s+current)\\s+year)";

  /** A capitalised word after it makes a season or holiday part of a name: "Christmas Island". */
  static final String NOT_A_NAME = "(?!\\s+(?-i:[A-Z])(?!(?i:" + DateRules.MONTH_NAMES + ")))";

  private PeriodRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "decade",
            lex.compile(
                "{S}(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<d>(?:1[5-9]|20)\\d0)['’]?s{E}"),
            PeriodRules::decade),
        new TimexRule(
            "short decade",
            lex.compile("{S}the\\s+(?:(?:early|late|mid-?)\\s*)?['’]?(?<d>[2-9]0)['’]?s{E}"),
            (m, c) -> List.of(c.timex(m, TimexType.DATE, "19" + m.group("d").charAt(0)))),
        new TimexRule(
            "century",
            lex.compile(
                "{S}(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<o>{ORDINAL})[-\\s]century{E}"),
            (m, c) ->
                List.of(c.timex(m, TimexType.DATE, two(c.lexicon().ordinal(m.group("o")) - 1)))),
        new TimexRule(
            "quarter",
            lex.compile(
                "{S}(?:the\\s+)?(?:fiscal\\s+)?"
                    + QUARTER_ORDINAL
                    + "[-\\s]+(?:fiscal\\s+|calendar\\s+)?quarter"
                    + "(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y>{YEAR})|"
                    + RELATIVE_YEAR
                    + "|the\\s+year))?{E}"),
            (m, c) -> half(m, c, "Q")),
        new TimexRule(
            "half year",
            lex.compile(
                "{S}the\\s+(?<q>first|second)\\s+half(?:\\s+of\\s+(?:(?:fiscal\\s+)?(?<y>{YEAR})|"
                    + RELATIVE_YEAR
                    + "|the\\s+year)|(?!\\s+of\\b)){E}(?!-)"),
            (m, c) -> half(m, c, "H")),
        new TimexRule(
            "the quarter",
            // "the quarter" of an earnings report: the one just over when the clause is past.
            lex.compile(
                "{S}the\\s+(?:(?<w>latest|most\\s+recent|recent|just-ended)\\s+)?quarter{E}"
                    + "(?![-\\s]+(?:of|century|final|mile)\\b)(?!-)"),
            (m, c) ->
                List.of(
                    c.timex(
                        m,
                        TimexType.DATE,
                        c.calendar()
                            .quarter(
                                TagContext.has(m, "w") || c.tense(m) == Tense.PAST ? -1 : 0)))),
        new TimexRule(
            "quarter code",
            lex.compile("{S}(?-i:Q(?<q>[1-4]))\\s*(?<y>{YEAR}){E}"),
            (m, c) -> half(m, c, "Q")),
        new TimexRule(
            "season of a year",
            lex.compile(
                "{S}(?:the\\s+)?(?:(?:early|late|mid-?)\\s*)?(?<s>{SEASON})(?:\\s+of)?,?\\s+(?<y>{YEAR}){E}"),
            (m, c) ->
                List.of(
                    c.timex(
                        m, TimexType.DATE, m.group("y") + "-" + c.lexicon().season(m.group("s"))))),
        new TimexRule(
            "relative season",
            lex.compile(
                "{S}(?:(?:early|late)\\s+)?(?<rel>this|last|next|past|coming)\\s+(?<s>{SEASON}){E}"),
            (m, c) ->
                List.of(
                    c.timex(
                        m,
                        TimexType.DATE,
                        c.calendar()
                            .season(
                                c.lexicon().season(m.group("s")),
                                c.lexicon().relation(m.group("rel")))))),
        new TimexRule(
            "the season",
            // Not "in the fall of Kabul" nor "during the Winter Olympics".
            lex.compile(
                "{S}(?:in|during|over|by|until|through)\\s+(?<x>the\\s+(?<s>{SEASON})){E}"
                    + NOT_A_NAME
                    + "(?!\\s+of\\s+(?!\\d))"),
            PeriodRules::season),
        new TimexRule(
            "season without article",
            // "the dam will be finished in spring": only where the clause goes on or ends, so that
            // "a rise in spring wheat prices" is no time.
            lex.compile(
                "{S}(?:in|during|over|by|until|through|since)\\s+(?<x>(?:(?:early|late|mid-?)\\s*)?"
                    + "(?<s>{SEASON})){E}"
                    + "(?=\\s*(?:[.,;:!?)]|$)|\\s+(?:and|or|but|when|while|as|if|after|before|because"
                    + "|to|for|in|on|at|with|the|a|an|that|he|she|it|they|we|this|last|next)\\b)"),
            PeriodRules::season),
        new TimexRule(
            "holiday",
            lex.compile("{S}(?<h>{HOLIDAY})(?:\\s+(?<y>{YEAR}))?{E}" + NOT_A_NAME),
            PeriodRules::holiday),
        new TimexRule(
            "nth weekday of a month",
            lex.compile(
                "{S}the\\s+(?<o>first|second|third|fourth|last|1st|2nd|3rd|4th)\\s+(?<wd>{WEEKDAY})"
                    + "\\s+(?:of|in)\\s+(?<m>{MONTH})(?:,?\\s+(?<y>{YEAR}))?{E}"),
            PeriodRules::nthWeekday),
        new TimexRule(
            "day of this month",
            lex.compile("{S}the\\s+(?<o>{ORDINAL})\\s+of\\s+(?<rel>this|last|next)\\s+month{E}"),
            PeriodRules::dayOfMonth));
  }

  private static List<Timex> decade(Matcher m, TagContext c) {
    String d = m.group("d");
    // "the 1800s" is a century, "the 2000s" the first decade of one.
    String value = d.endsWith("00") && !d.startsWith("20") ? d.substring(0, 2) : d.substring(0, 3);
    return List.of(c.timex(m, TimexType.DATE, value));
  }

  private static List<Timex> half(Matcher m, TagContext c, String kind) {
    String q = m.group("q");
    int n = Character.isDigit(q.charAt(0)) ? q.charAt(0) - '0' : c.lexicon().ordinal(q);
    String year;
    if (TagContext.has(m, "y")) {
      year = m.group("y");
    } else if (TagContext.has(m, "rel")) {
      String rel = m.group("rel").toLowerCase();
      year = c.calendar().year(rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
    } else {
      return List.of(c.timex(m, TimexType.DATE, c.calendar().partOfYear(kind, n, c.tense(m))));
    }
    return List.of(c.timex(m, TimexType.DATE, year + "-" + kind + n));
  }

  private static List<Timex> season(Matcher m, TagContext c) {
    String code = c.lexicon().season(m.group("s"));
    return List.of(c.timex(m, "x", TimexType.DATE, c.calendar().season(code, c.tense(m))));
  }

  private static List<Timex> holiday(Matcher m, TagContext c) {
    String[] md = c.lexicon().holiday(m.group("h")).split("-");
    int month = Integer.parseInt(md[0]);
    int day = Integer.parseInt(md[1]);
    String value =
        TagContext.has(m, "y")
            ? m.group("y") + "-" + md[0] + "-" + md[1]
            : c.monthDay(month, day, c.tense(m));
    return List.of(c.timex(m, TimexType.DATE, value));
  }

  /** "the second Sunday of July": a day once the year is known, else only the month. */
  private static List<Timex> nthWeekday(Matcher m, TagContext c) {
    int month = c.lexicon().month(m.group("m"));
    String monthValue =
        TagContext.has(m, "y")
            ? m.group("y") + "-" + two(month)
            : c.calendar().monthOfYear(month, c.tense(m));
    if (monthValue.startsWith("X")) {
      return List.of(c.timex(m, TimexType.DATE, monthValue));
    }
    String o = m.group("o").toLowerCase();
    DayOfWeek dow = DayOfWeek.of(c.lexicon().weekday(m.group("wd")));
    LocalDate first = LocalDate.parse(monthValue + "-01");
    LocalDate day =
        o.equals("last")
            ? first.with(TemporalAdjusters.lastInMonth(dow))
            : first.with(TemporalAdjusters.dayOfWeekInMonth(c.lexicon().ordinal(o), dow));
    return List.of(c.timex(m, TimexType.DATE, day.toString()));
  }

  private static List<Timex> dayOfMonth(Matcher m, TagContext c) {
    String rel = m.group("rel").toLowerCase();
    String month = c.calendar().month(rel.equals("last") ? -1 : rel.equals("next") ? 1 : 0);
    int day = c.lexicon().ordinal(m.group("o"));
    return day > 31 ? List.of() : List.of(c.timex(m, TimexType.DATE, month + "-" + two(day)));
  }
}
