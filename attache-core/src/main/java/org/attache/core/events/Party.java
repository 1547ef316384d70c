package org.attache.core.events;

/**
 * A state standing in a sentence as a possible party: named, or the state a named person serves.
 *
 * @param code ISO alpha-2
 * @param start where the naming starts, offset into the report's text
 * @param end where it ends
 * @param locative whether the naming only says where something happened ("in Baku")
 * @param person the person's name when the party comes from a person, else null
 */
record Party(String code, int start, int end, boolean locative, String person) {}
