package org.attache.core.nlp;

import java.util.IdentityHashMap;
import java.util.List;
import java.util.Map;

/**
 * One report's parses, each sentence parsed at most once however many readers ask: the persons'
 * states and the events' factuality read the same sentences. One report, one thread.
 */
final class ParseMemo implements DependencyParser {
  private final DependencyParser parser;
  private final Map<List<Token>, List<Token>> parsed = new IdentityHashMap<>();

  ParseMemo(DependencyParser parser) {
    this.parser = parser;
  }

  @Override
  public List<Token> parse(List<Token> tokens) {
    return parsed.computeIfAbsent(tokens, parser::parse);
  }

  @Override
  public boolean parses() {
    return parser.parses();
  }
}
