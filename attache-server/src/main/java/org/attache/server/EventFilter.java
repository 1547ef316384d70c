package org.attache.server;

import org.attache.core.events.EventType;

/**
 * Which events to list; a null field does not filter. Dates are ISO prefixes ({@code 2021}, {@code
 * 2021-05}, {@code 2021-05-03}) compared with the event's known day, inclusive.
 *
 * <p>Example: {@code new EventFilter("AZ", "PK", EventType.EXERCISE, "2020", "2022", null)}: joint
 * exercises of Azerbaijan with Pakistan from 2020 to 2022.
 *
 * @param state a state taking part, ISO alpha-2
 * @param with a second state taking part, ISO alpha-2
 * @param type the event type
 * @param from the earliest day
 * @param to the latest day
 * @param person the id of a resolved person taking part
 */
public record EventFilter(
    String state, String with, EventType type, String from, String to, String person) {
  public static final EventFilter NONE = new EventFilter(null, null, null, null, null, null);

  /** Whether an event passes every filter set. */
  public boolean matches(EventRecord e) {
    return (state == null || e.countries().contains(state))
        && (with == null || e.countries().contains(with))
        && (type == null || e.type() == type)
        && (from == null || (e.day() != null && cut(e.day(), from).compareTo(from) >= 0))
        && (to == null || (e.day() != null && cut(e.day(), to).compareTo(to) <= 0))
        && (person == null || e.participants().stream().anyMatch(p -> person.equals(p.personId())));
  }

  /** The day cut to the bound's precision, so "2021-05-03" lies within "2021" to "2021". */
  private static String cut(String day, String bound) {
    return day.length() > bound.length() ? day.substring(0, bound.length()) : day;
  }
}
