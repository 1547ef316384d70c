package org.attache.core.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the dateline at the start of a line, in the forms agencies use: {@code "BAKU, Azerbaijan,
 * October 28."}, {@code "New Delhi, Dec 4 (IANS)"}, {@code "ISLAMABAD/BAKU –"}, {@code "Baku. 1
 * May. REPORT.AZ/"}, {@code "Tokyo, March 24 (Jiji Press)--"}, {@code "Magelang, The Gulf
 * Observer:"}, or a city alone on its line ({@code "ISTANBUL"}, or a known city as a name: {@code
 * "Karachi"}).
 */
final class DatelineReader {
  // letters of any script's capitals: "VÕRU", "HRAUNVÍK", "Tromsø"
  private static final String CAPS_WORD = "\\p{Lu}[\\p{Lu}'’-]+";
  private static final String TITLE_WORD = "\\p{Lu}[\\p{Ll}'’-]+";
  private static final Pattern CITY =
      Pattern.compile(
          "(?<caps>"
              + CAPS_WORD
              + "(?:[ /]"
              + CAPS_WORD
              + "){0,3})(?!\\p{Ll})"
              + "|(?<title>"
              + TITLE_WORD
              + "(?:[ /-]"
              + TITLE_WORD
              + "){0,2})(?!\\p{Ll})");
  private static final Pattern COUNTRY =
      Pattern.compile(
          "\\s*,\\s*[A-Z][A-Za-z]+(?:\\s[A-Z][A-Za-z]+)?(?=\\s*(?:,|\\(|--|[–—:]|-\\s))");
  private static final Pattern DATE_OPENING = Pattern.compile("\\s*[,.]\\s*");
  private static final Pattern OUTLET =
      Pattern.compile(
          "\\s*\\((?<paren>[A-Z][\\p{L}&.' -]{1,40})\\)"
              + "|\\s*/(?<slash>[A-Z][\\p{L} -]{1,30})/\\.?"
              + "|\\s+(?<domain>[A-Z][A-Za-z]+\\.[A-Za-z]{2,3})/"
              + "|\\s*,\\s*(?<named>(?:The\\s)?[A-Z][\\p{L}&'’.]*(?:\\s[A-Z][\\p{L}&'’.]*){0,3})\\s*:(?!\\S)"
              + "|\\s*,\\s*(?<wire>[A-Z]{3,}(?:\\.[A-Za-z]{2,3})?)(?![\\p{L}])\\.?"
              + "|\\s+(?<bare>[A-Z][\\p{L}]+(?:\\s[A-Z][\\p{L}]+)?)(?=\\s*(?:--|[–—:]|-\\s))");
  private static final Pattern SEPARATOR = Pattern.compile("\\s*(?:--|[–—:]|-(?=\\s))");
  private static final Pattern DOT = Pattern.compile("\\s*\\.(?=\\s|$)");

  private static final int SHORTEST_PARAGRAPH_WORDS = 8;

  private final DateReader dates;
  private final OutletDirectory outlets;
  private final Set<String> notCities;
  private final Set<String> cities;

  DatelineReader(
      DateReader dates, OutletDirectory outlets, List<String> notCities, List<String> cities) {
    this.dates = dates;
    this.outlets = outlets;
    this.notCities = Set.copyOf(notCities);
    this.cities = Set.copyOf(cities);
  }

  /** The dateline that opens {@code line}, or null when it has none. */
  Dateline read(String line) {
    return read(line, true);
  }

