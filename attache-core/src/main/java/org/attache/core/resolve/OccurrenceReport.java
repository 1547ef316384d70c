package org.attache.core.resolve;

import org.attache.core.Span;

/**
 * One report of an occurrence: where the report states it and the date as that report gives it.
 *
 * <p>Example: {@code new OccurrenceReport("a1b2c3", 0, new Span(120, 245), "XXXX-10-28")}
 *
 * @param document the report's id
 * @param index the event's place among the report's events
 * @param evidence the sentence stating the event, in the report's text
 * @param date the report's own date for the event (TIMEX3), or null when it gives none
 */
public record OccurrenceReport(String document, int index, Span evidence, String date) {}
