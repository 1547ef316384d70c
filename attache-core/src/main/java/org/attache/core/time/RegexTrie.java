package org.attache.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Writes a set of words as one regex factored by common prefixes: {@code Jan|January|June} becomes
 * {@code J(?:an(?:uary)?|une)}. The regex engine then rejects a word at its first letter instead of
 * trying every alternative, which keeps the tagger fast on long lexicons.
 *
 * <p>Example: {@code RegexTrie.of(List.of("may", "march"))} is {@code (?:ma(?:y|rch))}.
 */
final class RegexTrie {
  private final Map<String, RegexTrie> children = new TreeMap<>();
  private boolean end;

  private RegexTrie() {}

  static String of(Iterable<String> words) {
    RegexTrie root = new RegexTrie();
    words.forEach(root::add);
    return "(?:" + root.regex() + ")";
  }

  private void add(String word) {
    RegexTrie node = this;
    for (char c : word.toCharArray()) {
      node = node.children.computeIfAbsent(atom(c), k -> new RegexTrie());
    }
    node.end = true;
  }

  /** One character as a regex: any run of spaces for a space, either apostrophe for one. */
  private static String atom(char c) {
    if (c == ' ') {
      return "\\s+";
    }
    if (c == '\'' || c == '’') {
      return "['’]";
    }
    return Character.isLetterOrDigit(c) ? String.valueOf(c) : "\\" + c;
  }

  private String regex() {
    List<String> branches = new ArrayList<>();
    children.forEach((atom, child) -> branches.add(atom + child.regex()));
    if (branches.isEmpty()) {
      return "";
    }
    String body = branches.size() == 1 ? branches.get(0) : "(?:" + String.join("|", branches) + ")";
    // Greedy optional: the longer word is tried first, the shorter one on backtracking.
    return end ? "(?:" + body + ")?" : body;
  }
}
