package org.attache.core.time;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Dates told against the story's last date rather than the report's: "the next day", "the previous
 * week", "two days later", "that year". Their value is a placeholder ({@code @D+1}, {@code @Y-2})
 * that {@link NarrativeResolver} replaces once all dates of the text are known.
 *
 * <p>Example: in "The envoy landed on 5 June. The next day he met the minister." "the next day"
 * becomes {@code @D+1}, then {@code 2013-06-06}.
 */
final class NarrativeRules {
  private NarrativeRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "next day",
            lex.compile(
                "{S}(?:the\\s+)?(?<rel>following|next|previous|preceding|same)\\s+(?<u>day|morning"
                    + "|afternoon|evening|night){E}"),
            NarrativeRules::relative),
        new TimexRule(
            "following year",
            lex.compile(
                "{S}the\\s+(?<rel>following|previous|preceding|same)\\s+(?<u>week|month|year){E}"),
            NarrativeRules::relative),
        new TimexRule(
            "that day",
            // "that Day 2 of the drill began": a numbered day is a name, not that day.
            lex.compile(
                "{S}(?<rel>that)\\s+(?<u>day|week|month|year|morning|afternoon|evening|night){E}"
                    + "(?!\\s*\\d)"),
            NarrativeRules::relative),
        new TimexRule(
            "the unit",
            // "shares rose 3 percent for the week", "profit for the year rose": the story's current
            // day, week, month or year. Not "the year before", "the month of May", "the day's
            // trading", nor "Player of the Year" (lower case only).
            lex.compile(
                "{S}(?:for|in|during|over|through|throughout|within|on)\\s+(?<x>(?-i:the)\\s+"
                    + "(?-i:(?<u>day|week|month|year))){E}(?!['’-])"
                    + "(?!\\s+(?:of|before|after|earlier|later|ago|to|ended|ending|that|when|which"
                    + "|since|in\\s+which|before|prior|\\d)\\b)"),
            (m, c) ->
                List.of(
                    c.timex(
                        m,
                        "x",
                        TimexType.DATE,
                        "@" + unitLetter(m.group("u").toLowerCase()) + "+0"))),
        new TimexRule(
            "the day before",
            lex.compile(
                "{S}the\\s+(?<u>day|week|month|year)\\s+(?<rel>before|after)(?=\\s*[,.;:)])"),
            NarrativeRules::relative),
        new TimexRule(
            "year-earlier",
            // "from the year-earlier period", "the year-ago quarter": the same time a year back.
            lex.compile("{S}(?<u>day|week|month|year)-(?<rel>earlier|ago){E}"),
            NarrativeRules::relative),
        new TimexRule(
            "days later",
            lex.compile(
                "{S}(?<n>{NUMBER})\\s+(?<u>days?|weeks?|months?|years?)\\s+"
                    + "(?<rel>later|earlier|before|after)(?=\\s*[,.;:)])"),
            NarrativeRules::counted),
        new TimexRule(
            "days later in a clause",
            lex.compile(
                "{S}(?<n>{NUMBER})\\s+(?<u>days?|weeks?|months?|years?)\\s+(?<rel>later|earlier){E}"
                    // "a month earlier than usual" compares lengths: a duration, read elsewhere.
                    + "(?!\\s+than\\b)"),
            NarrativeRules::counted));
  }

  private static List<Timex> relative(Matcher m, TagContext c) {
    String rel = m.group("rel").toLowerCase();
    int offset =
        switch (rel) {
          case "following", "next", "after" -> 1;
          case "previous", "preceding", "before", "earlier", "ago" -> -1;
          default -> 0;
        };
    String unit = m.group("u").toLowerCase();
    String letter = unitLetter(unit);
    if (letter.equals("T")) {
      // "the next morning": a part of the day after.
      return List.of(
          c.timex(m, TimexType.TIME, "@D" + signed(offset) + "T" + c.lexicon().partOfDay(unit)));
    }
    return List.of(c.timex(m, TimexType.DATE, "@" + letter + signed(offset)));
  }

  private static List<Timex> counted(Matcher m, TagContext c) {
    String n = c.lexicon().number(m.group("n"));
    if (n.equals("X") || n.contains(".")) {
      return List.of();
    }
    String rel = m.group("rel").toLowerCase();
    int sign = rel.equals("later") || rel.equals("after") ? 1 : -1;
    String letter = unitLetter(m.group("u").toLowerCase().replaceAll("s$", ""));
    return List.of(c.timex(m, TimexType.DATE, "@" + letter + signed(sign * Integer.parseInt(n))));
  }

  private static String unitLetter(String unit) {
    return switch (unit) {
      case "day" -> "D";
      case "week" -> "W";
      case "month" -> "M";
      case "year" -> "Y";
      default -> "T";
    };
  }

  private static String signed(int n) {
    return n < 0 ? String.valueOf(n) : "+" + n;
  }
}
