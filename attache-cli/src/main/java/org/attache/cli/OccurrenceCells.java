package org.attache.cli;

import org.attache.core.events.EventStatus;
import org.attache.core.resolve.EventDate;
import org.attache.core.resolve.Occurrence;

/**
 * How the tables of {@code events}, {@code dyad} and {@code person} write an occurrence's date and
 * type, as the web page does: a date keeps what the reports give ("28 October, year not stated"),
 * and a planned event says so.
 */
final class OccurrenceCells {
  private OccurrenceCells() {}

  /** "3 March 2022", "28 October, year not stated", or "undated" when no report gives a date. */
  static String date(Occurrence o) {
    return o.date() == null ? "undated" : EventDate.parse(o.date()).label();
  }

  /** "MEETING", or "MEETING (planned)" when every report gives it as planned. */
  static String type(Occurrence o) {
    return o.type().name() + (o.status() == EventStatus.PLANNED ? " (planned)" : "");
  }
}
