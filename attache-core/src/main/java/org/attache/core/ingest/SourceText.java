package org.attache.core.ingest;

/**
 * One report's text as Attaché reads it: every offset anywhere in Attaché refers to {@link
 * #text()}. For a plain text file that is the file's text; for a web page, feed item or crawl
 * record it is the extracted article laid out like a text report, and {@link #origin()} keeps the
 * original and what its markup said.
 *
 * <p>Example: {@code new SourceText("a1b2c3d4e5f6a7b8", "reports/visit.txt", "BAKU ...",
 * "a1b2...")}
 *
 * @param id a stable id: the first 16 hex digits of the content hash
 * @param path where the text came from, as given by the user ({@code dump.jsonl#17} for an item)
 * @param text the full text (a leading byte-order mark removed)
 * @param sha256 hex SHA-256 of the UTF-8 text
 * @param origin the format it came in, its metadata hints and the original document
 */
public record SourceText(String id, String path, String text, String sha256, Origin origin) {
  public SourceText {
    origin = origin == null ? Origin.TEXT : origin;
  }

  /** A report read from a plain text file. */
  public SourceText(String id, String path, String text, String sha256) {
    this(id, path, text, sha256, Origin.TEXT);
  }

  /**
   * The source's own article text: {@link #text()} without the headline, byline and date lines that
   * Attaché laid out above it from a page's markup (the whole text for a text file). This is what
   * {@code attache text --body} prints and what the HTML main-text benchmark scores; it is the end
   * of the text that the reading reads, character for character.
   */
  public String articleText() {
    return text.substring(Math.min(origin.articleStart(), text.length()));
  }

  /** A report whose text was made from {@code origin}: id and hash are computed from the text. */
  public static SourceText derived(String path, String text, Origin origin) {
    String sha = ReportLoader.sha256(text);
    return new SourceText(sha.substring(0, 16), path, text, sha, origin);
  }
}
