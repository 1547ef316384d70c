package org.attache.core.states;

import org.attache.core.Span;

/**
 * A state named in a text.
 *
 * <p>Example: "Azerbaijani" in "the Azerbaijani Defence Minister" is {@code new StateMention(span,
 * "Azerbaijani", "AZ", StateForm.DEMONYM)}.
 *
 * @param code ISO 3166-1 alpha-2
 */
public record StateMention(Span span, String text, String code, StateForm form) {}
