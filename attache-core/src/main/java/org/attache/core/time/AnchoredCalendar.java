package org.attache.core.time;

import java.time.LocalDate;
import java.time.temporal.ChronoUnit;
import java.time.temporal.IsoFields;

/**
 * Computes TIMEX3 values of relative expressions against the anchor date; without an anchor the
 * unknown digits stay X, as TIMEX3 allows ("last year" is {@code XXXX}, "on Monday" {@code
 * XXXX-WXX-1}), so no year is ever invented.
 *
 * <p>Example: anchored at 2013-03-22, {@code week(-1)} is {@code 2013-W11} and {@code weekday(4,
 * Tense.UNKNOWN)} is {@code 2013-03-21}.
 */
final class AnchoredCalendar {
  /** The month each TIMEX3 season starts in; winter carries the year it starts in. */
  private static final String SEASONS = "SP3 SU6 FA9 WI12";

  private static final int NEAR_DAYS = 31;

  private final LocalDate anchor;

  AnchoredCalendar(TimeAnchor anchor) {
    this.anchor = anchor.date();
  }

  boolean known() {
    return anchor != null;
  }

  String year(int offset) {
    return known() ? yearOf(anchor.getYear() + offset) : "XXXX";
  }

  String month(int offset) {
    return known() ? monthOf(anchor.plusMonths(offset)) : "XXXX-XX";
  }

  String week(int offset) {
    return known() ? weekOf(anchor.plusWeeks(offset)) : "XXXX-WXX";
  }

  String weekend(int offset) {
    return week(offset) + "-WE";
  }

  String day(int offset) {
    return known() ? anchor.plusDays(offset).toString() : "XXXX-XX-XX";
  }

  /**
   * A quarter ({@code kind} Q) or half (H) named without its year ("the third quarter", "the first
   * half"): on the clause's side of the anchor.
   */
  String partOfYear(String kind, int n, Tense tense) {
    if (!known()) {
      return "XXXX-" + kind + n;
    }
    int year = anchor.getYear();
    int quarter = anchor.get(IsoFields.QUARTER_OF_YEAR);
    int now = kind.equals("H") ? (quarter + 1) / 2 : quarter;
    if (tense == Tense.PAST && n > now) {
      year--;
    } else if (tense == Tense.FUTURE && n < now) {
      year++;
    }
    return yearOf(year) + "-" + kind + n;
  }

  /** "the weekend" alone: the one just past, or the coming one in a future clause. */
  String weekend(Tense tense) {
    boolean inWeekend = known() && anchor.getDayOfWeek().getValue() >= 6;
    if (tense == Tense.FUTURE) {
      return weekend(inWeekend ? 1 : 0);
    }
    return weekend(inWeekend ? 0 : -1);
  }

  String quarter(int offset) {
    if (!known()) {
      return "XXXX-QX";
    }
    LocalDate d = anchor.plusMonths(3L * offset);
    return yearOf(d.getYear()) + "-Q" + d.get(IsoFields.QUARTER_OF_YEAR);
  }

  String decade(int offset) {
    return known() ? String.valueOf(anchor.getYear() / 10 + offset) : "XXX";
  }

  String century(int offset) {
    return known() ? String.valueOf(anchor.getYear() / 100 + offset) : "XX";
  }

  /** The date a count of units away, at that unit's granularity: "two weeks ago" is a week. */
  String shift(String unit, int amount) {
    return switch (unit) {
      case "D", "H", "MIN", "S" -> day(unit.equals("D") ? amount : 0);
      case "W" -> week(amount);
      case "M" -> month(amount);
      case "Q" -> quarter(amount);
      default -> year(amount);
    };
  }

  /** A unit of the calendar against the anchor: "last week", "this month", "next year". */
  String relative(String unit, int amount, int offset) {
    if (unit.equals("Y") && amount == 10) {
      return decade(offset);
    }
    if (unit.equals("Y") && amount == 100) {
      return century(offset);
    }
    return shift(unit, offset);
  }

  /** A bare weekday: the anchor's own day, else the nearest one on the clause's side. */
  String weekday(int dow, Tense tense) {
    if (!known()) {
      return "XXXX-WXX-" + dow;
    }
    int diff = dow - anchor.getDayOfWeek().getValue();
    if (diff == 0) {
      return anchor.toString();
    }
    if (tense == Tense.FUTURE) {
      return anchor.plusDays(Math.floorMod(diff, 7)).toString();
    }
    return anchor.minusDays(Math.floorMod(-diff, 7)).toString();
  }

  /** "last Monday" is the latest Monday before the anchor, "next Monday" the first after. */
  String weekday(int dow, int relation) {
    if (relation == 0) {
      return weekday(dow, Tense.UNKNOWN);
    }
    if (!known()) {
      return "XXXX-WXX-" + dow;
    }
    int diff = dow - anchor.getDayOfWeek().getValue();
    if (relation > 0) {
      int ahead = Math.floorMod(diff, 7);
      return anchor.plusDays(ahead == 0 ? 7 : ahead).toString();
    }
    int back = Math.floorMod(-diff, 7);
    return anchor.minusDays(back == 0 ? 7 : back).toString();
  }

