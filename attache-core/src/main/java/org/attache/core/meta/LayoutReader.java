package org.attache.core.meta;

import java.util.Objects;

/**
 * Reads a scraped news report's layout: which stretches are the headline, metadata lines, site
 * furniture or the report's own prose, and what the report says about itself ({@link ReportMeta}).
 * Offsets of the blocks refer to the text exactly as given. Immutable and thread-safe; the data
 * files are read once.
 *
 * <p>Example:
 *
 * <pre>{@code
 * Layout layout = LayoutReader.standard().read("""
 *     Defence chiefs meet in Baku
 *     BAKU, Azerbaijan, May 4. The ministers met on Tuesday, Trend reports.
 *     Related articles
 *     """);
 * layout.meta().dateline();  // "Baku"
 * layout.body();             // the block from "The ministers"
 * }</pre>
 */
public final class LayoutReader {
  private static final class Standard {
    static final LayoutReader INSTANCE = new LayoutReader(PageReaders.standard());
  }

  private final PageReaders readers;

  private LayoutReader(PageReaders readers) {
    this.readers = readers;
  }

  /** The reader with the lexicons shipped in attache-core; loaded on first use, then shared. */
  public static LayoutReader standard() {
    return Standard.INSTANCE;
  }

  /** Classifies every non-blank stretch of {@code text} and reads its metadata. */
  public Layout read(String text) {
    Objects.requireNonNull(text, "text");
    return new PageScan(readers, text).read();
  }
}
