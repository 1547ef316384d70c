package org.attache.core.ingest;

import org.attache.core.meta.ReportMeta;

/**
 * Where a report's text came from when it is not a plain text file: the format, what the source's
 * markup says about the report, and the original document, so that the store can keep it and the
 * extraction can be redone.
 *
 * <p>Example: {@code new Origin("html", new ReportMeta("Ministers meet", "Trend", null,
 * "2021-12-02", null, null, "https://example.org/a"), "<html>...")}
 *
 * @param format {@code text}, {@code html}, {@code jsonl}, {@code feed} or {@code warc}
 * @param hints metadata from the source's markup or fields; non-null fields take precedence over
 *     what the text reader guesses from the text
 * @param original the original document (the page's HTML, the JSON line ...), or null for text
 * @param articleStart where the source's own article text starts in the report's text: past the
 *     headline, byline and date lines laid out above it from the markup; 0 for a text file
 */
public record Origin(String format, ReportMeta hints, String original, int articleStart) {
  public static final Origin TEXT = new Origin("text", ReportMeta.EMPTY, null);

  public Origin {
    hints = hints == null ? ReportMeta.EMPTY : hints;
    if (articleStart < 0) {
      throw new IllegalArgumentException("articleStart " + articleStart + " is negative");
    }
  }

  /** An origin whose text is all the source's own (no lines laid out above it). */
  public Origin(String format, ReportMeta hints, String original) {
    this(format, hints, original, 0);
  }
}
