package org.attache.server;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;

/**
 * One event as a report states it, with where to find its evidence.
 *
 * <p>Example: a meeting of AZ and PK officials on 2023-10-28 in report {@code a1b2...}, stated by
 * the sentence at {@code [120, 230)}; its id is {@code a1b2...-0}.
 *
 * @param id the report's id and the event's place in it
 * @param reportId the report stating the event
 * @param reportTitle the report's headline, or null
 * @param type the kind of event
 * @param cameo the CAMEO code
 * @param date the event's own date as TIMEX3 ({@code XXXX-10-28} without a year), or null
 * @param day the best known day (ISO, possibly only {@code 2023} or {@code 2023-10}): the event's
 *     date when it has a year, else the report's publication day; null when neither is known
 * @param place the place's name, or null
 * @param placeState the place's state, or null
 * @param participants the persons taking part
 * @param countries the states taking part, ISO alpha-2, sorted
 * @param name the event's own name, or null
 * @param status happened or planned
 * @param evidence the stating sentence's place in the report's text
 * @param evidenceText the stating sentence as written
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
    String evidenceText) {
  public EventRecord {
    participants = List.copyOf(participants);
    countries = List.copyOf(countries);
  }

  /** The year of the best known day, or null. */
  public Integer year() {
    return day == null ? null : Integer.valueOf(day.substring(0, 4));
  }
}
