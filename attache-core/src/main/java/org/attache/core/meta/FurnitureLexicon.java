package org.attache.core.meta;

import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Recognises site furniture lines from the phrase lists {@code furniture-lines.txt}, {@code
 * furniture-openings.txt}, {@code furniture-phrases.txt} and {@code furniture-notices.txt}, menus
 * of the section names in {@code furniture-sections.txt}, consent banners ending in a label of
 * {@code furniture-consent-buttons.txt}, plus the forms no list can hold: weather widgets ("14 C"),
 * menus, button rows, counters and lines of bare punctuation ("---").
 *
 * <p>Openings and phrases are only tested on short lines: a real paragraph that happens to contain
 * "terms of use" costs more to lose than a kept widget. Notices hold phrases no report uses.
 */
final class FurnitureLexicon {
  private static final int LONGEST_SHORT_LINE_WORDS = 15;
  private static final int SHORTEST_MENU_ITEMS = 3;
  private static final Pattern WEATHER =
      Pattern.compile("^(?:\\p{L}+\\s+)?[-+]?\\d{1,3}\\s*(?:°\\s*[CF]?|[CF])$");

  /** "Home › World › Asia", "News | Politics | Sport": three or more short capitalised items. */
  private static final String MENU_ITEM = "\\p{Lu}[\\p{L}&'’.-]*(?:\\s[\\p{L}&'’.-]+){0,2}";

  private static final Pattern MENU =
      Pattern.compile("^(?:" + MENU_ITEM + "\\s*[|›»>/•·]\\s*){2,}" + MENU_ITEM + "$");

  /** "Home World Defence Opinion": menu items a scrape joined with runs of spaces or tabs. */
  private static final Pattern SPACED_MENU =
      Pattern.compile("^(?:" + MENU_ITEM + "(?:\\s{2,}|\\t)){2,}" + MENU_ITEM + "$");

  /**
   * Counters and reading times: "12 comments", "Views: 1,204", "4 min read", "Read time: 2 min".
   */
  private static final Pattern COUNTER =
      Pattern.compile(
          "(?i)^(?:[\\d,.]+[kKmM]?\\s+(?:comments?|shares?|views?|likes?|reads?)"
              + "|(?:comments?|shares?|views?|likes?)\\s*[:(]?\\s*[\\d,.]+[kKmM]?\\)?"
              + "|\\d+\\s*[-–]?\\s*(?:min|mins|minutes?)\\.?\\s+read"
              + "|(?:estimated\\s+)?read(?:ing)?\\s+time\\s*:?\\s*(?:about\\s+)?\\d+\\s*"
              + "(?:min|mins|minutes?)\\.?)$");

  /** "2 hours ago", "Updated: 3 days ago": a relative clock says nothing of the report. */
  private static final Pattern RELATIVE_TIME =
      Pattern.compile(
          "(?i)^(?:(?:updated|published|posted)\\s*:?\\s*)?(?:\\d+|an?|one)\\s+"
              + "(?:sec|second|min|minute|hour|hr|day|week|month|year)s?\\s+ago$");

  /** A bare address that is not the report's: "pic.twitter.com/x1", "www.example.com/tag". */
  private static final Pattern BARE_ADDRESS = Pattern.compile("^(?:www\\.|pic\\.)\\S+$");

  /** "Follow us on X", "Follow Gulf News on Google News": calls to follow the site. */
  private static final Pattern FOLLOW =
      Pattern.compile("(?i)^follow\\s+(?:us\\b|(?:\\S+\\s+){1,3}on\\s)");

  private static final Pattern ITEM_SEPARATORS = Pattern.compile("[\\s|›»>/•·,]+");
  private static final Pattern NO_WORDS = Pattern.compile("^[^\\p{L}\\p{N}]*$");

  private final Set<String> lines;
  private final Set<String> sections;
  private final Pattern consentButton;
  private final Set<String> buttons;

  /** The bracketed button labels a banner's text ends in: "... its use. [Aceptar] [Más info]". */
  private static final Pattern TRAILING_LABELS =
      Pattern.compile("[.!?]\\s+((?:\\[[^\\]\\[]{1,40}\\]\\s*)+)$");

  private static final Pattern LABEL = Pattern.compile("\\[([^\\]]+)\\]");
  private final List<String> openings;
  private final List<String> phrases;
  private final List<String> notices;

