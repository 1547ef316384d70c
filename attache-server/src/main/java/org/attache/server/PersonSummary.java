package org.attache.server;

import java.util.List;

/**
 * A person resolved across reports, as lists show them.
 *
 * <p>Example: {@code new PersonSummary("p-3f2a...", "Zakir Hasanov", "AZ", List.of("Minister of
 * Defense"), List.of("Hasanov"), 4)}
 *
 * @param id the stable id
 * @param name the fullest name seen
 * @param country the state the person serves, or null
 * @param titles every title seen, most frequent first
 * @param aliases every form of the name seen
 * @param reports how many reports name the person
 */
public record PersonSummary(
    String id,
    String name,
    String country,
    List<String> titles,
    List<String> aliases,
    int reports) {
  public PersonSummary {
    titles = List.copyOf(titles);
    aliases = List.copyOf(aliases);
  }
}
