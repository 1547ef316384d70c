package org.attache.core.time;

import java.time.LocalDate;

/**
 * What relative and year-less expressions are resolved against: the report's own date.
 *
 * <p>Example: {@code TimeAnchor.of(LocalDate.of(2013, 3, 22))} makes "on Friday" 2013-03-22; {@code
 * TimeAnchor.NONE} leaves "October 28" as {@code XXXX-10-28}.
 *
 * @param date the document creation time, or null when the text gives no full date
 */
public record TimeAnchor(LocalDate date) {
  public static final TimeAnchor NONE = new TimeAnchor(null);

  public static TimeAnchor of(LocalDate date) {
    return new TimeAnchor(date);
  }

  public boolean known() {
    return date != null;
  }
}
