package org.attache.core.meta;

import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;

/**
 * The news outlets Attaché knows by name ({@code outlets.txt}) and the rules that turn an outlet as
 * a page writes it into its name: {@code "REPORT.AZ"} is {@code "Report"}, {@code "Azernews.Az"} is
 * {@code "Azernews"}.
 */
final class OutletDirectory {
  private static final Pattern DOMAIN_SUFFIX = Pattern.compile("(?i)\\.(?:[a-z]{2,4})$");
  private static final Pattern NAME =
      Pattern.compile(
          "(?:The\\s)?[A-Z][\\p{L}\\p{N}&'’.-]*(?:\\s(?:of\\s)?[A-Z][\\p{L}\\p{N}&'’.-]*){0,3}");

  private final Map<String, String> canonical;
  private final Set<String> institutionWords;
  private final Set<String> outletWords;
  private final Set<String> surnameWords;
  private final Set<String> bodyWords;

  private OutletDirectory(
      Map<String, String> canonical,
      Set<String> institutionWords,
      Set<String> outletWords,
      Set<String> surnameWords,
      Set<String> bodyWords) {
    this.canonical = Map.copyOf(canonical);
    this.bodyWords = Set.copyOf(bodyWords);
    this.institutionWords = Set.copyOf(institutionWords);
    this.outletWords = Set.copyOf(outletWords);
    this.surnameWords = Set.copyOf(surnameWords);
  }

  static OutletDirectory standard(List<String> institutionWords) {
    Map<String, String> canonical = new HashMap<>();
    for (String entry : Lexicon.entries("outlets.txt")) {
      String[] names = entry.split("\\|");
      String name = names[0].strip();
      for (String alias : names) {
        canonical.putIfAbsent(key(alias), name);
      }
    }
    return new OutletDirectory(
        canonical,
        Set.copyOf(institutionWords),
        Set.copyOf(Lexicon.lowerCaseEntries("outlet-words.txt")),
        Set.copyOf(Lexicon.lowerCaseEntries("outlet-surname-words.txt")),
        Set.copyOf(Lexicon.lowerCaseEntries("publishing-bodies.txt")));
  }

  /**
   * Whether a name beside a date or after "By" is an outlet's rather than a person's: a known
   * outlet, one word ("TurkicWorld"), a domain, or a name with a word such as News or Times.
   */
  boolean soundsLikeOutlet(String name) {
    String stripped = name.strip();
    if (isKnown(stripped) || !stripped.contains(" ") || stripped.matches(".*\\.[A-Za-z]{2,4}")) {
      return true;
    }
    for (String word : stripped.toLowerCase(Locale.ROOT).split("\\s+")) {
      if (outletWords.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /**
   * Whether {@code name} is built as a publication's name: capitalised words ending in a word such
   * as Herald, Review or Watch ("The Harbour Review"), or opening with "Daily" ("Daily Lantern").
   * Holds for outlets no list knows.
   */
  boolean isPublicationName(String name) {
    if (name == null || !NAME.matcher(name.strip()).matches()) {
      return false;
    }
    String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    int first = words[0].equals("the") ? 1 : 0;
    return words.length - first >= 2
        && (outletWords.contains(words[words.length - 1]) || words[first].equals("daily"));
  }

  /**
   * Whether a byline's {@code name} is a publication's rather than a person's: "By Li Sun" and "By
   * Emma Post" sign people, "By Harbour Post" or "By The Sun" a site. Two words ending in a word
   * that is also a surname are read as a person's name.
   */
  boolean signsAsPublication(String name) {
    if (!isPublicationName(name)) {
      return false;
    }
    String[] words = name.strip().toLowerCase(Locale.ROOT).split("\\s+");
    return words.length != 2 || words[0].equals("the") || !surnameWords.contains(words[1]);
  }

  /**
   * Whether {@code name} is an office's that publishes on its own site ("Ministry of Defence",
   * "U.S. Embassy in Freedonia", "Joint Forces Command"): capitalised words with a word of {@code
   * publishing-bodies.txt}. A government or a state as a whole ("Republic of Freedonia") is not.
   */
  boolean isPublishingBody(String name) {
    if (name == null || name.isBlank() || !Character.isUpperCase(name.strip().charAt(0))) {
      return false;
    }
    return hasWordOf(name, bodyWords);
  }

  private static boolean hasWordOf(String name, Set<String> words) {
    for (String word : name.toLowerCase(Locale.ROOT).split("[\\s,]+")) {
      if (words.contains(word)) {
        return true;
      }
    }
    return false;
  }

  /** Whether {@code name} (as written, a domain suffix allowed) is a known outlet. */
  boolean isKnown(String name) {
    return name != null && canonical.containsKey(key(withoutDomain(name)));
  }

  /**
   * The outlet's name as the text writes it, without a domain suffix; an all-capitals form of a
   * known outlet takes the known spelling. Returns null when {@code raw} cannot be an outlet's
   * name.
   */
  String name(String raw) {
    if (raw == null) {
      return null;
    }
    String name = withoutDomain(raw.strip().replaceAll("^[/(\\s]+|[/):,.\\s]+$", ""));
    if (name.isEmpty() || !Character.isLetter(name.charAt(0))) {
      return null;
    }
    String known = canonical.get(key(name));
    boolean shouting = name.equals(name.toUpperCase(Locale.ROOT)) && name.length() > 4;
    return known != null && shouting ? known : name;
  }

  /**
   * Whether {@code name} looks like an outlet's name: capitalised words, not an institution, unless
   * it is built as a publication's name ("Harbour Defence Review" names a site, not a ministry).
   */
  boolean couldBeOutlet(String name) {
    if (name == null || !NAME.matcher(name).matches()) {
      return false;
    }
    if (isPublicationName(name)) {
      return true;
    }
    return !hasWordOf(name, institutionWords);
  }

  private static String withoutDomain(String name) {
    return name.contains(" ") ? name : DOMAIN_SUFFIX.matcher(name).replaceFirst("");
  }

  private static String key(String name) {
    return name.strip().toLowerCase(Locale.ROOT).replaceAll("[^\\p{L}\\p{N}]+", " ").strip();
  }
}
