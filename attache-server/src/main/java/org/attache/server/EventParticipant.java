package org.attache.server;

import java.util.List;

/**
 * A person taking part in an event, tied to the resolved person when known.
 *
 * <p>Example: {@code new EventParticipant("Zakir Hasanov", "host", "p-3f2a...", "AZ",
 * List.of("Minister of Defense"))}
 *
 * @param name the name as the report gives it
 * @param role the part played ("host", "guest" ...)
 * @param personId the resolved person's id, or null
 * @param country the state the person serves, or null
 * @param titles the person's titles in this report
 */
public record EventParticipant(
    String name, String role, String personId, String country, List<String> titles) {
  public EventParticipant {
    titles = List.copyOf(titles);
  }
}
