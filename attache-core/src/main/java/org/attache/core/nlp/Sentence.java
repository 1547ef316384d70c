package org.attache.core.nlp;

import java.util.List;
import org.attache.core.Span;

/**
 * A sentence of a report's body with its tokens.
 *
 * <p>Example: {@code sentence.span().of(text)} is the sentence exactly as written, the evidence an
 * event cites.
 */
public record Sentence(Span span, List<Token> tokens) {
  public Sentence {
    tokens = List.copyOf(tokens);
  }
}
