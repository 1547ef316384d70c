package org.attache.server;

import org.attache.core.Span;

/**
 * One report telling of an event: where it says so, and the date as that report gives it.
 *
 * <p>Example: {@code new EventReport("a1b2...", "Pakistan's top general in Baku", "Herald",
 * "2023-05-12", "a1b2...:0", "XXXX-05-11", new Span(120, 245), "General Khan met ...")}
 *
 * @param reportId the report's id
 * @param reportTitle the report's headline, or null
 * @param outlet the report's outlet, or null
 * @param published the report's publication day, or null
 * @param event this report's event, {@code REPORT_ID:INDEX}, the durable name corrections take;
 *     null for an event an analyst added
 * @param date the event's date as this report gives it (TIMEX3), or null
 * @param evidence the stating sentence's place in the report's text, or null
 * @param evidenceText the stating sentence as written, or null
 */
public record EventReport(
    String reportId,
    String reportTitle,
    String outlet,
    String published,
    String event,
    String date,
    Span evidence,
    String evidenceText) {}
