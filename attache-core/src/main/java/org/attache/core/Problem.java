package org.attache.core;

/**
 * A per-report failure, kept as a value so one bad report never stops a batch.
 *
 * <p>Example: {@code new Problem("reports/x.txt", "ingest", "not UTF-8 at byte 1,204. Convert it to
 * UTF-8.")}
 *
 * @param source the file or report the problem is about
 * @param stage the pipeline stage that found it (ingest, read, store ...)
 * @param message what is wrong and what to do about it
 */
public record Problem(String source, String stage, String message) {
  @Override
  public String toString() {
    return source + ": " + message;
  }
}
