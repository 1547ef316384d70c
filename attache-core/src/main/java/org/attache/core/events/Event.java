package org.attache.core.events;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.states.Place;

/**
 * One occurrence a report states, with the sentence that states it.
 *
 * <p>Example: a meeting in Baku on 2023-10-28 between AZ and PK officials: {@code new
 * Event(EventType.MEETING, "040", "2023-10-28", new Place("Baku", "AZ"), participants,
 * List.of("AZ", "PK"), null, EventStatus.HAPPENED, evidence)}
 *
 * @param type the kind of event
 * @param cameo the CAMEO code
 * @param date the event's own date as a TIMEX3 value ({@code XXXX-10-28} with no year), or null
 * @param location the most specific place named, with its state, or null
 * @param participants the persons taking part
 * @param countries the states taking part, ISO alpha-2, sorted
 * @param name the event's name ("Three Brothers - 2021", "Baku Declaration"), or null
 * @param status happened or planned
 * @param evidence the sentence that states the event, in the report's text
 */
public record Event(
    EventType type,
    String cameo,
    String date,
    Place location,
    List<Participant> participants,
    List<String> countries,
    String name,
    EventStatus status,
    Span evidence) {
  public Event {
    participants = List.copyOf(participants);
    countries = List.copyOf(countries);
  }
}
