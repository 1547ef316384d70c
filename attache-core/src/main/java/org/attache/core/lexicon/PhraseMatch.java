package org.attache.core.lexicon;

import org.attache.core.Span;

/**
 * A lexicon phrase found in a token list.
 *
 * <p>Example: "Papua New Guinea" in the tokens {@code [in, Papua, New, Guinea]} is {@code
 * PhraseMatch(1, 4, span, value)}.
 *
 * @param from index of the first token
 * @param to index after the last token
 * @param span characters covered in the original text
 * @param value what the lexicon says about the phrase
 */
public record PhraseMatch<V>(int from, int to, Span span, V value) {
  public int length() {
    return to - from;
  }
}
