package org.attache.core.resolve;

/**
 * A resolved person taking part in an occurrence.
 *
 * <p>Example: {@code new OccurrenceParticipant("p-3f2a...", "Nadeem Raza", "host")}
 *
 * @param person the resolved person's id, or null when no person of the report carries the name
 * @param name the fullest name of the person
 * @param role the part played, as the first report naming the person gives it
 */
public record OccurrenceParticipant(String person, String name, String role) {}
