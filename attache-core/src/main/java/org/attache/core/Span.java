package org.attache.core;

/**
 * A half-open character range {@code [start, end)} into a report's original text.
 *
 * <p>Example: {@code new Span(0, 4).of("BAKU, Azerbaijan")} is {@code "BAKU"}.
 */
public record Span(int start, int end) {
  public Span {
    if (start < 0 || end < start) {
      throw new IllegalArgumentException("bad span [" + start + ", " + end + ")");
    }
  }

  public String of(CharSequence text) {
    return text.subSequence(start, end).toString();
  }

  public boolean contains(int offset) {
    return offset >= start && offset < end;
  }

  public boolean overlaps(Span other) {
    return start < other.end && other.start < end;
  }

  public int length() {
    return end - start;
  }
}
