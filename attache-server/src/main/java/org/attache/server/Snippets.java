package org.attache.server;

import java.util.Locale;

/**
 * The text around a search phrase, so a result shows why it matched.
 *
 * <p>Example: {@code Snippets.around(text, "varuna")} is {@code "… the naval exercise Varuna opened
 * off the coast …"}, at most about 220 characters, cut at spaces.
 */
final class Snippets {
  private static final int BEFORE = 90;
  private static final int AFTER = 130;

  private Snippets() {}

  /** The stretch around the first occurrence of {@code lowerCasePhrase}, or null when none. */
  static String around(String text, String lowerCasePhrase) {
    int at = text.toLowerCase(Locale.ROOT).indexOf(lowerCasePhrase);
    if (at < 0) {
      return null;
    }
    at = Math.min(at, text.length()); // lower-casing can lengthen a few letters (İ)
    int from = Math.max(0, at - BEFORE);
    int to = Math.min(text.length(), at + lowerCasePhrase.length() + AFTER);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < at ? space + 1 : from;
    }
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space > at + lowerCasePhrase.length() ? space : to;
    }
    String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "… " : "") + cut + (to < text.length() ? " …" : "");
  }
}
