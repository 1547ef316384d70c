package org.attache.core.time;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates told against the report's own date: "yesterday", "Friday afternoon", "last week", "earlier
 * this year", "late last July", "two weeks ago", "the end of the year".
 *
 * <p>Example: anchored at 2013-03-22 (a Friday), "on Thursday" is {@code 2013-03-21}, "last week"
 * {@code 2013-W11}, "four years ago" {@code 2009}; without an anchor "last week" is {@code
 * XXXX-WXX}.
 */
final class RelativeRules {
  private static final String PART_OF =
      "(?:(?:earlier|later|early|late|mid-?)\\s*|the\\s+(?:end|beginning|start|middle|rest"
          + "|remainder|first\\s+half|second\\s+half)\\s+of\\s+)";

  private RelativeRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "deictic day",
            lex.compile(
                "{S}(?:the\\s+day\\s+(?<dir>before|after)\\s+)?(?<w>today|tonight|tomorrow|yesterday)"
                    + "(?:\\s+(?<p>{PART}))?{E}"),
            RelativeRules::deicticDay),
        new TimexRule(
            "this morning",
            lex.compile("{S}(?<w>this|last)\\s+(?<p>{PART}){E}"),
            RelativeRules::deicticDay),
        new TimexRule(
            "relative unit",
            lex.compile(
                "{S}"
                    + PART_OF
                    + "?(?<the>the\\s+)?(?<rel>{REL})\\s+(?:fiscal\\s+|calendar\\s+)?"
                    + "(?<u>week|weekend|month|year|quarter|decade|century){E}"),
            RelativeRules::relativeUnit),
        new TimexRule(
            "part of the year",
            lex.compile(
                "{S}(?<mod>the\\s+(?:end|beginning|start|middle|rest|remainder)\\s+of\\s+)"
                    + "(?:the\\s+)?(?<u>year|month|week)"
                    + "(?!\\s+(?:of|before|after|earlier|later|ago|\\d)){E}"),
            RelativeRules::partOfUnit),
        new TimexRule(
            "year-end", lex.compile("{S}(?<u>year|month)-end{E}"), RelativeRules::partOfUnit),
        new TimexRule(
            "the weekend",
            lex.compile(
                "{S}(?:over|at|during|on|for|by|until|through|throughout|into|this\\s+past)\\s+(?<x>the\\s+weekend){E}"),
            (m, c) -> List.of(c.timex(m, "x", TimexType.DATE, c.calendar().weekend(c.tense(m))))),
        new TimexRule(
            "weekday",
            lex.compile(
                "{S}(?:(?<rel>last|next|this|coming|past)\\s+)?(?<wd>{WEEKDAY})"
                    + "(?:\\s+(?<p>{PART}))?{E}"),
            RelativeRules::weekday),
        new TimexRule(
            "relative month",
            lex.compile(
                "{S}" + PART_OF + "?(?<rel>last|next|this|coming|past)\\s+(?<m>{MONTH}){E}"),
            (m, c) ->
                List.of(
                    c.timex(
                        m,
                        TimexType.DATE,
                        c.calendar()
                            .monthOfYear(
                                c.lexicon().month(m.group("m")),
                                c.lexicon().relation(m.group("rel")))))),
        new TimexRule(
            "ago",
            lex.compile(
                "{S}(?:(?<n>{NUMBER})(?<half>\\s+and\\s+a\\s+half)?\\s+)?(?<u>{UNIT})\\s+ago{E}"),
            RelativeRules::ago));
  }

  private static List<Timex> deicticDay(Matcher m, TagContext c) {
    String w = m.group("w").toLowerCase();
    int offset =
        switch (w) {
          case "tomorrow" -> 1;
          case "yesterday" -> -1;
          case "last" -> -1;
          default -> 0;
        };
    if (TagContext.has(m, "dir")) {
      offset += m.group("dir").equalsIgnoreCase("before") ? -1 : 1;
    }
    String day = c.calendar().day(offset);
    if (w.equals("tonight")) {
      return List.of(c.timex(m, TimexType.TIME, day + "TNI"));
    }
    if (TagContext.has(m, "p")) {
      String part = c.lexicon().partOfDay(m.group("p"));
      if (w.equals("last") && !part.equals("NI") && !part.equals("EV")) {
        return List.of();
      }
      return List.of(c.timex(m, TimexType.TIME, day + "T" + part));
    }
    return List.of(c.timex(m, TimexType.DATE, day));
  }

  /** "last week" is a date; "the past week" and "the next month" are durations, read elsewhere. */
  private static List<Timex> relativeUnit(Matcher m, TagContext c) {
    String rel = m.group("rel").toLowerCase();
    String unit = m.group("u").toLowerCase();
    boolean longUnit = unit.matches("decade|century");
    if (TagContext.has(m, "the") && (longUnit || !rel.matches("last|this|current|previous"))) {
      return List.of();
    }
    int offset = c.lexicon().relation(rel);
    String value =
        switch (unit) {
          case "weekend" -> c.calendar().weekend(offset);
          case "week" -> c.calendar().week(offset);
          case "month" -> c.calendar().month(offset);
          case "quarter" -> c.calendar().quarter(offset);
          case "decade" -> c.calendar().decade(offset);
          case "century" -> c.calendar().century(offset);
          default -> c.calendar().year(offset);
        };
    return List.of(c.timex(m, TimexType.DATE, value));
  }

  /**
   * "the end of the year" is this year's end, unless the clause is in the past: then it was last
   * year's (this year's end has not come yet); "the beginning of the year" in the future is next.
   */
  private static List<Timex> partOfUnit(Matcher m, TagContext c) {
    String mod = TagContext.has(m, "mod") ? m.group("mod").toLowerCase() : "end";
    Tense tense = c.tense(m);
    int offset = 0;
    if (mod.contains("end") && tense == Tense.PAST) {
      offset = -1;
    } else if ((mod.contains("beginning") || mod.contains("start")) && tense == Tense.FUTURE) {
      offset = 1;
    }
    String unit = m.group("u").toLowerCase();
    String value =
        switch (unit) {
          case "week" -> c.calendar().week(offset);
          case "month" -> c.calendar().month(offset);
          default -> c.calendar().year(offset);
        };
    return List.of(c.timex(m, TimexType.DATE, value));
  }

  private static List<Timex> weekday(Matcher m, TagContext c) {
    if (!TagContext.has(m, "rel") && !TagContext.has(m, "p") && namesAThing(m, c)) {
      return List.of();
    }
    int dow = c.lexicon().weekday(m.group("wd"));
    // "this Friday" names no side by itself: the clause's tense tells it, as for a bare Friday.
    boolean sided = TagContext.has(m, "rel") && c.lexicon().relation(m.group("rel")) != 0;
    String value =
        sided
            ? c.calendar().weekday(dow, c.lexicon().relation(m.group("rel")))
            : c.calendar().weekday(dow, c.tense(m));
    if (TagContext.has(m, "p")) {
      return List.of(c.timex(m, TimexType.TIME, value + "T" + c.lexicon().partOfDay(m.group("p"))));
    }
    return List.of(c.timex(m, TimexType.DATE, value));
  }

  /**
   * "The Sunday Times", "the Good Friday Agreement": a weekday between "the" or a capitalised word
   * and a capitalised word that is no month is part of a name. "said Monday Putin" is not.
   */
  private static boolean namesAThing(Matcher m, TagContext c) {
    String before = c.wordBefore(m.start());
    String after = c.wordAfter(m.end());
    boolean capitalAfter =
        !after.isEmpty() && Character.isUpperCase(after.charAt(0)) && !c.lexicon().isMonth(after);
    boolean nameBefore =
        before.equalsIgnoreCase("the")
            || !before.isEmpty()
                && Character.isUpperCase(before.charAt(0))
                && !before.equalsIgnoreCase("on")
                && !c.lexicon().yearNeighbour(before);
    return capitalAfter && nameBefore;
  }

  private static List<Timex> ago(Matcher m, TagContext c) {
    TimeLexicon.Quantity unit = c.lexicon().unit(m.group("u"));
    String n = TagContext.has(m, "n") ? c.lexicon().number(m.group("n")) : "X";
    if (n.equals("X")) {
      return List.of(c.timex(m, TimexType.DATE, "PAST_REF"));
    }
    double count = Double.parseDouble(n) + (TagContext.has(m, "half") ? 0.5 : 0);
    int amount = (int) Math.round(count * unit.amount());
    if (unit.unit().equals("Q")) {
      return List.of(c.timex(m, TimexType.DATE, c.calendar().quarter(-amount)));
    }
    return List.of(c.timex(m, TimexType.DATE, c.calendar().shift(unit.unit(), -amount)));
  }
}
