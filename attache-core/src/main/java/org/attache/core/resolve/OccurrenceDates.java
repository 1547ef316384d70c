package org.attache.core.resolve;

import java.util.Comparator;
import java.util.List;
import java.util.Optional;

/**
 * The date of an occurrence from the dates its reports give: the most precise, its missing year
 * taken from the most precise report that has one.
 *
 * <p>Example: reports dated {@code XXXX-10-28} and {@code 2023-10} give {@code 2023-10-28}, with
 * the year from the second report.
 */
public final class OccurrenceDates {
  private OccurrenceDates() {}

  /**
   * @param value the occurrence's date, or null when no report gives one
   * @param yearFrom the report whose year completed a year-less date, or null
   */
  public record Pick(String value, String yearFrom) {}

  /**
   * @param reports the occurrence's reports, in report id and index order (ties go to the first)
   */
  public static Pick of(List<OccurrenceReport> reports) {
    List<OccurrenceReport> dated = reports.stream().filter(r -> r.date() != null).toList();
    Comparator<OccurrenceReport> precise =
        Comparator.comparingInt((OccurrenceReport r) -> EventDate.parse(r.date()).precision())
            .thenComparing(r -> EventDate.parse(r.date()).lacksYear() ? 0 : 1);
    Optional<OccurrenceReport> best = first(dated, precise);
    if (best.isEmpty()) {
      return new Pick(null, null);
    }
    EventDate d = EventDate.parse(best.get().date());
    boolean someLackYear = dated.stream().anyMatch(r -> EventDate.parse(r.date()).lacksYear());
    Optional<OccurrenceReport> withYear =
        first(
            dated.stream().filter(r -> EventDate.parse(r.date()).year() != null).toList(), precise);
    if (!someLackYear || withYear.isEmpty()) {
      return new Pick(d.value(), null);
    }
    // The occurrence says which report's year completed the year-less dates of the others.
    EventDate filled = d.withYearOf(EventDate.parse(withYear.get().date()));
    return new Pick(filled.value(), withYear.get().document());
  }

  /** The greatest by the comparator; the earliest in the list among equals. */
  private static Optional<OccurrenceReport> first(
      List<OccurrenceReport> reports, Comparator<OccurrenceReport> order) {
    OccurrenceReport best = null;
    for (OccurrenceReport r : reports) {
      if (best == null || order.compare(r, best) > 0) {
        best = r;
      }
    }
    return Optional.ofNullable(best);
  }
}
