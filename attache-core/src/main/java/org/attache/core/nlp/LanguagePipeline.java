package org.attache.core.nlp;

import java.util.List;
import org.attache.core.Span;

/**
 * Tokens, sentences, parts of speech and names for stretches of a text. The one implementation
 * adapts Stanford CoreNLP; its types never leave that adapter.
 *
 * <p>Example: {@code pipeline.annotate(text, layout.body().stream().map(TextBlock::span).toList())}
 */
public interface LanguagePipeline {
  /**
   * Annotates each region of {@code text} on its own; sentences never cross a region's end.
   *
   * @return sentences in text order, offsets into {@code text}
   */
  List<Sentence> annotate(String text, List<Span> regions);

  /** The dependency parser that goes with these tokens, or {@link DependencyParser#NONE}. */
  default DependencyParser parser() {
    return DependencyParser.NONE;
  }
}
