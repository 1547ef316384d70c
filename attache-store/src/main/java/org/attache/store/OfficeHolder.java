package org.attache.store;

import java.util.List;

/**
 * A person who held an office of a state, as reports give it.
 *
 * <p>Example: {@code new OfficeHolder("Chairman Joint Chiefs of Staff Committee", "PK", "p-..",
 * "Nadeem Raza", "2021-03-02", "2022-11-20", List.of("a1b2", "c3d4"))}
 *
 * @param office the office as reported
 * @param state the state, or null when no report says
 * @param personId the resolved person
 * @param name the person's fullest name
 * @param firstSeen the earliest publication date of a report giving the office, or null
 * @param lastSeen the latest, or null
 * @param sources the reports giving it
 */
public record OfficeHolder(
    String office,
    String state,
    String personId,
    String name,
    String firstSeen,
    String lastSeen,
    List<String> sources) {}
