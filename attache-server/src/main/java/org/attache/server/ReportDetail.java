package org.attache.server;

import java.util.List;

/**
 * A report with its text and everything read in it, for the report page.
 *
 * <p>Example: {@code detail.highlights()} holds a {@code person} highlight for every place the text
 * names a person, a {@code sentence} one for every body sentence.
 *
 * @param report the report's metadata
 * @param text the original text; offsets of the highlights refer to it
 * @param highlights persons' mentions, states, times, sentences and events' evidence, by start
 * @param events the events the report states
 * @param persons the persons the report names, resolved across reports
 */
public record ReportDetail(
    ReportSummary report,
    String text,
    List<Highlight> highlights,
    List<EventRecord> events,
    List<PersonSummary> persons) {
  public ReportDetail {
    highlights = List.copyOf(highlights);
    events = List.copyOf(events);
    persons = List.copyOf(persons);
  }
}
