package org.attache.core.events;

/**
 * A person taking part in an event, as the report names them.
 *
 * <p>Example: {@code new Participant("Zakir Hasanov", "host")}
 *
 * @param name the person's name as in the reading's persons
 * @param role the part played ("host", "guest", "signatory", "participant" ...)
 */
public record Participant(String name, String role) {}
