package org.attache.core.nlp;

import org.attache.core.Span;

/**
 * A token of the language pipeline, in the project's own terms.
 *
 * @param span place in the original text
 * @param word the token as written
 * @param pos Penn Treebank part of speech
 * @param ner named-entity class (PERSON, LOCATION, ORGANIZATION, MISC ...) or "O"
 */
public record Token(Span span, String word, String pos, String ner) {}
