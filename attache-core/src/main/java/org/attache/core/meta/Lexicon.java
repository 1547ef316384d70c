package org.attache.core.meta;

import java.util.List;
import java.util.Locale;
import org.attache.core.lexicon.LexiconFile;

/** Reads the data files beside this package: one entry a line, {@code #} starts a comment. */
final class Lexicon {
  private Lexicon() {}

  /** The entries of {@code name}, trimmed, comments and blank lines dropped. */
  static List<String> entries(String name) {
    return LexiconFile.entries(Lexicon.class, name);
  }

  /** The entries of {@code name} in lower case, for case-blind matching. */
  static List<String> lowerCaseEntries(String name) {
    return entries(name).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
  }
}
