package org.attache.core.brief;

import java.util.List;

/**
 * An official of one side of a relationship and the officials of the other side met.
 *
 * <p>Example: {@code new Official("Zakir Hasanov", "AZ", "Defense Minister", 4, List.of("Nadeem
 * Raza"), List.of(1, 3))}
 *
 * @param name the person's fullest name
 * @param country the state served
 * @param title the most frequent title, or null
 * @param events how many events of the relationship the person took part in
 * @param counterparts officials of the other side in the same events, most frequent first
 * @param citations the reports naming the person in those events
 */
public record Official(
    String name,
    String country,
    String title,
    int events,
    List<String> counterparts,
    List<Integer> citations) {
  public Official {
    counterparts = List.copyOf(counterparts);
    citations = List.copyOf(citations);
  }
}