  /** A month without a year: this year's when it is the anchor's, else the clause's side. */
  String monthOfYear(int month, Tense tense) {
    if (!known()) {
      return "XXXX-" + two(month);
    }
    int year = anchor.getYear();
    int now = anchor.getMonthValue();
    if (tense == Tense.FUTURE && month < now) {
      year++;
    } else if (tense != Tense.FUTURE && month > now) {
      year--;
    }
    return yearOf(year) + "-" + two(month);
  }

  /** "last June" is the latest June before the anchor's month, "next June" the first after. */
  String monthOfYear(int month, int relation) {
    if (!known()) {
      return "XXXX-" + two(month);
    }
    int year = anchor.getYear();
    int now = anchor.getMonthValue();
    if (relation < 0 && month >= now) {
      year--;
    } else if (relation > 0 && month <= now) {
      year++;
    }
    return yearOf(year) + "-" + two(month);
  }

  /**
   * A day of a month without a year: the nearest such date, unless the clause's tense points to the
   * other side and that date is still within the year around the anchor.
   */
  String monthDay(int month, int day, Tense tense) {
    if (!known()) {
      return "XXXX-" + two(month) + "-" + two(day);
    }
    LocalDate best = null;
    for (int y = anchor.getYear() - 1; y <= anchor.getYear() + 1; y++) {
      LocalDate candidate = dateOrNull(y, month, day);
      if (candidate != null && (best == null || distance(candidate) < distance(best))) {
        best = candidate;
      }
    }
    if (best == null) {
      return "XXXX-" + two(month) + "-" + two(day);
    }
    LocalDate other = best.isBefore(anchor) ? best.plusYears(1) : best.minusYears(1);
    boolean otherSide = tense == Tense.FUTURE ? other.isAfter(anchor) : other.isBefore(anchor);
    // Within a month the nearest date wins whatever the tense: tense cues err more often than
    // reports speak of a date nearly a year away without its year.
    if (tense != Tense.UNKNOWN
        && otherSide
        && !sameSide(best, tense)
        && distance(best) > NEAR_DAYS
        && distance(other) <= 366) {
      return other.toString();
    }
    return best.toString();
  }

  /** A season: "last summer" the latest one over, "next summer" the first to begin. */
  String season(String code, int relation) {
    if (!known()) {
      return "XXXX-" + code;
    }
    int start = Integer.parseInt(SEASONS.replaceAll(".*" + code + "(\\d+).*", "$1"));
    int year = anchor.getYear();
    int now = anchor.getMonthValue();
    if (relation < 0 && start + 3 > now) {
      year--;
    } else if (relation > 0 && start <= now) {
      year++;
    }
    return yearOf(year) + "-" + code;
  }

  /**
   * A season named without a year or a relation word ("in spring", "during the winter"): in a
   * future clause the first one not yet over, in a past clause the latest one begun, else this
   * year's. In April a future "in spring" is this spring, a past "in winter" the one just over.
   */
  String season(String code, Tense tense) {
    if (!known() || tense == Tense.UNKNOWN) {
      return season(code, 0);
    }
    int start = Integer.parseInt(SEASONS.replaceAll(".*" + code + "(\\d+).*", "$1"));
    for (int i = 0; i < 3; i++) {
      int y = tense == Tense.FUTURE ? anchor.getYear() - 1 + i : anchor.getYear() + 1 - i;
      LocalDate begin = LocalDate.of(y, start, 1);
      boolean fits =
          tense == Tense.FUTURE ? begin.plusMonths(3).isAfter(anchor) : !begin.isAfter(anchor);
      if (fits) {
        return yearOf(y) + "-" + code;
      }
    }
    return season(code, 0);
  }

  private boolean sameSide(LocalDate date, Tense tense) {
    return tense == Tense.FUTURE ? !date.isBefore(anchor) : !date.isAfter(anchor);
  }

  private long distance(LocalDate date) {
    return Math.abs(ChronoUnit.DAYS.between(anchor, date));
  }

  static LocalDate dateOrNull(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    try {
      return LocalDate.of(year, month, day);
    } catch (java.time.DateTimeException e) {
      return null;
    }
  }

  static String yearOf(int year) {
    return String.format("%04d", year);
  }

  static String monthOf(LocalDate d) {
    return yearOf(d.getYear()) + "-" + two(d.getMonthValue());
  }

  static String weekOf(LocalDate d) {
    return yearOf(d.get(IsoFields.WEEK_BASED_YEAR))
        + "-W"
        + two(d.get(IsoFields.WEEK_OF_WEEK_BASED_YEAR));
  }

  static String two(int n) {
    return n < 10 ? "0" + n : String.valueOf(n);
  }
}
