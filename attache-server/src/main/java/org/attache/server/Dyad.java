package org.attache.server;

import java.util.List;
import java.util.Map;
import org.attache.core.query.SourceCount;

/**
 * The relationship of two states as the events show it.
 *
 * <p>Example: {@code /api/dyads/AZ/PK} answers with {@code byType} {@code {"MEETING": 4,
 * "EXERCISE": 2}}, one {@code byYear} row a year, the events oldest first, and the officials of
 * each side.
 *
 * @param a the first state, ISO alpha-2
 * @param b the second state
 * @param total how many events both states take part in
 * @param byType events by type
 * @param byYear events by year and type, oldest year first; undated events are not counted here
 * @param undated events of unknown year: neither their date nor a report's publication gives it
 * @param sources what the events rest on: distinct reports, reprint families, independent sources
 *     and undated events, counted as {@code attache dyad} and the brief count them
 * @param timeline the events, oldest first, undated last
 * @param officialsA persons of state a taking part in the events or named in the reports naming
 *     both states; most events, then most reports first
 * @param officialsB the same for state b
 * @param reports the reports naming both states, newest first, with events or not
 */
public record Dyad(
    String a,
    String b,
    int total,
    Map<String, Integer> byType,
    List<YearCount> byYear,
    int undated,
    SourceCount sources,
    List<EventRecord> timeline,
    List<Official> officialsA,
    List<Official> officialsB,
    List<ReportSummary> reports) {

  /** The events of one year, by type. */
  public record YearCount(int year, int total, Map<String, Integer> byType) {}

  /**
   * A person of one side: in how many of the dyad's events they take part, and in how many reports
   * naming both states they are named.
   */
  public record Official(
      String personId, String name, String country, List<String> titles, int events, int reports) {}
}