  /**
   * The dateline that opens {@code line}, or null. Above the headline a word in capitals alone on
   * its line is a section's label ("NAVAL", "PRESS RELEASE"), unless it is a known city.
   */
  Dateline read(String line, boolean belowHeadline) {
    Matcher city = CITY.matcher(line);
    if (!city.lookingAt()) {
      return null;
    }
    boolean caps = city.group("caps") != null;
    String name = caps ? city.group("caps") : city.group("title");
    if (isInstitution(name) || isCalendar(name)) {
      return null;
    }
    int at = city.end();
    Matcher country = COUNTRY.matcher(line).region(at, line.length());
    int afterCountry = country.lookingAt() ? country.end() : at;
    at = afterCountry;
    PartialDate date = null;
    Matcher opening = DATE_OPENING.matcher(line).region(afterCountry, line.length());
    if (opening.lookingAt()) {
      DateReader.Found found = dates.dateAt(line, opening.end());
      if (found != null) {
        date = found.date();
        at = skipDot(line, found.end());
      }
    }
    Matcher outlet = OUTLET.matcher(line).region(at, line.length());
    String outletName = null;
    if (outlet.lookingAt() && isRegion(outlet)) {
      at = outlet.end(); // "RESENDE (RJ) –": the city's state or province, not an agency
    } else if (outlet.lookingAt() && isOutlet(outlet, date != null)) {
      outletName = firstGroup(outlet, "paren", "slash", "domain", "named", "wire", "bare");
      at = outlet.end();
    }
    Matcher separator = SEPARATOR.matcher(line).region(at, line.length());
    boolean separated = separator.lookingAt();
    if (separated) {
      at = separator.end();
    }
    String rest = line.substring(at);
    boolean valid =
        date != null
            || outletName != null
            || (caps && separated && words(name) <= 3)
            || (caps && rest.isBlank() && words(name) <= 3 && (belowHeadline || isKnownCity(name)))
            // "Karachi" alone on the line under the byline: a known city written as a name
            || (!caps && rest.isBlank() && isKnownCity(name))
            || (separated && isKnownCity(name) && words(rest) >= SHORTEST_PARAGRAPH_WORDS);
    return valid ? new Dateline(at, titleCase(name), date, outletName) : null;
  }

  /**
   * Two capitals in brackets after a city ("Resende (RJ)", "Austin (TX)") that no list knows as an
   * agency are the city's state or province.
   */
  private boolean isRegion(Matcher outlet) {
    String paren = outlet.group("paren");
    return paren != null && paren.matches("\\p{Lu}{2}") && !outlets.isKnown(paren);
  }

  /** A wire name after a comma needs a date before it or a known name; a bare name, a known one. */
  private boolean isOutlet(Matcher outlet, boolean dated) {
    if (outlet.group("wire") != null) {
      return dated || outlets.isKnown(outlet.group("wire"));
    }
    return outlet.group("bare") == null || outlets.isKnown(outlet.group("bare"));
  }

  /** Whether {@code name} is a city of {@code dateline-cities.txt}, in any case. */
  boolean isKnownCity(String name) {
    return cities.contains(name.toLowerCase(Locale.ROOT));
  }

  /**
   * "Thursday, 4 December" opens a site's clock, not a dateline; a calendar word later in a name is
   * a city's ("SANTO DOMINGO").
   */
  private boolean isCalendar(String name) {
    return dates.isCalendarWord(name.split("[ /-]")[0]);
  }

  private static int skipDot(String line, int at) {
    Matcher dot = DOT.matcher(line).region(at, line.length());
    return dot.lookingAt() ? dot.end() : at;
  }

  private boolean isInstitution(String name) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[ /-]")) {
      if (notCities.contains(word)) {
        return true;
      }
    }
    return false;
  }

  private static String firstGroup(Matcher m, String... names) {
    for (String name : names) {
      if (m.group(name) != null) {
        return m.group(name).strip();
      }
    }
    return null;
  }

  private static int words(String name) {
    return name.isBlank() ? 0 : name.strip().split("[ /]+").length;
  }

  /** "NEW DELHI" gives "New Delhi", "ISLAMABAD/BAKU" gives "Islamabad/Baku". */
  static String titleCase(String name) {
    return Pattern.compile("\\p{L}+")
        .matcher(name)
        .replaceAll(
            m ->
                m.group().substring(0, 1).toUpperCase(Locale.ROOT)
                    + m.group().substring(1).toLowerCase(Locale.ROOT));
  }
}
