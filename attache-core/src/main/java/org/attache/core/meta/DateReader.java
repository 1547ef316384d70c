package org.attache.core.meta;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Reads the calendar dates news pages write: {@code 2021-03-03}, {@code 02.12.2021}, {@code 23
 * March 2022}, {@code September 12, 2021}, {@code Dec 4}, with an optional weekday before and a
 * clock time or time zone after.
 */
final class DateReader {
  /** A date found in a text and where its match ends. */
  record Found(PartialDate date, int end) {}

  /** A line that is only a date; {@code weekday} marks the form site clocks use. */
  record DateLine(PartialDate date, boolean weekday) {}

  private static final String ORDINAL = "(?:st|nd|rd|th)?";

  /**
   * "Published" and "Updated" in the languages of European sites' English editions: Portuguese,
   * Spanish, French, German, Italian, Dutch, Turkish, Indonesian and Malay.
   */
  private static final String FOREIGN_LABELS =
      "atualizado|actualizado|publicado|publié|mis à jour|veröffentlicht|aktualisiert|stand"
          + "|pubblicato|aggiornato|gepubliceerd|bijgewerkt|yayınlanma tarihi|güncelleme"
          + "|diterbitkan|diperbarui|dikemaskini";

  /**
   * "at" before a clock time: English, Portuguese, French, Spanish, German, Italian, Dutch,
   * Estonian, Finnish, Scandinavian, Polish, Turkish, Indonesian and Malay, Russian.
   */
  private static final String CLOCK_WORDS =
      "at|às|à|a las|um|alle|om|kell|klo|kl\\.|o godz\\.|godz\\.|saat|pukul|jam|в";

  private static final Pattern LABEL =
      Pattern.compile(
          "^[#|*•\\s-]*(?:(?i:date|dated|published|posted|updated|last updated|modified|last modified|released|issued|"
              + FOREIGN_LABELS
              + ")(?:\\s+(?i:on|em|el|le|am|il|op))?\\s*:?\\s*)?");
  private static final String MERIDIEM = "(?i:[ap]\\.?m\\.?)?";
  private static final String UTC_OFFSET = "(?:UTC|GMT)\\s*(?:[+−-]\\s*\\d{1,2}(?::?\\d{2})?)?";
  private static final Pattern TAIL =
      Pattern.compile(
          "\\.?(?:(?:T|\\s*[,|•–—-]?\\s*(?i:(?:"
              + CLOCK_WORDS
              + ")\\s+)?)\\d{1,2}[:.h]\\d{2}"
              + "(?:[:.]\\d{2}(?:\\.\\d+)?)?\\s*(?i:uhr|hrs)?\\s*"
              + MERIDIEM
              + ")?"
              + "(?:Z|[+-]\\d{2}:?\\d{2})?"
              + "\\s*(?:\\(?"
              + UTC_OFFSET
              + "\\)?|[A-Z]{2,4})?"
              + "(?:\\s*[-–|,]?\\s*(?i:updated?|last updated|modified)\\b.*)?"
              + "[\\s|)*]*");

  /** "Updated 6:12 AM GMT+8, June 15, 2026": a page's clock time written before the date. */
  private static final Pattern LEADING_CLOCK =
      Pattern.compile(
          "\\d{1,2}:\\d{2}(?![\\d:])\\s*"
              + MERIDIEM
              + "\\s*(?:"
              + UTC_OFFSET
              + "|[A-Z]{2,4})?\\s*[,|•-]?\\s*");

  private static final Pattern CLOCK =
      Pattern.compile(
          "^[#|*\\s]*\\d{1,2}:\\d{2}(?::\\d{2})?\\s*" + MERIDIEM + "\\s*(?:[A-Z]{2,4})?$");
  private static final Pattern YEAR = Pattern.compile("^[#|*\\s-]*(?:19|20)\\d{2}[\\s|]*$");
  private static final Pattern EMPTY_LABEL =
      Pattern.compile("^(?i:date|dated|published|posted|updated|last updated|modified)\\s*:?$");

  private final Map<String, Integer> months;
  private final List<Pattern> forms;
  private final Pattern weekday;

