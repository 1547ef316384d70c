package org.attache.core.resolve;

import java.util.List;

/**
 * One real person across reports.
 *
 * <p>Example: {@code new ResolvedPerson("p-3f2a...", "Nadeem Raza", "PK", List.of("General"),
 * List.of("General Nadeem Raza", "N. Raza"), List.of("a1b2..."))}
 *
 * @param id a stable id derived from the folded name
 * @param name the fullest name seen
 * @param country the state the person serves, as most reports say
 * @param titles every title seen, most frequent first
 * @param aliases every surface form seen
 * @param documents ids of the reports naming the person
 */
public record ResolvedPerson(
    String id,
    String name,
    String country,
    List<String> titles,
    List<String> aliases,
    List<String> documents) {}
