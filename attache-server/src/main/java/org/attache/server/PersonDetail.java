package org.attache.server;

import java.util.List;

/**
 * A person's page: who they are, the reports naming them, their events and counterparts.
 *
 * <p>Example: {@code detail.counterparts()} lists the persons met in {@code detail.events()}, most
 * often met first.
 *
 * @param person the person
 * @param appearances the reports naming the person, newest first, each with its titles for the
 *     person and the sentences naming them
 * @param events the events the person takes part in, newest first
 * @param counterparts the other persons of those events, most often met first
 */
public record PersonDetail(
    PersonSummary person,
    List<Appearance> appearances,
    List<EventRecord> events,
    List<PersonSummary> counterparts) {
  public PersonDetail {
    appearances = List.copyOf(appearances);
    events = List.copyOf(events);
    counterparts = List.copyOf(counterparts);
  }
}