  private DateReader(Map<String, Integer> months, List<String> weekdays) {
    this.months = Map.copyOf(months);
    String monthNames = alternation(months.keySet().stream().toList());
    String month = "(?<mon>(?i:" + monthNames + "))(?![\\p{L}])\\.?";
    // "11 de marzo de 2026", "16. März 2026": Spanish and Portuguese "de", a day's German period
    String year = "(?:(?:,\\s*|\\s+)(?:de\\s+)?(?<y>\\d{4}))?(?!\\d)";
    this.forms =
        List.of(
            Pattern.compile("(?<y>\\d{4})[-/.](?<m>\\d{1,2})[-/.](?<d>\\d{1,2})(?!\\d)"),
            Pattern.compile("(?<d>\\d{1,2})[./](?<m>\\d{1,2})[./](?<y>\\d{4})(?!\\d)"),
            Pattern.compile(
                "(?<d>\\d{1,2})" + ORDINAL + "\\.?\\s+(?:(?:of|de)\\s+)?" + month + year),
            Pattern.compile(
                month + "(?:\\s+|(?<=\\.)\\s*)(?<d>\\d{1,2})" + ORDINAL + "(?!\\d)" + year));
    this.weekday = Pattern.compile("(?i:" + alternation(weekdays) + ")(?![\\p{L}])\\.?,?\\s+");
  }

  /** Loads month and weekday names from the data files. */
  static DateReader standard() {
    Map<String, Integer> months = new HashMap<>();
    for (String entry : Lexicon.lowerCaseEntries("months.txt")) {
      String[] parts = entry.split("\\s+");
      for (int i = 1; i < parts.length; i++) {
        months.put(parts[i], Integer.parseInt(parts[0]));
      }
    }
    List<String> weekdays =
        Lexicon.lowerCaseEntries("weekdays.txt").stream()
            .flatMap(e -> List.of(e.split("\\s+")).stream())
            .toList();
    return new DateReader(months, weekdays);
  }

  /** The date that starts exactly at {@code from} in {@code s}, or null. */
  Found dateAt(String s, int from) {
    for (Pattern form : forms) {
      Matcher m = form.matcher(s).region(from, s.length());
      if (m.lookingAt()) {
        PartialDate date = dateOf(m, form == forms.get(1));
        if (date != null) {
          return new Found(date, m.end());
        }
      }
    }
    return null;
  }

  /** The date when everything from {@code from} to the end of {@code s} is one, else null. */
  DateLine dateLineFrom(String s, int from) {
    Matcher label = LABEL.matcher(s).region(from, s.length());
    int at = label.lookingAt() ? label.end() : from;
    Matcher clock = LEADING_CLOCK.matcher(s).region(at, s.length());
    if (clock.lookingAt()) {
      at = clock.end();
    }
    Matcher day = weekday.matcher(s).region(at, s.length());
    boolean hasWeekday = day.lookingAt();
    Found found = dateAt(s, hasWeekday ? day.end() : at);
    if (found == null) {
      return null;
    }
    Matcher tail = TAIL.matcher(s).region(found.end(), s.length());
    return tail.matches() ? new DateLine(found.date(), hasWeekday) : null;
  }

  /** The date when the whole line is one ({@code "Thursday April 25 2024"}), else null. */
  DateLine dateLine(String line) {
    return dateLineFrom(line, 0);
  }

  /** Whether {@code word} names a weekday or a month ("Thursday", "March"): no city does. */
  boolean isCalendarWord(String word) {
    String lower = word.toLowerCase(Locale.ROOT);
    return months.containsKey(lower) || weekday.matcher(lower + " ").matches();
  }

  /** Whether the line is a bare clock, year or empty date label ({@code "# 11:24"}). */
  boolean isDateStub(String line) {
    return CLOCK.matcher(line).matches()
        || YEAR.matcher(line).matches()
        || EMPTY_LABEL.matcher(line).matches();
  }

  private PartialDate dateOf(Matcher m, boolean dayFirstForm) {
    String y = m.group("y");
    Integer year = y == null ? null : Integer.valueOf(y);
    int day = Integer.parseInt(m.group("d"));
    if (hasGroup(m, "mon")) {
      return PartialDate.of(year, months.get(m.group("mon").toLowerCase(Locale.ROOT)), day);
    }
    int month = Integer.parseInt(m.group("m"));
    // Day first, as most of the world writes it; "04/25/2024" can only be month first.
    PartialDate dayFirst = PartialDate.of(year, month, day);
    return dayFirst != null || m.group().contains("-")
        ? dayFirst
        : PartialDate.of(year, day, month);
  }

  private static boolean hasGroup(Matcher m, String name) {
    return m.pattern().pattern().contains("(?<" + name + ">") && m.group(name) != null;
  }

  private static String alternation(List<String> names) {
    return names.stream()
        .sorted(Comparator.comparing(String::length).reversed())
        .map(Pattern::quote)
        .collect(Collectors.joining("|"));
  }
}
