package org.attache.core.evaluate;

import java.text.Normalizer;
import java.util.List;
import java.util.Locale;
import java.util.regex.Pattern;

/**
 * The scorer's folding of names, titles and metadata into words: accents dropped (compatibility
 * decomposition, combining marks removed), lower case, "defence" written "defense", dotless i as i,
 * and every run of characters other than ASCII letters, digits and spaces a word break.
 *
 * <p>Example: {@code Fold.words("Defence Minister İsmayıl Çavuşoğlu")} is {@code [defense,
 * minister, ismayil, cavusoglu]}.
 */
public final class Fold {
  private static final Pattern NOT_WORD = Pattern.compile("[^a-z0-9 ]+");
  private static final Pattern SPACES = Pattern.compile(" +");

  private Fold() {}

  /** The folded words of {@code s}; none for null. */
  public static List<String> words(String s) {
    String decomposed = Normalizer.normalize(s == null ? "" : s, Normalizer.Form.NFKD);
    StringBuilder kept = new StringBuilder(decomposed.length());
    decomposed.codePoints().filter(c -> !combining(c)).forEach(kept::appendCodePoint);
    String lower =
        kept.toString().toLowerCase(Locale.ROOT).replace("defence", "defense").replace("ı", "i");
    String spaced = NOT_WORD.matcher(lower).replaceAll(" ").strip();
    return spaced.isEmpty() ? List.of() : List.of(SPACES.split(spaced));
  }

  /** The folded words joined by single spaces. */
  public static String joined(String s) {
    return String.join(" ", words(s));
  }

  /**
   * Whether {@code c} has a canonical combining class other than 0 (Python's {@code
   * unicodedata.combining}). Java does not expose the class, but canonical ordering shows it: a
   * mark of class above 0 is moved before a following mark of class 1, or after a preceding one of
   * class 230 when its own is lower; a mark of class 0 is never moved. Only marks (Mn, Mc) can have
   * one.
   */
  static boolean combining(int c) {
    int type = Character.getType(c);
    if (type != Character.NON_SPACING_MARK && type != Character.COMBINING_SPACING_MARK) {
      return false;
    }
    String mark = new String(Character.toChars(c));
    String overlay = "\u0334"; // class 1
    String acute = "\u0301"; // class 230
    return !Normalizer.normalize("a" + mark + overlay, Normalizer.Form.NFD)
            .equals("a" + mark + overlay)
        || !Normalizer.normalize("a" + acute + mark, Normalizer.Form.NFD)
            .equals("a" + acute + mark);
  }
}