  private FurnitureLexicon(
      Set<String> lines,
      Set<String> sections,
      List<String> buttons,
      List<String> openings,
      List<String> phrases,
      List<String> notices) {
    this.lines = lines;
    this.sections = sections;
    // A banner's text ends in its button's label: "... you agree to this. Accept".
    this.consentButton =
        Pattern.compile(
            "[.!?]\\s+(?i:"
                + String.join("|", buttons.stream().map(Pattern::quote).toList())
                + ")\\W*$");
    this.buttons =
        buttons.stream().map(b -> b.toLowerCase(Locale.ROOT)).collect(Collectors.toSet());
    this.openings = openings;
    this.phrases = phrases;
    this.notices = notices;
  }

  /**
   * Whether the text ends in bracketed labels one of which, in any of its languages, is a button.
   */
  private boolean endsInButtons(String text) {
    Matcher trailing = TRAILING_LABELS.matcher(text);
    if (!trailing.find()) {
      return false;
    }
    Matcher label = LABEL.matcher(trailing.group(1));
    while (label.find()) {
      for (String part : label.group(1).split("/")) {
        if (buttons.contains(part.strip().toLowerCase(Locale.ROOT))) {
          return true;
        }
      }
    }
    return false;
  }

  static FurnitureLexicon standard() {
    return new FurnitureLexicon(
        Set.copyOf(
            Lexicon.lowerCaseEntries("furniture-lines.txt").stream().map(e -> key(e)).toList()),
        Set.copyOf(Lexicon.lowerCaseEntries("furniture-sections.txt")),
        Lexicon.lowerCaseEntries("furniture-consent-buttons.txt"),
        Lexicon.lowerCaseEntries("furniture-openings.txt"),
        Lexicon.lowerCaseEntries("furniture-phrases.txt"),
        Lexicon.lowerCaseEntries("furniture-notices.txt"));
  }

  boolean isFurniture(Line line) {
    String text = line.plain();
    if (NO_WORDS.matcher(text).matches()
        || WEATHER.matcher(text).matches()
        || COUNTER.matcher(text).matches()
        || RELATIVE_TIME.matcher(text).matches()
        || BARE_ADDRESS.matcher(text).matches()
        || (line.words() <= LONGEST_SHORT_LINE_WORDS && FOLLOW.matcher(text).find())) {
      return true;
    }
    if (lines.contains(key(text))
        || MENU.matcher(text).matches()
        || SPACED_MENU.matcher(text).matches()
        || isButtonRow(text)) {
      return true;
    }
    String lower = text.toLowerCase(Locale.ROOT);
    if (notices.stream().anyMatch(lower::contains)
        || consentButton.matcher(text).find()
        || endsInButtons(text)) {
      return true;
    }
    // A line ending as a sentence does is kept: "Posted in Kabul, he trained cadets." is news.
    return line.words() <= LONGEST_SHORT_LINE_WORDS
        && !line.endsSentence()
        && (openings.stream().anyMatch(lower::startsWith)
            || phrases.stream().anyMatch(lower::contains));
  }

  /** Whether {@code name} is a site section's or a furniture word ("World", "Press Release"). */
  boolean isSectionName(String name) {
    String key = key(name);
    return sections.contains(key) || lines.contains(key);
  }

  /**
   * "Facebook Twitter WhatsApp Email": every item is a furniture word on its own; or "Home News
   * Security Politics": three or more items, each a furniture word or a site section's name.
   */
  private boolean isButtonRow(String text) {
    String[] items = ITEM_SEPARATORS.split(text.strip());
    if (items.length < 2) {
      return false;
    }
    boolean buttons = true;
    boolean menu = items.length >= SHORTEST_MENU_ITEMS;
    for (String item : items) {
      String key = key(item);
      buttons &= lines.contains(key);
      menu &= lines.contains(key) || sections.contains(key);
    }
    return buttons || menu;
  }

  /** Case, inner spacing, bullets and trailing punctuation do not tell furniture apart. */
  private static String key(String text) {
    return text.toLowerCase(Locale.ROOT)
        .replaceAll("^[\\s•·*>|-]+", "")
        .replaceAll("[\\s.:…!|»›>-]+$", "")
        .replaceAll("\\s+", " ");
  }
}
