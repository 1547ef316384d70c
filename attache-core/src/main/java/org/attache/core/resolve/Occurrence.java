package org.attache.core.resolve;

import java.util.List;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.states.Place;

/**
 * One real event across every report that states it.
 *
 * <p>Example: a meeting in Baku that three reports give, one of them as {@code XXXX-10-28}: {@code
 * date} is {@code 2023-10-28}, {@code yearFrom} the report whose year filled the gap, and {@code
 * independentSources} 2 when two of the reports are reprints of one wire text.
 *
 * @param id a stable id: derived from the first report (by id) of the occurrence
 * @param type the kind of event
 * @param cameo the CAMEO code
 * @param date the most precise date the reports give (TIMEX3), or null
 * @param yearFrom the report whose year completed a year-less date, or null when none was needed
 * @param location the most specific place the reports name, or null
 * @param countries the states taking part, sorted
 * @param participants the resolved persons taking part
 * @param name the event's name, or null
 * @param status happened, or planned when every report gives it as planned
 * @param reports every report of the occurrence, by document id
 * @param independentSources how many reports are not reprints of one another
 */
public record Occurrence(
    String id,
    EventType type,
    String cameo,
    String date,
    String yearFrom,
    Place location,
    List<String> countries,
    List<OccurrenceParticipant> participants,
    String name,
    EventStatus status,
    List<OccurrenceReport> reports,
    int independentSources) {
  public Occurrence {
    countries = List.copyOf(countries);
    participants = List.copyOf(participants);
    reports = List.copyOf(reports);
  }
}
