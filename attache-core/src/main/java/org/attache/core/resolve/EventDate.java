package org.attache.core.resolve;

import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * A TIMEX3 date value taken apart for comparing the dates that two reports give one occurrence.
 *
 * <p>Example: {@code EventDate.parse("XXXX-10-28").compatibleWith(EventDate.parse("2023-10"))} is
 * true (a day inside the month, the year unknown), and {@code EventDate.parse("XXXX-10-28")
 * .withYearOf(EventDate.parse("2023-10")).value()} is {@code "2023-10-28"}.
 *
 * @param value the TIMEX3 value as given
 * @param year the year, or null when unknown ({@code XXXX}) or not a calendar date
 * @param month 1-12, or 0 when not given
 * @param season {@code SP}, {@code SU}, {@code FA}/{@code AU}, {@code WI}, or null
 * @param day 1-31, or 0 when not given
 * @param calendar false for values this class does not take apart (weeks, durations, references):
 *     those are compatible only with the same value
 */
public record EventDate(
    String value, Integer year, int month, String season, int day, boolean calendar) {
  private static final Pattern DATE =
      Pattern.compile("(\\d{4}|XXXX)(?:-(\\d{2}|SP|SU|FA|AU|WI)(?:-(\\d{2}))?)?");

  public static EventDate parse(String value) {
    Matcher m = DATE.matcher(value);
    if (!m.matches()) {
      return new EventDate(value, null, 0, null, 0, false);
    }
    Integer year = m.group(1).equals("XXXX") ? null : Integer.valueOf(m.group(1));
    String mid = m.group(2);
    boolean numeric = mid != null && Character.isDigit(mid.charAt(0));
    int month = numeric ? Integer.parseInt(mid) : 0;
    String season = mid != null && !numeric ? mid : null;
    int day = m.group(3) == null ? 0 : Integer.parseInt(m.group(3));
    return new EventDate(value, year, month, season, day, true);
  }

  /** The date of a TIMEX3 value, or empty for null. */
  public static Optional<EventDate> of(String value) {
    return value == null ? Optional.empty() : Optional.of(parse(value));
  }

  /**
   * True when both values can name the same time: no field that both give differs, and a month lies
   * inside a season the other gives.
   */
  public boolean compatibleWith(EventDate other) {
    if (!calendar || !other.calendar) {
      return value.equals(other.value);
    }
    if (year != null && other.year != null && !year.equals(other.year)) {
      return false;
    }
    if (month != 0 && other.month != 0 && month != other.month) {
      return false;
    }
    if (day != 0 && other.day != 0 && day != other.day) {
      return false;
    }
    if (season != null && other.month != 0) {
      return inSeason(other.month, season);
    }
    if (other.season != null && month != 0) {
      return inSeason(month, other.season);
    }
    return season == null
        || other.season == null
        || seasonKey(season).equals(seasonKey(other.season));
  }

  /**
   * How strongly two dates say they name one time: 3 when day and month agree, 2 when the month (or
   * season) agrees or the values are equal, 1 for a year alone shared by a vaguer and a more
   * precise date, 0 when they share nothing ({@code XXXX-10-28} and {@code 2020}) or conflict.
   */
  public int agreement(EventDate other) {
    if (!compatibleWith(other)) {
      return 0;
    }
    if (!calendar) {
      return 2;
    }
    boolean monthly = (month != 0 || season != null) && (other.month != 0 || other.season != null);
    if (monthly) {
      return day != 0 && other.day != 0 ? 3 : 2;
    }
    return year != null && other.year != null ? 1 : 0;
  }

  /** How precise the value is: day 4, month 3, season 2, year 1, else 0. */
  public int precision() {
    if (!calendar) {
      return 0;
    }
    return day != 0 ? 4 : month != 0 ? 3 : season != null ? 2 : 1;
  }

  /** True when the value has no year ({@code XXXX-10-28}). */
  public boolean lacksYear() {
    return calendar && year == null;
  }

  /** This date with the year of {@code other} put in place of {@code XXXX}. */
  public EventDate withYearOf(EventDate other) {
    if (!lacksYear() || other.year == null) {
      return this;
    }
    return parse(String.format("%04d", other.year) + value.substring(4));
  }

  /**
   * The date as a reader writes it, keeping what the reports give and saying what they do not: "3
   * March 2021", "March 2021", "2021", "summer 2014", "28 October, year not stated", "October, year
   * not stated"; any other value (a week, a duration) as it is.
   */
  public String label() {
    if (!calendar || month > 12 || (year == null && month == 0 && season == null)) {
      return value;
    }
    if (year != null && month == 0 && season == null) {
      return String.valueOf(year);
    }
    String part =
        day != 0
            ? day + " " + MONTHS[month - 1]
            : month != 0 ? MONTHS[month - 1] : SEASONS.get(seasonKey(season));
    return part + (year == null ? ", year not stated" : " " + year);
  }

  private static final String[] MONTHS = {
    "January",
    "February",
    "March",
    "April",
    "May",
    "June",
    "July",
    "August",
    "September",
    "October",
    "November",
    "December"
  };

  private static final Map<String, String> SEASONS =
      Map.of("WI", "winter", "SP", "spring", "SU", "summer", "FA", "autumn");

  private static boolean inSeason(int month, String season) {
    return switch (seasonKey(season)) {
      case "SP" -> month >= 3 && month <= 5;
      case "SU" -> month >= 6 && month <= 8;
      case "FA" -> month >= 9 && month <= 11;
      default -> month == 12 || month <= 2;
    };
  }

  private static String seasonKey(String season) {
    return season.equals("AU") ? "FA" : season;
  }
}
