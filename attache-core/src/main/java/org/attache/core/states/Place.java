package org.attache.core.states;

/**
 * A named place below the level of a state: a city, a region, a base.
 *
 * <p>Example: {@code new Place("Nagorno-Karabakh", "AZ")}
 *
 * @param name the gazetteer's spelling
 * @param country ISO 3166-1 alpha-2 of the state it lies in
 */
public record Place(String name, String country) {}
