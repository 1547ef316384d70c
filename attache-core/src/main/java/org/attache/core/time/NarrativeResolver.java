package org.attache.core.time;

import static org.attache.core.time.AnchoredCalendar.monthOf;
import static org.attache.core.time.AnchoredCalendar.weekOf;
import static org.attache.core.time.AnchoredCalendar.yearOf;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Resolves the placeholders of {@link NarrativeRules} in text order against the last date mentioned
 * before them, or the anchor when none is; what neither tells stays X.
 *
 * <p>Example: after "on 5 June 2013", {@code @D+1} becomes {@code 2013-06-06}; after "in 2012"
 * only, it becomes {@code 2012-XX-XX}.
 */
final class NarrativeResolver {
  private static final Pattern DATE = Pattern.compile("^(\\d{4})(?:-(\\d\\d)(?:-(\\d\\d))?)?");
  private static final Pattern WEEK = Pattern.compile("^(\\d{4})-W(\\d\\d)");
  private static final Pattern PLACEHOLDER = Pattern.compile("@([DWMY])([+-]\\d+)(T\\w+)?");

  private NarrativeResolver() {}

  /**
   * What is known of the story's current date: a year, perhaps a month, perhaps a day, or else
   * perhaps an ISO week ("this week" {@code 2013-W14}; 0 when none).
   */
  private record Told(int year, int month, int day, int week) {
    Told(int year, int month, int day) {
      this(year, month, day, 0);
    }

    LocalDate date() {
      return day > 0 ? LocalDate.of(year, month, day) : null;
    }

    /** The Thursday of the told week, which always lies in the week's own ISO year. */
    LocalDate weekDay() {
      return LocalDate.of(year, 1, 4)
          .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, week)
          .with(java.time.DayOfWeek.THURSDAY);
    }
  }

  static List<Timex> resolve(List<Timex> timexes, TimeAnchor anchor) {
    Told told =
        anchor.known()
            ? new Told(
                anchor.date().getYear(),
                anchor.date().getMonthValue(),
                anchor.date().getDayOfMonth())
            : null;
    List<Timex> out = new ArrayList<>();
    for (Timex t : timexes) {
      Matcher p = PLACEHOLDER.matcher(t.value());
      if (p.matches()) {
        String value = value(told, p.group(1), Integer.parseInt(p.group(2)));
        String time = p.group(3) == null ? "" : p.group(3);
        out.add(new Timex(t.span(), t.text(), t.type(), value + time));
        continue;
      }
      Told now = told(t);
      if (now != null) {
        told = now;
      }
      out.add(t);
    }
    return out;
  }

  private static Told told(Timex t) {
    if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
      return null;
    }
    Matcher w = WEEK.matcher(t.value());
    if (w.find()) {
      return new Told(Integer.parseInt(w.group(1)), 0, 0, Integer.parseInt(w.group(2)));
    }
    Matcher m = DATE.matcher(t.value());
    if (!m.find()) {
      return null;
    }
    int month = m.group(2) == null ? 0 : Integer.parseInt(m.group(2));
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new Told(Integer.parseInt(m.group(1)), month, day);
  }

  private static String value(Told told, String unit, int n) {
    if (told == null) {
      return switch (unit) {
        case "D" -> "XXXX-XX-XX";
        case "W" -> "XXXX-WXX";
        case "M" -> "XXXX-XX";
        default -> "XXXX";
      };
    }
    LocalDate date = told.date();
    return switch (unit) {
      case "D" -> date != null ? date.plusDays(n).toString() : partial(told) + "-XX";
      case "W" ->
          date != null
              ? weekOf(date.plusWeeks(n))
              : told.week() > 0
                  ? weekOf(told.weekDay().plusWeeks(n))
                  : yearOf(told.year()) + "-WXX";
      case "M" ->
          told.month() > 0
              ? monthOf(LocalDate.of(told.year(), told.month(), 1).plusMonths(n))
              : yearOf(told.year()) + "-XX";
      default -> yearOf(told.year() + n);
    };
  }

  private static String partial(Told told) {
    return yearOf(told.year())
        + "-"
        + (told.month() > 0 ? AnchoredCalendar.two(told.month()) : "XX");
  }
}
