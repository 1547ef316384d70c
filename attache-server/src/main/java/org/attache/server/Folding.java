package org.attache.server;

import java.text.Normalizer;
import java.util.Locale;
import java.util.regex.Pattern;

/** Folds names for matching what a user types: "turkiye" finds "Türkiye", "hasanov" "Həsənov". */
final class Folding {
  private static final Pattern MARKS = Pattern.compile("\\p{M}+");

  private Folding() {}

  static String fold(String s) {
    String decomposed = Normalizer.normalize(s, Normalizer.Form.NFD);
    return MARKS
        .matcher(decomposed)
        .replaceAll("")
        .replace('ə', 'e')
        .replace('ı', 'i')
        .toLowerCase(Locale.ROOT);
  }
}
