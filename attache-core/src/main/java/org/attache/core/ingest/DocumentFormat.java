package org.attache.core.ingest;

import java.nio.charset.StandardCharsets;
import java.util.Locale;

/**
 * The kinds of file Attaché reads, told apart by their first bytes rather than by their names: a
 * page saved as {@code .txt} is still a page.
 *
 * <p>Example: {@code DocumentFormat.sniff("<!DOCTYPE html><html>...".getBytes())} is {@link #HTML}.
 */
public enum DocumentFormat {
  TEXT,
  HTML,
  JSONL,
  FEED,
  WARC;

  /** How many first bytes {@link #sniff} looks at. */
  public static final int HEAD = 4096;

  /** The format of a file whose (decompressed) content starts with {@code head}. */
  public static DocumentFormat sniff(byte[] head) {
    String s = new String(head, 0, Math.min(head.length, HEAD), StandardCharsets.ISO_8859_1);
    s = s.replace("\u00EF\u00BB\u00BF", "").stripLeading();
    if (s.startsWith("WARC/")) {
      return WARC;
    }
    String lower = s.toLowerCase(Locale.ROOT);
    if (lower.startsWith("<")) {
      if (lower.contains("<rss") || lower.contains("<feed") || lower.contains("<rdf:rdf")) {
        return lower.contains("<html") ? HTML : FEED;
      }
      return HTML;
    }
    if (lower.startsWith("{") || lower.startsWith("[{") || lower.startsWith("[\n")) {
      return JSONL;
    }
    if (lower.contains("<html") || lower.contains("<body") || lower.contains("<p>")) {
      return HTML;
    }
    return TEXT;
  }

  /** True when {@code head} starts a gzip stream. */
  public static boolean isGzip(byte[] head) {
    return head.length >= 2 && (head[0] & 0xff) == 0x1f && (head[1] & 0xff) == 0x8b;
  }
}
