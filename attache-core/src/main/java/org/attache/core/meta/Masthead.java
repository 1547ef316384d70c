package org.attache.core.meta;

import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * The site's own name printed above a report, as scraped pages keep it: a short line of capitalised
 * words among the first lines ({@code "The Harbour Review"}, {@code "NORTHERN DEFENCE TIMES"}). A
 * name no list knows counts as the site's when it is built as a publication's name, or when a
 * byline of the same page signs with it ({@code "Lakeside Strategic Affairs"} over {@code "By
 * Lakeside Strategic Affairs"}). Such a line is neither the headline nor a dateline.
 *
 * <p>Example: the page {@code "ORCHARD VALLEY GAZETTE\nNavies plan a joint drill\n..."} has the
 * masthead {@code Masthead(0, "Orchard Valley Gazette", -1)}. A motto under the name ("Your window
 * on the coast") is no headline either.
 *
 * @param index the line's place among the page's lines
 * @param name the site's name, in title case when the page shouts it
 * @param tagline the place of the site's motto under the name, -1 when there is none
 * @param byShape whether only the line's shape and place tell it (capitals, an office's name),
 *     weaker than a publication's name, a byline, or a copyright line
 */
record Masthead(int index, String name, int tagline, boolean byShape) {
  /** The masthead stands above the headline: only the first lines of a page can hold it. */
  private static final int FIRST_LINES = 3;

  private static final int LONGEST_NAME_WORDS = 6;
  private static final int TAGLINE_WORDS = 8;
  private static final int LONGEST_HEADLINE_WORDS = 20;
  private static final Pattern LATIN = Pattern.compile("\\p{IsLatin}");
  private static final Pattern EXPANSION_END = Pattern.compile("\\s+[—–·|-]\\s+.*$");
  private static final Pattern MOTTO = Pattern.compile("^\\p{Lu}[^\\p{Lu}:|]*$");
  private static final Pattern SECTION_AFTER =
      Pattern.compile("^(?<name>.+?)\\s+[|–—:-]\\s+\\p{Lu}[\\p{L}&-]*(?:\\s\\p{Lu}[\\p{L}&-]*)?$");
  private static final Pattern NAME_SHAPE =
      Pattern.compile(
          "^\\p{Lu}[\\p{L}\\p{N}'’&.-]*"
              + "(?:\\s+(?:(?:of|and|the|&|in|for|to)\\s+)?\\p{Lu}[\\p{L}\\p{N}'’&.-]*){0,"
              + (LONGEST_NAME_WORDS - 1)
              + "}$");

  /** The masthead of the page made of {@code lines}, or null when it shows none. */
  static Masthead find(List<Line> lines, PageReaders readers) {
    Set<String> signatures = null;
    Masthead shouted = null; // weaker evidence: taken only when no line is named as a site is
    OutletDirectory outlets = readers.outletDirectory();
    int seen = 0;
    for (int i = 0; i < lines.size() && seen < FIRST_LINES; i++) {
      Line line = lines.get(i);
      String plain = line.plain();
      if (isAside(line, readers)) {
        continue; // a menu, a clock, a widget or a cookie banner may stand above the name
      }
      seen++;
      if (line.isProse()) {
        return shouted;
      }
      String written = withoutSection(plain, outlets);
      if (!NAME_SHAPE.matcher(written).matches()) {
        return shouted; // the headline or the report came first
      }
      String name = shouting(written) ? DatelineReader.titleCase(written) : written;
      // Written in capitals it is no headline; otherwise "Strategic Defence Review" over the
      // report is one, unless a headline follows.
      if (outlets.isPublicationName(name)
          && (shouting(written) || hasHeadlineBelow(lines, i, readers))) {
        return at(lines, i, name, readers);
      }
      signatures = signatures == null ? signatures(lines, readers) : signatures;
      if (signatures.contains(PageScan.key(name))) {
        return at(lines, i, name, readers);
      }
      if (shouted == null
          && isShoutedSite(written, name, readers)
          && hasHeadlineBelow(lines, i, readers)) {
        shouted = at(lines, i, name, readers).inferred();
      }
    }
    return shouted;
  }

  /**
   * A name in capitals ("KESTREL") or an office's name ("U.S. Embassy in Freedonia") at the top of
   * the page: the site that prints the report, unless it is a known outlet (read as its outlet
   * line), a section's label ("WORLD") or a known city, which alone on its line is the dateline
   * ("NEW DELHI").
   */
  private static boolean isShoutedSite(String written, String name, PageReaders readers) {
    OutletDirectory outlets = readers.outletDirectory();
    return (shouting(written) || outlets.isPublishingBody(name))
        && !outlets.isKnown(name) // a known outlet's line is read as the outlet line it is
        && !readers.datelines().isKnownCity(name)
        && !readers.furniture().isSectionName(name);
  }

  private static Masthead at(List<Line> lines, int i, String name, PageReaders readers) {
    String spelled = spelledOut(lines, i, name);
    if (spelled != null) {
      return new Masthead(i, spelled, i + 1, false);
    }
    return new Masthead(i, name, isTagline(lines, i + 1, readers) ? i + 1 : -1, false);
  }

  /**
   * "ACP" over "Agence Carthage Presse — English Service": a name in initials with the name they
   * stand for on the next line; the site is the full name.
   */
  private static String spelledOut(List<Line> lines, int i, String name) {
    String letters = name.replace(".", "");
    if (i + 1 >= lines.size() || !letters.matches("\\p{Lu}{2,6}|\\p{Lu}\\p{Ll}{1,5}")) {
      return null;
    }
    String next = EXPANSION_END.matcher(lines.get(i + 1).plain().strip()).replaceFirst("");
    if (!NAME_SHAPE.matcher(next).matches()) {
      return null;
    }
    return initials(next).equalsIgnoreCase(letters) ? next : null;
  }

  private Masthead inferred() {
    return new Masthead(index, name, tagline, true);
  }

  /**
   * "Your window on the coast since 1998" under the name: a few words with no name in them, above
   * the headline. Headlines of news on states and forces name someone.
   */
  private static boolean isTagline(List<Line> lines, int i, PageReaders readers) {
    if (i >= lines.size()) {
      return false;
    }
    Line motto = lines.get(i);
    return motto.words() <= TAGLINE_WORDS
        && !motto.endsSentence()
        && MOTTO.matcher(motto.plain()).matches()
        && hasHeadlineBelow(lines, i, readers);
  }

  /**
   * Whether a headline-like line follows line {@code i} before the report begins: without one, a
   * capitalised line ending in "Review" or "Press" is the headline itself.
   */
  private static boolean hasHeadlineBelow(List<Line> lines, int i, PageReaders readers) {
    for (int j = i + 1; j < lines.size(); j++) {
      Line line = lines.get(j);
      if (isAside(line, readers)) {
        continue;
      }
      // Long headlines count twelve words and more, but do not end as sentences do.
      boolean headline = line.words() >= 3 && line.words() <= LONGEST_HEADLINE_WORDS;
      if (headline && !line.endsSentence() && line.plain().matches(".*(?<!\\p{L})\\p{Ll}.*")) {
        return true;
      }
      if (line.isProse()) {
        return false;
      }
    }
    return false;
  }

  /**
   * "The Steppe Tribune | News" is the name with the section after it; of "Ministry of Defence |
   * Republic of Freedonia" the name is the office's, whichever side it stands.
   */
  private static String withoutSection(String line, OutletDirectory outlets) {
    String[] sides = line.split("\\s+\\|\\s+");
    if (sides.length == 2) {
      for (String side : sides) {
        if (outlets.isPublishingBody(side.strip())) {
          return side.strip();
        }
      }
      // "한빛국방신문 | HANBIT DEFENCE TIMES": the name in another script, then in Latin letters
      for (int k = 0; k < 2; k++) {
        if (!LATIN.matcher(sides[k]).find() && LATIN.matcher(sides[1 - k]).find()) {
          return sides[1 - k].strip();
        }
      }
    }
    Matcher m = SECTION_AFTER.matcher(line);
    return m.matches() ? m.group("name") : line;
  }

  /** Whether a dateline's wire ("(SRP)") is this site's name in initials ("Silver River Press"). */
  boolean abbreviatedAs(String wire) {
    if (wire == null || wire.length() < 2 || !wire.equals(wire.toUpperCase(Locale.ROOT))) {
      return false;
    }
    return initials(name).equals(wire.replace(".", ""));
  }

  /** The first letters of a name's capitalised words: "Silver River Press" is "SRP". */
  private static String initials(String name) {
    StringBuilder out = new StringBuilder();
    for (String word : name.split("\\s+")) {
      if (!word.isEmpty() && Character.isUpperCase(word.charAt(0))) {
        out.append(word.charAt(0));
      }
    }
    return out.toString();
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
