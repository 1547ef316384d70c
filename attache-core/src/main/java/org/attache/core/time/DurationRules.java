package org.attache.core.time;

import java.math.BigDecimal;
import java.util.List;
import java.util.regex.Matcher;

/**
 * Lengths of time: "90 days" {@code P90D}, "a four-week closure" {@code P4W}, "the past two years"
 * {@code P2Y}, "a decade" {@code P10Y}, "an hour" {@code PT1H}, "several days" {@code PXD}, "for
 * years" {@code PXY}, "between 12 and 18 months" ({@code P12M} and {@code P18M}). Ages ("a
 * 22-year-old") are not durations.
 *
 * <p>Example: "a 44-day war" reads "44-day" as {@code P44D}.
 */
final class DurationRules {
  private static final String NOT_AGE = "(?![-\\s]+olds?\\b)";

  private DurationRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "counted duration",
            lex.compile(
                "{S}(?:(?<the>the)\\s+(?<rel>past|last|next|coming|previous|first|following|final"
                    + "|remaining)\\s+)?(?<n>{NUMBER})(?<half>\\s+and\\s+a\\s+half)?[-\\s]+"
                    + "(?:more\\s+|additional\\s+|straight\\s+|consecutive\\s+)?(?<u>{UNIT})"
                    + "(?<half2>\\s+and\\s+a\\s+half)?{E}"
                    + NOT_AGE),
            DurationRules::counted),
        new TimexRule(
            "long",
            // "a weeklong strike", "the month-long siege", "a two-year-long inquiry".
            lex.compile(
                "{S}(?:(?<n>{NUMBER})-)?(?<u>hour|day|week|month|year|decade|century)-?long{E}"),
            (m, c) ->
                List.of(
                    c.timex(
                        m,
                        TimexType.DURATION,
                        value(
                            TagContext.has(m, "n") ? c.lexicon().number(m.group("n")) : "1",
                            unit(m, c),
                            false)))),
        new TimexRule(
            "vague duration",
            lex.compile(
                "{S}the\\s+(?<rel>past|last|next|coming|previous|following|first|remaining)\\s+"
                    + "(?:(?<n>few|several|many|couple\\s+of)\\s+)?(?<u>{UNIT}){E}"),
            DurationRules::vague),
        new TimexRule(
            "recent units",
            lex.compile(
                "{S}(?:the\\s+)?(?:recent|coming|past)\\s+"
                    + "(?<u>days|weeks|months|years|decades|hours){E}"),
            (m, c) -> List.of(c.timex(m, TimexType.DURATION, value("X", unit(m, c), false)))),
        new TimexRule(
            "in units",
            // "the worst fighting in years": a clause ends after the unit.
            lex.compile(
                "{S}in\\s+(?<x>(?<u>days|weeks|months|years|decades))(?=\\s*[.,;:)]|\\s+(?:and|but)\\b)"),
            (m, c) -> List.of(c.timex(m, "x", TimexType.DURATION, value("X", unit(m, c), false)))),
        new TimexRule(
            "bare units",
            lex.compile("{S}(?<u>seconds|minutes|hours|days|weeks|months|years|decades){E}"),
            DurationRules::bare),
        new TimexRule(
            "duration range",
            lex.compile(
                "{S}(?:between\\s+)?(?<a>\\d+|{NUMBER})\\s*(?:and|to|or|-|–)\\s*(?<b>(?<n>\\d+|{NUMBER})"
                    + "[-\\s]+(?<u>{UNIT})){E}"
                    + NOT_AGE),
            DurationRules::range));
  }

  private static List<Timex> counted(Matcher m, TagContext c) {
    String words = m.group("n").toLowerCase();
    // "children ages 6 months and older", "aged 40 years": an age, not a duration.
    if (c.wordBefore(m.start()).toLowerCase().matches("age[sd]?")) {
      return List.of();
    }
    TimeLexicon.Quantity unit = unit(m, c);
    // "a second term", "a quarter of the vote": an article before these units is not a count.
    if (words.matches("an?") && (unit.unit().equals("S") || unit.unit().equals("Q"))) {
      return List.of();
    }
    if (unit.unit().equals("Q") && !TagContext.has(m, "the")) {
      return List.of();
    }
    boolean half = TagContext.has(m, "half") || TagContext.has(m, "half2");
    String n = c.lexicon().number(words);
    return List.of(c.timex(m, TimexType.DURATION, value(n, unit, half)));
  }

  private static List<Timex> vague(Matcher m, TagContext c) {
    String unitWord = m.group("u").toLowerCase();
    boolean plural = unitWord.endsWith("s") || unitWord.equals("centuries");
    String rel = m.group("rel").toLowerCase();
    // "the last week" is a date (read elsewhere); "the last decade" the ten years just past.
    boolean longUnit = unitWord.matches("decade|century");
    if (!plural && !longUnit && !TagContext.has(m, "n") && rel.matches("last|first")) {
      return List.of();
    }
    String n = TagContext.has(m, "n") || plural ? "X" : "1";
    if (TagContext.has(m, "n") && m.group("n").toLowerCase().startsWith("couple")) {
      n = "2";
    }
    return List.of(c.timex(m, TimexType.DURATION, value(n, unit(m, c), false)));
  }

  private static List<Timex> bare(Matcher m, TagContext c) {
    String before = c.wordBefore(m.start()).toLowerCase();
    String after = c.wordAfter(m.end()).toLowerCase();
    if (before.equals("the")) {
      // "over the years", "for the months that followed": the neighbour stands before "the".
      int the = c.text().lastIndexOf(c.wordBefore(m.start()), m.start());
      before = c.wordBefore(the).toLowerCase();
    }
    if (!c.lexicon().durationNeighbour(before, "before")
        && !c.lexicon().durationNeighbour(after, "after")) {
      return List.of();
    }
    return List.of(c.timex(m, TimexType.DURATION, value("X", unit(m, c), false)));
  }

  private static List<Timex> range(Matcher m, TagContext c) {
    String a = c.lexicon().number(m.group("a"));
    String b = c.lexicon().number(m.group("n"));
    if (a.equals("X") || b.equals("X") || m.group("a").matches("(?i)an?")) {
      return List.of();
    }
    TimeLexicon.Quantity unit = unit(m, c);
    return List.of(
        c.timex(m, "a", TimexType.DURATION, value(a, unit, false)),
        c.timex(m, "b", TimexType.DURATION, value(b, unit, false)));
  }

  private static TimeLexicon.Quantity unit(Matcher m, TagContext c) {
    return c.lexicon().unit(m.group("u"));
  }

  /** The TIMEX3 value of a count of units: P3D, PT2H, P10Y for a decade, PXM for "months". */
  static String value(String n, TimeLexicon.Quantity unit, boolean half) {
    boolean clock = unit.unit().equals("H") || unit.unit().equals("MIN") || unit.unit().equals("S");
    String letter = unit.unit().equals("MIN") ? "M" : unit.unit().equals("Q") ? "M" : unit.unit();
    int per = unit.unit().equals("Q") ? 3 * unit.amount() : unit.amount();
    if (n.equals("X")) {
      return (clock ? "PT" : "P") + "X" + letter;
    }
    BigDecimal count = new BigDecimal(n).add(half ? new BigDecimal("0.5") : BigDecimal.ZERO);
    BigDecimal total = count.multiply(BigDecimal.valueOf(per)).stripTrailingZeros();
    if (total.compareTo(BigDecimal.ONE) < 0) {
      String finer = finer(total, letter, clock);
      if (finer != null) {
        return finer;
      }
    }
    return (clock ? "PT" : "P") + total.toPlainString() + letter;
  }

  /** Half units read better one unit down: half an hour is PT30M, half a year P6M. */
  private static String finer(BigDecimal total, String letter, boolean clock) {
    if (total.remainder(BigDecimal.ONE).compareTo(new BigDecimal("0.5")) != 0) {
      return null;
    }
    return switch (clock ? "T" + letter : letter) {
      case "TH" -> "PT" + total.multiply(BigDecimal.valueOf(60)).toBigInteger() + "M";
      case "D" -> "PT" + total.multiply(BigDecimal.valueOf(24)).toBigInteger() + "H";
      case "Y" -> "P" + total.multiply(BigDecimal.valueOf(12)).toBigInteger() + "M";
      default -> null;
    };
  }
}
