package org.attache.core.time;

import java.util.Map;
import java.util.regex.Pattern;

/**
 * The word lists of the time tagger, and the regex templates written over them.
 *
 * <p>Example: {@code lexicon.compile("{MONTH}\\s+{DAY}")} matches "Sept. 12" and "March 3", and
 * {@code lexicon.month("Sept.")} is 9.
 */
final class TimeLexicon {
  private final WordList months = WordList.load("months.txt");
  private final WordList weekdays = WordList.load("weekdays.txt");
  private final WordList seasons = WordList.load("seasons.txt");
  private final WordList numbers = WordList.load("numbers.txt");
  private final WordList ordinals = WordList.load("ordinals.txt");
  private final WordList units = WordList.load("units.txt");
  private final WordList partsOfDay = WordList.load("parts-of-day.txt");
  private final WordList holidays = WordList.load("holidays.txt");
  private final WordList references = WordList.load("references.txt");
  private final WordList relations = WordList.load("relations.txt");
  private final WordList futureCues = WordList.load("future-cues.txt");
  private final WordList pastCues = WordList.load("past-cues.txt");
  private final WordList presentCues = WordList.load("present-cues.txt");
  private final WordList abbreviations = WordList.load("abbreviations.txt");
  private final WordList prepositionCues = WordList.load("preposition-cues.txt");
  private final WordList yearNeighbours = WordList.load("year-neighbours.txt");
  private final WordList durationNeighbours = WordList.load("duration-neighbours.txt");
  private final WordList setWords = WordList.load("set-words.txt");
  private final Map<String, String> placeholders =
      Map.ofEntries(
          Map.entry("{MONTH}", months.capitalisedAlternation()),
          Map.entry("{WEEKDAY}", weekdays.capitalisedAlternation()),
          Map.entry("{SEASON}", seasons.alternation()),
          Map.entry(
              "{NUMBER}", "(?:\\d+(?:\\.\\d+)?|" + compound() + "|" + numbers.alternation() + ")"),
          Map.entry("{ORDINAL}", "(?:\\d{1,2}(?:st|nd|rd|th)|" + ordinals.alternation() + ")"),
          Map.entry("{DAY}", "(?:[012]?\\d|3[01])(?:st|nd|rd|th)?"),
          Map.entry("{YEAR}", "(?:1[89]\\d\\d|20\\d\\d)"),
          Map.entry("{UNIT}", units.alternation()),
          Map.entry("{PART}", partsOfDay.alternation()),
          Map.entry("{HOLIDAY}", holidays.alternation()),
          Map.entry("{REF}", references.alternation()),
          Map.entry("{REL}", relations.alternation()),
          Map.entry("{SETWORD}", setWords.alternation()),
          // Word edges that also hold next to "Jan." and "mid-": no letter or digit beside.
          Map.entry("{S}", "(?<![\\p{L}\\p{N}])"),
          Map.entry("{E}", "(?![\\p{L}\\p{N}])"));

  /** "twenty-five", "thirty one": a tens word of numbers.txt, then a units word. */
  private String compound() {
    return numbers.alternation(v -> v.matches("[2-9]0"), false)
        + "[-\\s]"
        + numbers.alternation(v -> v.matches("[1-9]"), true);
  }

  /** Expands the placeholders of a rule's template and compiles it case-insensitively. */
  Pattern compile(String template) {
    String regex = template;
    for (Map.Entry<String, String> p : placeholders.entrySet()) {
      regex = regex.replace(p.getKey(), p.getValue());
    }
    return Pattern.compile(regex, Pattern.CASE_INSENSITIVE);
  }

  int month(String word) {
    return Integer.parseInt(months.get(word));
  }

  int weekday(String word) {
    return Integer.parseInt(weekdays.get(word));
  }

  String season(String word) {
    return seasons.get(word);
  }

  String partOfDay(String word) {
    return partsOfDay.get(word);
  }

  String holiday(String words) {
    return holidays.get(words);
  }

  String reference(String words) {
    return references.get(words);
  }

  int relation(String word) {
    return Integer.parseInt(relations.get(word));
  }

  /** The unit of a unit word: "decades" is {@code Quantity(10, "Y")}. */
  Quantity unit(String word) {
    String v = units.get(word);
    int letters = v.replaceAll("^\\d+", "").length();
    return new Quantity(
        Integer.parseInt(v.substring(0, v.length() - letters)), v.substring(v.length() - letters));
  }

  /** Amount and TIMEX3 unit letter of a unit word. */
  record Quantity(int amount, String unit) {}

  /** "twenty-five" is "25", "several" is "X", "2.5" stays "2.5", "a couple of" is "2". */
  String number(String words) {
    String w = WordList.normal(words.strip());
    if (Character.isDigit(w.charAt(0))) {
      return w.replace(",", "");
    }
    String known = numbers.get(w);
    if (known != null) {
      return known;
    }
    String[] parts = w.split("[-\\s]");
    return String.valueOf(
        Integer.parseInt(numbers.get(parts[0])) + Integer.parseInt(numbers.get(parts[1])));
  }

  /** "21st" and "twenty-first" are 21. */
  int ordinal(String word) {
    String w = WordList.normal(word);
    if (Character.isDigit(w.charAt(0))) {
      return Integer.parseInt(w.replaceAll("\\D", ""));
    }
    return Integer.parseInt(ordinals.get(w));
  }

  boolean futureCue(String word) {
    return futureCues.contains(word);
  }

  boolean pastCue(String word) {
    return pastCues.contains(word);
  }

  /** A present-tense verb of a scheduled event ("opens", "meet"), a weak sign of the future. */
  boolean presentCue(String word) {
    return presentCues.contains(word);
  }

  Tense prepositionCue(String word) {
    String side = prepositionCues.get(word);
    return side == null ? Tense.UNKNOWN : Tense.valueOf(side.equals("future") ? "FUTURE" : "PAST");
  }

  boolean yearNeighbour(String word) {
    return yearNeighbours.contains(word);
  }

  /** Whether a word on that side ("before" or "after") makes a bare "years" a duration. */
  boolean durationNeighbour(String word, String side) {
    return side.equals(durationNeighbours.get(word));
  }

  String setValue(String words) {
    return setWords.get(words);
  }

  /**
   * Whether a full stop after this word ends no sentence: "a.m.", "U.S.", "J.", "Sen.", "Sept.",
   * "Thu.".
   */
  boolean abbreviation(String word) {
    return word.contains(".")
        || word.length() == 1
        || abbreviations.contains(word)
        || months.contains(word + ".")
        || weekdays.contains(word + ".");
  }

  boolean isMonth(String word) {
    return months.contains(word);
  }
}
