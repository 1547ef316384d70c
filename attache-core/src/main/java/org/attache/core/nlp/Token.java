package org.attache.core.nlp;

import org.attache.core.Span;

/**
 * A token of the language pipeline, in the project's own terms.
 *
 * @param span place in the original text
 * @param word the token as written
 * @param pos Penn Treebank part of speech
 * @param ner named-entity class (PERSON, LOCATION, ORGANIZATION, MISC ...) or "O"
 * @param lemma the word's dictionary form, lower case for common words ("met" → "meet")
 * @param head index in its sentence of the token this one depends on in the dependency parse, or -1
 *     for the sentence's root (and when no parse was made)
 * @param relation the Universal Dependencies relation to the head ("nsubj", "obl:in", "aux",
 *     "advmod" ...), "root" for the root, "" when no parse was made
 */
public record Token(
    Span span, String word, String pos, String ner, String lemma, int head, String relation) {

  /** A token without lemma or parse (tests, pipelines that do not parse). */
  public Token(Span span, String word, String pos, String ner) {
    this(span, word, pos, ner, word.toLowerCase(java.util.Locale.ROOT), -1, "");
  }
}
