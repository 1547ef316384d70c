package org.attache.core.persons;

import org.attache.core.Span;

/**
 * One place where a text names a person, as written ("Col-Gen Zakir Hasanov", "Hasanov").
 *
 * @param span the name's place in the original text, titles excluded
 * @param text the surface form, as written
 */
public record Mention(Span span, String text) {}
