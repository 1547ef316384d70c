package org.attache.core.time;

import static org.attache.core.time.AnchoredCalendar.two;

import java.util.List;
import java.util.regex.Matcher;

/**
 * Times of day: "10:37", "8 PM", "23:14 IST", "0900 hours", "noon". The day is the anchor's until
 * {@link TimexTagger} joins the time with a date written beside it.
 *
 * <p>Example: "at 8 p.m." anchored at 2013-03-22 is {@code 2013-03-22T20:00}; "+04:00" (an offset)
 * and "3:07:35" (a race time) are not times of day.
 */
final class ClockRules {
  static final String ZONE =
      "(?:\\s*(?:GMT|UTC|IST|EST|EDT|CET|CEST|BST|PST|PDT|MSK|AST|PKT|JST|KST|local\\s+time)"
          + "(?:\\s*[+-]\\s*\\d{1,2}(?::\\d\\d)?)?)?";
  private static final String MERIDIEM = "(?<ap>[ap]\\.?\\s?m\\.?(?![\\p{L}]))";

  private ClockRules() {}

  static List<TimexRule> of(TimeLexicon lex) {
    return List.of(
        new TimexRule(
            "clock time",
            lex.compile(
                "(?<![\\d:+\\-−.,])(?<h>[01]?\\d|2[0-3])(?::|(?=[.]\\d\\d\\s*[ap]\\.?m)\\.)(?<mi>[0-5]\\d)"
                    + "(?![:\\d])(?:\\s*"
                    + MERIDIEM
                    + ")?"
                    + "(?<z>"
                    + ZONE
                    + ")"
                    + "(?:\\s+(?:hrs|hours|h)\\b)?"),
            ClockRules::clock),
        new TimexRule(
            "hour with meridiem",
            lex.compile(
                "(?<![\\d:+\\-.,])(?<h>1[0-2]|0?[1-9])\\s*" + MERIDIEM + "(?<z>" + ZONE + ")"),
            ClockRules::clock),
        new TimexRule(
            "military time",
            lex.compile(
                "(?<![\\d:+\\-.,])(?<h>[01]\\d|2[0-3])(?<mi>[0-5]\\d)\\s*(?:hrs|hours|h|GMT|UTC|Zulu|local\\s+time)\\b"),
            ClockRules::clock),
        new TimexRule(
            "noon",
            lex.compile("{S}(?<w>noon|midday|midnight){E}"),
            (m, c) ->
                List.of(
                    c.timex(
                        m,
                        TimexType.TIME,
                        c.calendar().day(0)
                            + (m.group("w").equalsIgnoreCase("midnight") ? "T24:00" : "T12:00")))));
  }

  private static List<Timex> clock(Matcher m, TagContext c) {
    int hour = Integer.parseInt(m.group("h"));
    if (TagContext.has(m, "ap")) {
      boolean pm = Character.toLowerCase(m.group("ap").charAt(0)) == 'p';
      if (hour > 12) {
        return List.of();
      }
      hour = pm ? (hour % 12) + 12 : hour % 12;
    }
    String minute = TagContext.has(m, "mi") ? m.group("mi") : "00";
    String value = c.calendar().day(0) + "T" + two(hour) + ":" + minute;
    return List.of(c.timex(m.start(), trimmedEnd(m), TimexType.TIME, value));
  }

  private static int trimmedEnd(Matcher m) {
    int end = m.end();
    String s = m.group();
    while (end > m.start() && Character.isWhitespace(s.charAt(end - m.start() - 1))) {
      end--;
    }
    return end;
  }
}
