package org.attache.core.time;

import java.util.BitSet;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Knows which rules may begin at a word, so that the scanner runs only those. A rule may begin at a
 * word if its regex, given only the word, matches or asks for more input; a regex that fails inside
 * the word fails whatever follows. Learnt once per distinct word and shared by all threads.
 *
 * <p>Example: for "those" only the rules whose regex can start with "those" are tried, which is
 * none; for "the" the durations ("the past two years") and periods ("the 1990s") are.
 */
final class WordGate {
  /** Enough for the vocabulary of news; past it, words are judged each time, not remembered. */
  private static final int MAX_WORDS = 200_000;

  private static final int MAX_WORD_LENGTH = 24;

  private final List<Pattern> patterns;

  /** The rules that may begin with each ASCII character: judging a new word asks only these. */
  private final BitSet[] rulesByFirst = new BitSet[128];

  private final ConcurrentHashMap<String, BitSet> rulesByWord = new ConcurrentHashMap<>();

  /** A matcher per rule and thread: judging reuses them rather than building new ones. */
  private final ThreadLocal<Matcher[]> matchers;

  WordGate(List<Pattern> patterns) {
    this.patterns = List.copyOf(patterns);
    this.matchers =
        ThreadLocal.withInitial(
            () -> this.patterns.stream().map(p -> p.matcher("")).toArray(Matcher[]::new));
    for (char c = 0; c < 128; c++) {
      rulesByFirst[c] = judge(String.valueOf(c), null);
    }
  }

  /** The rules (by index) that may begin at the word starting at {@code start}. */
  BitSet rulesAt(String text, int start) {
    int end = start;
    while (end < text.length()
        && end - start < MAX_WORD_LENGTH
        && Character.isLetterOrDigit(text.charAt(end))) {
      end++;
    }
    String word = text.substring(start, end);
    BitSet rules = rulesByWord.get(word);
    if (rules == null) {
      char first = word.isEmpty() ? ' ' : word.charAt(0);
      rules = judge(word, first < 128 ? rulesByFirst[first] : null);
      if (rulesByWord.size() < MAX_WORDS) {
        rulesByWord.put(word, rules);
      }
    }
    return rules;
  }

  /** The rules that may begin at the word, among the candidates (all rules when null). */
  private BitSet judge(String word, BitSet candidates) {
    BitSet rules = new BitSet(patterns.size());
    for (int i = 0; i < patterns.size(); i++) {
      if (candidates != null && !candidates.get(i)) {
        continue;
      }
      Matcher m = matchers.get()[i].reset(word);
      if (m.lookingAt() || m.hitEnd()) {
        rules.set(i);
      }
    }
    return rules;
  }
}
