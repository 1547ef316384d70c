package org.attache.core.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The site's own name printed above a report, as scraped pages keep it: a short line of capitalised
 * words among the first lines ({@code "The Harbour Review"}, {@code "NORTHERN DEFENCE TIMES"}). A
 * name no list knows counts as the site's when it is built as a publication's name, or when a
 * byline of the same page signs with it ({@code "Lakeside Strategic Affairs"} over {@code "By
 * Lakeside Strategic Affairs"}). Such a line is neither the headline nor a dateline.
 *
 * <p>Example: the page {@code "ORCHARD VALLEY GAZETTE\nNavies plan a joint drill\n..."} has the
 * masthead {@code Masthead(0, "Orchard Valley Gazette")}.
 *
 * @param index the line's place among the page's lines
 * @param name the site's name, in title case when the page shouts it
 */
record Masthead(int index, String name) {
  /** The masthead stands above the headline: only the first lines of a page can hold it. */
  private static final int FIRST_LINES = 3;

  private static final int LONGEST_NAME_WORDS = 6;
  private static final int SIGNED_NAME_WORDS = 3;
  private static final Pattern NAME_SHAPE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}\\p{N}'’&-]*"
              + "(?:\\s+(?:(?:of|and|the|&)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&-]*){0,"
              + (LONGEST_NAME_WORDS - 1)
              + "}$");

  /** The masthead of the page made of {@code lines}, or null when it shows none. */
  static Masthead find(List<Line> lines, PageReaders readers) {
    Set<String> signatures = null;
    for (int i = 0; i < Math.min(FIRST_LINES, lines.size()); i++) {
      Line line = lines.get(i);
      String plain = line.plain();
      if (line.isProse()) {
        return null;
      }
      if (isAside(line, readers)) {
        continue; // a menu, a clock or a widget may stand above the name
      }
      if (!NAME_SHAPE.matcher(plain).matches()) {
        return null; // the headline or the report came first
      }
      String name = shouting(plain) ? DatelineReader.titleCase(plain) : plain;
      if (readers.outletDirectory().isPublicationName(name)) {
        return new Masthead(i, name);
      }
      signatures = signatures == null ? signatures(lines, readers) : signatures;
      // A person's name above the headline can sign the byline too: a site's name is longer.
      if (line.words() >= SIGNED_NAME_WORDS && signatures.contains(PageScan.key(name))) {
        return new Masthead(i, name);
      }
    }
    return null;
  }

  /** Whether {@code name} is this masthead's, as a byline would write it. */
  boolean names(String name) {
    return name != null && PageScan.key(name).equals(PageScan.key(this.name));
  }

  private static boolean isAside(Line line, PageReaders readers) {
    String plain = line.plain();
    return readers.furniture().isFurniture(line)
        || readers.dates().dateLine(plain) != null
        || readers.dates().isDateStub(plain);
  }

  /** The names the page's bylines sign with, as keys. */
  private static Set<String> signatures(List<Line> lines, PageReaders readers) {
    Set<String> names = new HashSet<>();
    for (Line line : lines) {
      Byline byline = readers.bylines().read(line.plain());
      if (byline != null) {
        for (String name : new String[] {byline.author(), byline.outlet()}) {
          if (name != null) {
            names.add(PageScan.key(name));
          }
        }
      }
    }
    return names;
  }

  /** A line in capitals only: a site's name, seldom written so in running text. */
  static boolean shouting(String text) {
    return text.equals(text.toUpperCase(Locale.ROOT)) && text.chars().anyMatch(Character::isLetter);
  }
}
