package org.attache.core.lexicon;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.core.Span;

/**
 * Multi-word phrases keyed by their tokens, for leftmost-longest matching over a token list. Built
 * once, then read-only: safe to share between threads after construction.
 *
 * <p>Example: with "Guinea" and "Papua New Guinea" added, "Papua New Guinea" in a text is one match
 * of the longer phrase.
 */
public final class PhraseTrie<V> {
  private final Node<V> root = new Node<>();
  private int size;

  private static final class Node<V> {
    final Map<String, Node<V>> next = new HashMap<>();
    final List<Entry<V>> entries = new ArrayList<>(1);
  }

  private record Entry<V>(List<String> surface, CasePolicy policy, V value) {}

  /** Adds a phrase (split by {@link WordTokens}); the policy checks case when it is matched. */
  public void add(String phrase, CasePolicy policy, V value) {
    List<WordToken> tokens = WordTokens.of(phrase);
    if (tokens.isEmpty()) {
      throw new IllegalArgumentException("empty lexicon phrase: '" + phrase + "'");
    }
    Node<V> node = root;
    for (WordToken t : tokens) {
      node = node.next.computeIfAbsent(t.key(), k -> new Node<>());
    }
    node.entries.add(new Entry<>(tokens.stream().map(WordToken::text).toList(), policy, value));
    size++;
  }

  public int size() {
    return size;
  }

  /** Every phrase that starts at token {@code from}, longest first. */
  public List<PhraseMatch<V>> matchesAt(List<WordToken> tokens, int from) {
    List<PhraseMatch<V>> out = new ArrayList<>();
    Node<V> node = root;
    for (int i = from; i < tokens.size(); i++) {
      node = node.next.get(tokens.get(i).key());
      if (node == null) {
        break;
      }
      // Longer phrases go first; phrases of one length keep the order they were added in.
      int at = 0;
      for (Entry<V> e : node.entries) {
        if (caseFits(e, tokens, from)) {
          Span span = new Span(tokens.get(from).span().start(), tokens.get(i).span().end());
          out.add(at++, new PhraseMatch<>(from, i + 1, span, e.value()));
        }
      }
    }
    return out;
  }

  /** The longest phrase starting at token {@code from}. */
  public Optional<PhraseMatch<V>> longestAt(List<WordToken> tokens, int from) {
    List<PhraseMatch<V>> all = matchesAt(tokens, from);
    return all.isEmpty() ? Optional.empty() : Optional.of(all.get(0));
  }

  /** Values of the phrase that is exactly {@code phrase}, case ignored. */
  public List<V> exact(String phrase) {
    Node<V> node = root;
    for (WordToken t : WordTokens.of(phrase)) {
      node = node.next.get(t.key());
      if (node == null) {
        return List.of();
      }
    }
    return node.entries.stream().map(Entry::value).toList();
  }

  private static <V> boolean caseFits(Entry<V> e, List<WordToken> tokens, int from) {
    for (int k = 0; k < e.surface().size(); k++) {
      if (!e.policy().accepts(e.surface().get(k), tokens.get(from + k))) {
        return false;
      }
    }
    return true;
  }
}
