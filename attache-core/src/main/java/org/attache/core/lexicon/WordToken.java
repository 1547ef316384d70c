package org.attache.core.lexicon;

import java.text.Normalizer;
import java.util.Locale;
import org.attache.core.Span;

/**
 * A word (a run of letters and digits) or a single punctuation mark of a text, the unit every
 * lexicon matches on.
 *
 * <p>Example: "U.S.-Pakistan" gives the tokens {@code U . S . - Pakistan}.
 *
 * @param span place in the original text
 * @param text the token as written
 */
public record WordToken(Span span, String text) {

  /** The token without accents, with one kind of dash and apostrophe, case kept. */
  public String plain() {
    return plain(text);
  }

  /** The token as a lexicon key: {@link #plain()} in lower case. */
  public String key() {
    return plain().toLowerCase(Locale.ROOT);
  }

  public boolean isWord() {
    return Character.isLetterOrDigit(text.codePointAt(0));
  }

  /** "Pakistan", "Türkiye": first letter upper case. */
  public boolean isCapitalised() {
    return Character.isUpperCase(text.codePointAt(0));
  }

  /** "PAKISTAN", "US": every letter upper case, at least one letter. */
  public boolean isAllCaps() {
    return isAllCaps(text);
  }

  static boolean isAllCaps(String s) {
    boolean letter = false;
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (Character.isLetter(c)) {
        letter = true;
        if (!Character.isUpperCase(c)) {
          return false;
        }
      }
    }
    return letter;
  }

  static String plain(String s) {
    if (isAscii(s)) {
      return s; // the common case, and the lexicons are read token by token many times
    }
    String folded =
        Normalizer.normalize(s, Normalizer.Form.NFD).replaceAll("\\p{M}", "").replace('ı', 'i');
    return switch (folded) {
      case "\u2019", "\u2018", "`", "\u00b4" -> "'";
      case "\u2010", "\u2011", "\u2012", "\u2013", "\u2014", "\u2212" -> "-";
      default -> folded;
    };
  }

  private static boolean isAscii(String s) {
    for (int i = 0; i < s.length(); i++) {
      if (s.charAt(i) >= 128) {
        return false;
      }
    }
    return true;
  }
}
