package org.attache.server;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;

/**
 * One real event (an occurrence) with every report telling of it, analysts' corrections applied.
 * The top-level report and evidence are one report's: in lists the first report with evidence, on a
 * report's page that report's own.
 *
 * <p>Example: a meeting of AZ and PK officials on 2023-10-28 told by three reports, two of them
 * reprints of one wire text: {@code reports} holds three, {@code independentSources} is 2; its id
 * is the occurrence's, {@code o-3f2a9c...}.
 *
 * @param id the occurrence's id
 * @param reportId the report whose evidence this record quotes, or null for an event an analyst
 *     added without one
 * @param reportTitle that report's headline, or null
 * @param type the kind of event
 * @param cameo the CAMEO code
 * @param date the event's date as TIMEX3, the most precise the reports give ({@code XXXX-10-28}
 *     when none gives a year), or null
 * @param day the best known day (ISO, possibly only {@code 2023} or {@code 2023-10}): the event's
 *     date when it has a year, else the report's publication day; null when neither is known
 * @param place the place's name, or null
 * @param placeState the place's state, or null
 * @param participants the persons taking part
 * @param countries the states taking part, ISO alpha-2, sorted
 * @param name the event's own name, or null
 * @param status happened or planned
 * @param evidence the stating sentence's place in that report's text, or null
 * @param evidenceText the stating sentence as written, or null
 * @param yearFrom the report whose year completed a year-less date, or null when none was needed
 * @param independentSources how many of the reports are not reprints of one another
 * @param reports every report telling of the event, in report id order
 */
public record EventRecord(
    String id,
    String reportId,
    String reportTitle,
    EventType type,
    String cameo,
    String date,
    String day,
    String place,
    String placeState,
    List<EventParticipant> participants,
    List<String> countries,
    String name,
    EventStatus status,
    Span evidence,
    String evidenceText,
    String yearFrom,
    int independentSources,
    List<EventReport> reports) {
  public EventRecord {
    participants = List.copyOf(participants);
    countries = List.copyOf(countries);
    reports = List.copyOf(reports);
  }

  /** The same event quoting one of its reports' evidence. */
  public EventRecord toldBy(EventReport r) {
    return new EventRecord(
        id,
        r.reportId(),
        r.reportTitle(),
        type,
        cameo,
        date,
        day,
        place,
        placeState,
        participants,
        countries,
        name,
        status,
        r.evidence(),
        r.evidenceText(),
        yearFrom,
        independentSources,
        reports);
  }

  /** The year of the best known day, or null. */
  public Integer year() {
    return day == null ? null : Integer.valueOf(day.substring(0, 4));
  }
}
