package org.attache.core.time;

import java.util.List;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Recurring times (TIMEX3 SET): "every year" {@code P1Y}, "each Monday" and "on Mondays" {@code
 * XXXX-WXX-1}, "on weekends" {@code XXXX-WXX-WE}, "every morning" {@code XXXX-XX-XXTMO},
 * "annually", "twice a week", "$2 billion a year", "per month".
 *
 * <p>Example: "the drills are held every two years" reads "every two years" as SET {@code P2Y}.
 */
final class SetRules {
  private static final Set<String> AMOUNTS =
      Set.of("million", "billion", "trillion", "dollars", "euros", "percent", "tons", "tonnes");

  /** How far before "a day" a count of things is looked for. */
  private static final int LEAD = 60;

  private SetRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    // "40 deliveries a day", "three hot meals a day": a count of things just before "a day".
    Pattern counted = lex.compile("{S}{NUMBER}\\s+(?:\\p{L}+\\s+)?\\p{L}{2,}s\\s+$");
    return List.of(
        new TimexRule(
            "every unit",
            lex.compile(
                "{S}(?:every|each)\\s+(?:(?<n>{NUMBER})\\s+|other\\s+)?"
                    + "(?:(?<u>{UNIT})|(?<wd>{WEEKDAY})|(?<p>{PART})|(?<s>{SEASON})){E}"),
            SetRules::every),
        new TimexRule(
            "plural weekday",
            // "the market opens on Tuesdays", "on Friday nights", "Sunday mornings": every such
            // day.
            lex.compile(
                "{S}(?:(?<wd>{WEEKDAY})s(?:\\s+(?<p>{PART}))?"
                    + "|(?<wd2>{WEEKDAY})\\s+(?<p2>mornings|afternoons|evenings|nights)){E}"),
            SetRules::pluralWeekday),
        new TimexRule(
            "on weekends",
            lex.compile("{S}(?:on|at|over|during)\\s+(?<x>weekends){E}"),
            (m, c) -> List.of(c.timex(m, "x", TimexType.SET, "XXXX-WXX-WE"))),
        new TimexRule(
            "frequency word",
            lex.compile("{S}(?-i:(?<w>{SETWORD})){E}"),
            (m, c) -> List.of(c.timex(m, TimexType.SET, c.lexicon().setValue(m.group("w"))))),
        new TimexRule(
            "times a unit",
            lex.compile(
                "{S}(?:once|twice|(?:\\d+|{NUMBER})\\s+times)\\s+(?:a|an|per|every|each)\\s+"
                    + "(?<u>{UNIT}){E}"),
            SetRules::perUnit),
        new TimexRule(
            "amount a unit",
            lex.compile("{S}a\\s+(?<u>year|month|week|day){E}"),
            (m, c) -> amountPerUnit(m, c, counted)),
        new TimexRule(
            "per unit",
            lex.compile("{S}per\\s+(?<u>year|month|week|day|hour){E}"),
            SetRules::perUnit));
  }

  private static List<Timex> every(Matcher m, TagContext c) {
    if (TagContext.has(m, "wd")) {
      return List.of(c.timex(m, TimexType.SET, "XXXX-WXX-" + c.lexicon().weekday(m.group("wd"))));
    }
    if (TagContext.has(m, "p")) {
      return List.of(
          c.timex(m, TimexType.SET, "XXXX-XX-XXT" + c.lexicon().partOfDay(m.group("p"))));
    }
    if (TagContext.has(m, "s")) {
      return List.of(c.timex(m, TimexType.SET, "XXXX-" + c.lexicon().season(m.group("s"))));
    }
    String n = TagContext.has(m, "n") ? c.lexicon().number(m.group("n")) : "1";
    if (m.group().toLowerCase().contains("other")) {
      n = "2";
    }
    return List.of(
        c.timex(m, TimexType.SET, DurationRules.value(n, c.lexicon().unit(m.group("u")), false)));
  }

  private static List<Timex> pluralWeekday(Matcher m, TagContext c) {
    boolean plural = TagContext.has(m, "wd");
    String value = "XXXX-WXX-" + c.lexicon().weekday(m.group(plural ? "wd" : "wd2"));
    if (!plural || TagContext.has(m, "p")) {
      value += "T" + c.lexicon().partOfDay(m.group(plural ? "p" : "p2"));
    }
    return List.of(c.timex(m, TimexType.SET, value));
  }

  /**
   * "$2 billion a year", "30 percent a year": an amount before "a year" makes it a rate; so does a
   * count of things ("two flights a week").
   */
  private static List<Timex> amountPerUnit(Matcher m, TagContext c, Pattern counted) {
    char before = c.before(m.start() - 1);
    String word = c.wordBefore(m.start()).toLowerCase();
    String lead = c.text().substring(Math.max(0, m.start() - LEAD), m.start());
    if (!Character.isDigit(before)
        && before != '%'
        && !AMOUNTS.contains(word)
        && !counted.matcher(lead).find()) {
      return List.of();
    }
    return perUnit(m, c);
  }

  private static List<Timex> perUnit(Matcher m, TagContext c) {
    return List.of(
        c.timex(m, TimexType.SET, DurationRules.value("1", c.lexicon().unit(m.group("u")), false)));
  }
}
