package org.attache.core.ingest.items;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;

/**
 * Reads a stream line by line without ever holding more than a limit of one line: an over-long line
 * is skipped to its end and reported, not read into memory.
 */
final class LineSource {
  /** One line, or the note that it was too long (then {@code text} is null). */
  record Line(int number, String text, boolean tooLong) {}

  private final InputStream in;
  private final int maxLine;
  private int number;

  LineSource(InputStream in, int maxLine) {
    this.in = in;
    this.maxLine = maxLine;
  }

  /** The next line, or null at the end of the stream. */
  Line next() throws IOException {
    ByteArrayOutputStream buf = new ByteArrayOutputStream();
    boolean tooLong = false;
    int b;
    while ((b = in.read()) >= 0 && b != '\n') {
      if (buf.size() >= maxLine) {
        tooLong = true;
      } else {
        buf.write(b);
      }
    }
    if (b < 0 && buf.size() == 0 && !tooLong) {
      return null;
    }
    number++;
    return tooLong
        ? new Line(number, null, true)
        : new Line(number, buf.toString(StandardCharsets.UTF_8).strip(), false);
  }
}
