package org.attache.core.persons;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.core.lexicon.LexiconFile;

/**
 * One name for an office reported under several: "Defence Minister" and "Minister of Defense" are
 * one office; "Chief of the General Staff" is "Chief of General Staff". Forms come from {@code
 * office-synonyms.txt}.
 *
 * <p>Example: {@code OfficeNames.standard().canonical("Defence Minister")} is "Minister of
 * Defense".
 */
public final class OfficeNames {
  private static final OfficeNames STANDARD = new OfficeNames(load());
  private final Map<String, String> canonical;

  private OfficeNames(Map<String, String> canonical) {
    this.canonical = canonical;
  }

  public static OfficeNames standard() {
    return STANDARD;
  }

  /** The office's canonical name: the lexicon's form, else the title tidied. */
  public String canonical(String title) {
    String tidy = tidy(title);
    return canonical.getOrDefault(key(tidy), tidy);
  }

  private static Map<String, String> load() {
    Map<String, String> out = new HashMap<>();
    for (List<String> row : LexiconFile.rows(OfficeNames.class, "office-synonyms.txt")) {
      String first = tidy(row.get(0));
      row.forEach(form -> out.put(key(tidy(form)), first));
    }
    return out;
  }

  /** Without a parenthesised abbreviation, "the" after "of", and with American spelling. */
  private static String tidy(String title) {
    return title
        .replaceAll("\\s*\\([^)]*\\)", "")
        .replaceAll("(?i)\\bdefence\\b", "Defense")
        .replaceAll("(?i)\\bof the\\b", "of")
        .replaceAll("\\s+", " ")
        .strip();
  }

  private static String key(String s) {
    return s.toLowerCase(Locale.ROOT);
  }
}
