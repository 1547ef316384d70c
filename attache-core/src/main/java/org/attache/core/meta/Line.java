package org.attache.core.meta;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.core.Span;

/**
 * A non-blank stretch of one line of a report, trimmed, with its place in the original text.
 *
 * @param start offset of the first non-blank character
 * @param end offset after the last non-blank character
 * @param text the stretch exactly as written
 */
record Line(int start, int end, String text) {
  private static final Pattern MARKDOWN_OPENING = Pattern.compile("^(?:#{1,6}\\s+|>\\s*)?[*_]*");
  private static final Pattern MARKDOWN_CLOSING = Pattern.compile("[*_]+$");
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}][\\p{L}\\p{N}'’.&-]*");

  /** The non-blank lines of {@code text}, in order. */
  static List<Line> split(String text) {
    List<Line> lines = new ArrayList<>();
    int from = 0;
    while (from <= text.length()) {
      int newline = text.indexOf('\n', from);
      int to = newline < 0 ? text.length() : newline;
      Line line = trimmed(text, from, to);
      if (line != null) {
        lines.add(line);
      }
      if (newline < 0) {
        break;
      }
      from = newline + 1;
    }
    return lines;
  }

  /** The stretch {@code [from, to)} of {@code text} trimmed, or null when it is blank. */
  static Line trimmed(String text, int from, int to) {
    int s = from;
    int e = to;
    while (s < e && isBlank(text.charAt(s))) {
      s++;
    }
    while (e > s && isBlank(text.charAt(e - 1))) {
      e--;
    }
    return s == e ? null : new Line(s, e, text.substring(s, e));
  }

  /** The rest of this line from the relative position {@code offset}, or null when blank. */
  Line from(int offset) {
    Line inner = trimmed(text, offset, text.length());
    return inner == null ? null : shift(inner);
  }

  /** The first {@code length} characters of this line as a line of their own, or null. */
  Line upTo(int length) {
    Line inner = trimmed(text, 0, length);
    return inner == null ? null : shift(inner);
  }

  private Line shift(Line inner) {
    return new Line(start + inner.start, start + inner.end, inner.text);
  }

  Span span() {
    return new Span(start, end);
  }

  /** The text without Markdown decorations ({@code ## **Title**} gives {@code Title}). */
  String plain() {
    String s = MARKDOWN_OPENING.matcher(text).replaceFirst("");
    return MARKDOWN_CLOSING.matcher(s).replaceFirst("").strip();
  }

  int words() {
    return (int) WORD.matcher(text).results().count();
  }

  /** Whether the line ends as a sentence does (closing quotes and brackets allowed after). */
  boolean endsSentence() {
    String s = plain();
    int i = s.length() - 1;
    while (i >= 0 && "\"”’')]»".indexOf(s.charAt(i)) >= 0) {
      i--;
    }
    return i >= 0 && ".!?…".indexOf(s.charAt(i)) >= 0;
  }

  /** Whether the line reads as a report sentence rather than a label, headline or widget. */
  boolean isProse() {
    int words = words();
    return (words >= 4 && endsSentence()) || words >= 12;
  }

  static boolean isBlank(char c) {
    return Character.isWhitespace(c) || Character.isSpaceChar(c) || c == '\u200B' || c == '\uFEFF';
  }
}
