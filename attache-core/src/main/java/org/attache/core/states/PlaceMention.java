package org.attache.core.states;

import org.attache.core.Span;

/**
 * A place named in a text.
 *
 * <p>Example: "Rawalpindi" in "talks in Rawalpindi" is {@code new PlaceMention(span, "Rawalpindi",
 * new Place("Rawalpindi", "PK"))}.
 */
public record PlaceMention(Span span, String text, Place place) {}
