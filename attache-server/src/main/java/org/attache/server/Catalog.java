package org.attache.server;

import java.util.List;
import java.util.Optional;
import org.attache.core.Problem;
import org.attache.core.query.SourceCount;

/**
 * Everything the server reads from the knowledge base, behind one small interface, so the HTTP
 * layer does not change when the store grows. Implementations are safe to call from many threads.
 *
 * <p>Example: {@code catalog.events(new EventFilter("AZ", "PK", null, null, null, null),
 * PageRequest.ALL).items()}
 */
public interface Catalog {
  /**
   * Reports matching the filter, newest first. When the filter has a phrase, each summary's {@code
   * match} is the text around its first occurrence.
   */
  Page<ReportSummary> reports(ReportFilter filter, PageRequest page);

  /** One report with its text and spans, or empty when no report has that id. */
  Optional<ReportDetail> report(String id);

  /** Persons resolved across reports matching the filter, by name. */
  Page<PersonSummary> persons(PersonFilter filter, PageRequest page);

  /** One person's page, or empty when no person has that id. */
  Optional<PersonDetail> person(String id);

  /** Events (one per occurrence) matching the filter, newest first (events of unknown day last). */
  Page<EventRecord> events(EventFilter filter, PageRequest page);

  /**
   * One event by its occurrence id or by one of its reports' events ({@code REPORT_ID:INDEX}), or
   * empty when none has that id.
   */
  Optional<EventRecord> event(String id);

  /**
   * What the events rest on, counted as the command line and the brief count it: each report once,
   * the reprints of one text as one independent source, the events of unknown year.
   */
  SourceCount sources(List<EventRecord> events);

  /** The files that could not be read or analysed, by path, with the reason. */
  List<Problem> problems();

  /** The states taking part in at least one event or serving a person, ISO alpha-2, sorted. */
  List<String> states();
}
