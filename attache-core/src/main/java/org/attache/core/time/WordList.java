package org.attache.core.time;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.lexicon.LexiconFile;

/**
 * One lexicon file of the time tagger: lines {@code word value}, lower case, {@code #} comments.
 *
 * <p>Example: {@code WordList.load("months.txt").get("sept.")} is {@code "9"}; a line without a
 * value ({@code will}) maps to the empty string.
 */
final class WordList {
  private final Map<String, String> entries;

  private WordList(Map<String, String> entries) {
    this.entries = Map.copyOf(entries);
  }

  static WordList load(String name) {
    Map<String, String> entries = new LinkedHashMap<>();
    for (String entry : LexiconFile.entries(WordList.class, name)) {
      // The value is the last field, so keys may hold spaces ("new year's day 01-01").
      int cut = entry.lastIndexOf(' ');
      if (cut < 0) {
        entries.put(entry.toLowerCase(), "");
      } else {
        entries.put(entry.substring(0, cut).toLowerCase(), entry.substring(cut + 1));
      }
    }
    return new WordList(entries);
  }

  String get(String word) {
    return entries.get(normal(word));
  }

  boolean contains(String word) {
    return entries.containsKey(normal(word));
  }

  /** A regex matching any key; longer keys win, so "christmas day" beats "christmas". */
  String alternation() {
    return RegexTrie.of(entries.keySet());
  }

  /**
   * A regex matching the keys whose value passes the test; {@code oneWord} leaves out keys of
   * several words and the articles ("a", "an").
   */
  String alternation(java.util.function.Predicate<String> value, boolean oneWord) {
    List<String> keys = new ArrayList<>();
    entries.forEach(
        (k, v) -> {
          if (value.test(v) && !(oneWord && (k.contains(" ") || k.length() < 3))) {
            keys.add(k);
          }
        });
    return RegexTrie.of(keys);
  }

  /** Like {@link #alternation()} but case-sensitive: "May" and "MAY" match, "may" does not. */
  String capitalisedAlternation() {
    List<String> forms = new ArrayList<>();
    entries.keySet().forEach(k -> forms.addAll(List.of(capitalised(k), k.toUpperCase())));
    return "(?-i:" + RegexTrie.of(forms) + ")";
  }

  private static String capitalised(String word) {
    return Character.toUpperCase(word.charAt(0)) + word.substring(1);
  }

  static String normal(String word) {
    return word.toLowerCase().replaceAll("\\s+", " ").replace('’', '\'');
  }
}
