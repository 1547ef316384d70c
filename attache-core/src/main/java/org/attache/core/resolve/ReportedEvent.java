package org.attache.core.resolve;

import org.attache.core.events.Event;

/**
 * One event as one report states it, known by the report and its place among the report's events.
 *
 * <p>Example: {@code new ReportedEvent("a1b2c3", 0, event, "2023-10-29")}
 *
 * @param document the report's id
 * @param index the event's place among the report's events
 * @param event the event
 * @param reportDate the report's own date ({@code 2023-10-29}), or null when unknown
 */
public record ReportedEvent(String document, int index, Event event, String reportDate) {
  /** An event of a report whose date is unknown. */
  public ReportedEvent(String document, int index, Event event) {
    this(document, index, event, null);
  }

  /** The block of events that can be one occurrence: one type, one set of states. */
  public String blockKey() {
    return event.type() + "|" + String.join(",", event.countries());
  }
}
