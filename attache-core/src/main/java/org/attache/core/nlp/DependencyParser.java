package org.attache.core.nlp;

import java.util.List;

/**
 * The dependency parse of one sentence, on demand: the reading parses only the sentences where an
 * event trigger stands (the parse costs more than the rest of the language pipeline together). The
 * one implementation adapts CoreNLP's neural dependency parser; {@link #NONE} parses nothing.
 *
 * <p>Example: {@code parser.parse(sentence.tokens()).get(0).relation()} is "nsubj" for "The
 * minister met ...".
 */
public interface DependencyParser {
  /** No parse: the tokens come back as they are, with head -1 and no relation. */
  DependencyParser NONE =
      new DependencyParser() {
        @Override
        public List<Token> parse(List<Token> tokens) {
          return tokens;
        }

        @Override
        public boolean parses() {
          return false;
        }
      };

  /**
   * The tokens of one sentence with their heads and Universal Dependencies relations filled in.
   *
   * @param tokens a sentence's tokens with parts of speech and lemmas, in order
   */
  List<Token> parse(List<Token> tokens);

  /** Whether this parser gives a parse at all. */
  default boolean parses() {
    return true;
  }

  /**
   * This parser for one report: a sentence (its token list, by identity) is parsed once however
   * often it is asked for. Not thread-safe.
   */
  static DependencyParser memoized(DependencyParser parser) {
    return parser.parses() ? new ParseMemo(parser) : parser;
  }
}
