package org.attache.core.meta;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads byline lines: {@code "By Vugar Khalilov"}, {@code "By Samir Ali – Trend:"}, {@code "By
 * Azernews"}. A byline naming an outlet ("By Trend") gives the outlet, never an author.
 */
final class BylineReader {
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:By|BY|Written by|Reported by|Author:|Authored by)\\s+"
              + "(?<name>"
              + NAME_WORD
              + "(?:\\s+(?:(?:de|van|von|al|bin|ul|el)\\s+)?"
              + NAME_WORD
              + "){0,3})"
              + "(?:\\s*(?:[–—|,]|-(?=\\s)|\\bfor\\b)\\s*(?<outlet>\\p{Lu}[\\p{L}\\p{N}.&'’ -]{0,40}?))?"
              + "\\s*:?\\s*$");

  private final OutletDirectory outlets;

  BylineReader(OutletDirectory outlets) {
    this.outlets = outlets;
  }

  /** The byline {@code line} states, or null when it is none. */
  Byline read(String line) {
    Matcher m = BYLINE.matcher(line.strip());
    if (!m.matches()) {
      return null;
    }
    String name = m.group("name");
    String outlet = outlets.name(m.group("outlet"));
    if (outlets.isKnown(name) || !name.contains(" ") || name.matches(".*\\.[A-Za-z]{2,4}")) {
      return new Byline(null, outlets.name(name));
    }
    return new Byline(name, outlet);
  }
}
