package org.attache.core.meta;

/**
 * A calendar day as a text states it, the year possibly missing ("October 28").
 *
 * @param year the year, or null when the text gives none
 * @param month 1 to 12
 * @param day 1 to 31
 */
record PartialDate(Integer year, int month, int day) {

  /** Builds a date when the numbers can be one, else null ("31.02" is not a date). */
  static PartialDate of(Integer year, int month, int day) {
    if (month < 1 || month > 12 || day < 1 || day > 31) {
      return null;
    }
    if (year != null && (year < 1900 || year > 2100)) {
      return null;
    }
    return new PartialDate(year, month, day);
  }

  boolean hasYear() {
    return year != null;
  }

  /** {@code 2021-03-03}; only for a date with a year. */
  String iso() {
    return String.format("%04d-%02d-%02d", year, month, day);
  }

  /** The TIMEX3 value: {@code 2021-03-03}, or {@code XXXX-03-03} without a year. */
  String timex() {
    return year == null ? String.format("XXXX-%02d-%02d", month, day) : iso();
  }

  PartialDate withYear(int newYear) {
    return new PartialDate(newYear, month, day);
  }
}
