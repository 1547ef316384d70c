package org.attache.core.persons;

import org.attache.core.Span;

/**
 * A title found in a text.
 *
 * <p>Example: in "the Azerbaijani Defence Minister" the match is {@code new TitleMatch(span of
 * "Azerbaijani Defence Minister", "Defence Minister", TitleKind.OFFICE, "AZ")}.
 *
 * @param span the whole phrase, with the state qualifier that belongs to it, without a leading
 *     "the"
 * @param title the title as the text writes it, without the determiner and the state qualifier
 *     ("Minister of Defense" of "Minister of Defense of the Republic of Azerbaijan")
 * @param kind rank, office or honorific
 * @param country ISO alpha-2 of the state the holder serves as the phrase says it, or null
 */
public record TitleMatch(Span span, String title, TitleKind kind, String country) {}
