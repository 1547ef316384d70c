package org.attache.core.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.lexicon.LexiconFile;

/**
 * Reads byline lines: {@code "By Vugar Khalilov"}, {@code "By Samir Ali – Trend:"}, {@code "By
 * Azernews"}, {@code "BY JANE ROE | March 3, 2021"}, and the closing {@code "Reporting by Jane Roe;
 * Editing by ..."}. A byline naming an outlet ("By Trend", "By Harbour Defence Review") gives the
 * outlet, never an author; one naming a desk ("By Web Desk") gives neither.
 */
final class BylineReader {
  private static final String NAME_WORD = "\\p{Lu}[\\p{L}'’.-]*";
  private static final String NAME =
      "(?<name>"
          + NAME_WORD
          + "(?:\\s+(?:(?:de|da|van|von|al|bin|ul|el|der|la)\\s+)?"
          + NAME_WORD
          + "){0,3})";
  private static final Pattern BYLINE =
      Pattern.compile(
          "^(?:By|BY|Written by|Reported by|Author:|Authored by|Posted by)\\s+"
              + NAME
              + "(?:\\s+(?:and|&)\\s+"
              + NAME_WORD
              + "(?:\\s+"
              + NAME_WORD
              + "){0,3})?"
              + "(?:\\s+@\\w+)?"
              + "(?:\\s*(?:[–—,]|-(?=\\s)|\\bfor\\b)\\s*(?<outlet>\\p{Lu}[\\p{L}\\p{N}.&'’ -]{0,40}?))?"
              + "\\s*:?\\s*(?:[|•·]\\s*(?<rest>.*))?$");
  private static final Pattern CLOSING =
      Pattern.compile("^\\(?(?:Reporting|Additional reporting|Writing) by\\s+" + NAME + "\\b.*$");

  /**
   * A government readout's signature: "Attributed to Pentagon Press Secretary Jane Roe:", "The
   * following statement is attributed to Spokesperson Jane Roe".
   */
  private static final Pattern ATTRIBUTED =
      Pattern.compile(
          "^(?:The following (?:statement|readout|remarks?) (?:is|was|are|were) )?"
              + "(?i:attributed to)\\s+(?<who>[^:]+?)\\s*:?$");

  /**
   * The last words of office names ("Secretary", "Spokesperson", "Minister"): in an attribution the
   * holder's name follows the last of them.
   */
  private static final Set<String> OFFICE_ENDS = officeEnds();

  /**
   * A foreign byline label ("Por", "Autor:", "Par / By"), to be read as "By" when a name of two
   * words or more follows.
   */
  private static final Pattern FOREIGN =
      Pattern.compile(
          "^(?i:"
              + String.join("|", Lexicon.lowerCaseEntries("byline-labels.txt"))
              + ")\\s*(?::|/\\s*(?i:by)\\b)?\\s+(?=\\p{Lu}[\\p{L}'’.-]*\\s+\\p{Lu})");

  private final OutletDirectory outlets;
  private final DateReader dates;
  private final Set<String> generic;

  BylineReader(OutletDirectory outlets, DateReader dates, List<String> genericSources) {
    this.outlets = outlets;
    this.dates = dates;
    this.generic = Set.copyOf(genericSources);
  }

  /** The byline {@code line} states, or null when it is none. */
  Byline read(String line) {
    String text = FOREIGN.matcher(line.strip()).replaceFirst("By ");
    Matcher m = BYLINE.matcher(text);
    if (m.matches()) {
      return byline(m.group("name"), m.group("outlet"), m.group("rest"));
    }
    Matcher attributed = ATTRIBUTED.matcher(text);
    if (attributed.matches()) {
      String holder = holderOf(attributed.group("who"));
      return holder == null ? null : new Byline(person(holder), null, null);
    }
    Matcher closing = CLOSING.matcher(text);
    return closing.matches() ? new Byline(person(closing.group("name")), null, null) : null;
  }

  private Byline byline(String name, String outlet, String rest) {
    PartialDate date = null;
    if (rest != null) {
      DateReader.DateLine written = dates.dateLine(rest);
      if (written != null) {
        date = written.date();
      } else if (outlet == null && isOutletName(rest.strip())) {
        outlet = rest.strip(); // "By Jane Roe | Harbour Defence Review"
      } else {
        return null; // "By X | something else" is not a byline we understand
      }
    }
    String outletName = outlet == null || isGeneric(outlet) ? null : outlets.name(outlet);
    if (isGeneric(name)) {
      return new Byline(null, outletName, date);
    }
    String desk = siteOfDesk(name);
    if (desk != null) {
      return new Byline(null, outlets.name(desk), date); // "By Harbour Times Staff"
    }
    if (outlets.isKnown(name)
        || !name.contains(" ")
        || name.matches(".*\\.[A-Za-z]{2,4}")
        || outlets.signsAsPublication(name)) {
      return new Byline(null, outlets.name(name), date);
    }
    return new Byline(person(name), outletName, date);
  }

  /** The site of a desk byline ("Harbour Times Staff" gives "Harbour Times"), else null. */
  private String siteOfDesk(String name) {
    int space = name.lastIndexOf(' ');
    if (space < 0 || !isGeneric(name.substring(space + 1))) {
      return null;
    }
    String site = name.substring(0, space).strip();
    return isOutletName(site) ? site : null;
  }

  private boolean isOutletName(String name) {
    return outlets.isKnown(name) || outlets.isPublicationName(name);
  }

  private boolean isGeneric(String name) {
    return generic.contains(name.toLowerCase(Locale.ROOT).replaceAll("[^\\p{L} ]", "").strip());
  }

  /** The name after the last office word of "Pentagon Press Secretary Jane Roe", or null. */
  private static String holderOf(String who) {
    String[] words = who.strip().split("\\s+");
    int start = 0;
    for (int i = 0; i < words.length; i++) {
      if (OFFICE_ENDS.contains(words[i].toLowerCase(Locale.ROOT))) {
        start = i + 1;
      }
    }
    String name = String.join(" ", java.util.Arrays.copyOfRange(words, start, words.length));
    return words.length - start >= 2 && name.matches(NAME) ? name : null;
  }

  private static Set<String> officeEnds() {
    Set<String> ends = new java.util.HashSet<>();
    for (List<String> row :
        LexiconFile.rows(BylineReader.class, "/org/attache/core/persons/office-heads.txt")) {
      String[] words = row.get(0).toLowerCase(Locale.ROOT).split("[\\s-]+");
      ends.add(words[words.length - 1]);
    }
    return Set.copyOf(ends);
  }

  /** "JANE ROE" is written "Jane Roe"; a name in mixed case is kept as written. */
  private static String person(String name) {
    return name.equals(name.toUpperCase(Locale.ROOT)) ? DatelineReader.titleCase(name) : name;
  }
}
