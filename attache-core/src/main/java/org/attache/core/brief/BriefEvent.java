package org.attache.core.brief;

import java.util.List;
import org.attache.core.resolve.EventDate;
import org.attache.core.resolve.Occurrence;

/**
 * One event of a relationship as a brief states it: its year, one line saying what happened, and
 * the citations of the reports that state it.
 *
 * <p>Example: {@code new BriefEvent(occurrence, 2023, "Meeting of Zakir Hasanov (AZ) and Nadeem
 * Raza (PK) in Baku", List.of(1, 2))}
 *
 * @param occurrence the event across its reports
 * @param year the year of the event, or null when no report gives one
 * @param summary what happened, in one line of plain text
 * @param citations numbers of the {@link Citation}s stating it, ascending
 */
public record BriefEvent(
    Occurrence occurrence, Integer year, String summary, List<Integer> citations) {
  public BriefEvent {
    citations = List.copyOf(citations);
  }

  /**
   * The event's date as written in the brief: "28 October 2023", "October 2023", "winter 2014", "28
   * October, year not stated" when no report gives the year, "reported 2022" when only the report's
   * year is known, or "date unknown" when the reports give no date at all.
   */
  public String when() {
    String d = occurrence.date();
    String label = d == null ? d : EventDate.parse(d).label();
    if (label == null || (label.equals(d) && !d.matches("\\d{4}.*"))) {
      return year == null ? "date unknown" : "reported " + year;
    }
    return label;
  }
}
