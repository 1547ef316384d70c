package org.attache.cli;

import java.time.DateTimeException;
import java.time.LocalDate;
import java.time.YearMonth;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import picocli.CommandLine.ITypeConverter;
import picocli.CommandLine.TypeConversionException;

/**
 * One end of a period as {@code --from} and {@code --to} take it: a year (2021), a month (2021-05)
 * or a day (2021-05-14).
 *
 * @param value the ISO form as given
 */
record DateBound(String value) {
  private static final Pattern CALENDAR_PART = Pattern.compile("\\d{4}(-\\d{2}(-\\d{2})?)?");

  int year() {
    return Integer.parseInt(value.substring(0, 4));
  }

  boolean isYear() {
    return value.length() == 4;
  }

  /**
   * Whether an event dated {@code timex} may fall on or after this bound: a date less precise than
   * the bound ("2021" against "2021-05") is compared at its own precision, so it is kept. A date
   * without a year never is.
   */
  boolean allowsFrom(String timex) {
    return comparable(timex) && compare(timex) >= 0;
  }

  /** Whether an event dated {@code timex} may fall on or before this bound. */
  boolean allowsTo(String timex) {
    return comparable(timex) && compare(timex) <= 0;
  }

  private static boolean comparable(String timex) {
    return timex != null && timex.matches("\\d{4}.*");
  }

  private int compare(String timex) {
    // A season or week ("2021-SU", "2021-W20") is compared by its year alone.
    Matcher m = CALENDAR_PART.matcher(timex);
    String t = m.lookingAt() ? m.group() : timex.substring(0, 4);
    int n = Math.min(t.length(), value.length());
    return t.substring(0, n).compareTo(value.substring(0, n));
  }

  /** Reads a year, a month or a day, and says which forms there are when it is none of them. */
  static final class Converter implements ITypeConverter<DateBound> {
    @Override
    public DateBound convert(String value) {
      try {
        if (value.matches("\\d{4}")) {
          return new DateBound(value);
        } else if (value.matches("\\d{4}-\\d{2}")) {
          return new DateBound(YearMonth.parse(value).toString());
        } else if (value.matches("\\d{4}-\\d{2}-\\d{2}")) {
          return new DateBound(LocalDate.parse(value).toString());
        }
      } catch (DateTimeException e) {
        // Falls through to the message below: "2021-13" is no month.
      }
      throw new TypeConversionException(
          "'"
              + value
              + "' is not a year (2021), a month (2021-05) or a day (2021-05-14). Give one of"
              + " them.");
    }
  }
}
