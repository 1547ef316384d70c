package org.attache.core.lexicon;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.Span;

/**
 * Splits a stretch of text into {@link WordToken}s: runs of letters, digits and combining marks are
 * words; every other visible character is a token of its own. Lexicon entries are split the same
 * way, so "Lt. Gen." in a data file matches "Lt. Gen." and "Lt.Gen." in a text.
 *
 * <p>Example: {@code WordTokens.of("Azerbaijan’s army", new Span(0, 17))} gives {@code Azerbaijan ’
 * s army}.
 */
public final class WordTokens {
  private WordTokens() {}

  public static List<WordToken> of(String text, Span region) {
    List<WordToken> out = new ArrayList<>();
    int i = region.start();
    int end = Math.min(region.end(), text.length());
    while (i < end) {
      int cp = text.codePointAt(i);
      int next = i + Character.charCount(cp);
      if (isWordChar(cp)) {
        while (next < end && isWordChar(text.codePointAt(next))) {
          next += Character.charCount(text.codePointAt(next));
        }
        out.add(new WordToken(new Span(i, next), text.substring(i, next)));
      } else if (!Character.isWhitespace(cp) && !Character.isSpaceChar(cp)) {
        out.add(new WordToken(new Span(i, next), text.substring(i, next)));
      }
      i = next;
    }
    return out;
  }

  public static List<WordToken> of(String text) {
    return of(text, new Span(0, text.length()));
  }

  private static boolean isWordChar(int cp) {
    return Character.isLetterOrDigit(cp) || Character.getType(cp) == Character.NON_SPACING_MARK;
  }
}
