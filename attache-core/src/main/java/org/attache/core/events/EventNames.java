package org.attache.core.events;

import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Reads the name an event goes by: an exercise's ("Three Brothers - 2021", "Varuna 2023", "Sea
 * Concord-2023"), a document's ("Baku Declaration", "Defence Cooperation Agreement"), an arms
 * deal's by the system it is for ("JF-17", "K2").
 *
 * <p>Example: "the navies began Varuna 2023 off Goa" names the exercise "Varuna 2023".
 */
final class EventNames {
  private static final String WORD = "\\p{Lu}[\\p{L}’'-]*";
  private static final Pattern EXERCISE =
      Pattern.compile(
          "[\"“]?((?:"
              + WORD
              + "\\s+){0,3}"
              + WORD
              + "(?:\\s?[-–]\\s?|\\s)(?:19|20)\\d\\d)\\b[\"”]?");
  private static final Pattern QUOTED = Pattern.compile("[\"“]([^\"”]{3,60})[\"”]");
  private static final Pattern DOCUMENT =
      Pattern.compile(
          "((?:"
              + WORD
              + "\\s+){1,6}(?:Declaration|Agreement|Accord|Treaty|Protocol|Memorandum"
              + "|Charter|Pact|Roadmap)(?:\\s+of\\s+(?:"
              + WORD
              + "\\s?){1,4})?)");

  private EventNames() {}

  static String of(EventDraft d) {
    String text = d.sentence().text();
    return switch (d.type()) {
      case EXERCISE -> first(EXERCISE, text).orElseGet(() -> first(QUOTED, text).orElse(null));
      case AGREEMENT -> first(DOCUMENT, text).orElse(null);
      case ARMS ->
          WeaponSystems.standard().first(text).map(WeaponSystems.WeaponSystem::name).orElse(null);
      default -> null;
    };
  }

  private static java.util.Optional<String> first(Pattern p, String text) {
    Matcher m = p.matcher(text);
    while (m.find()) {
      String name = m.group(1).strip();
      if (!name.matches("(?i)(?:in|on|since|by|from|of|the|until)\\s.*")) {
        return java.util.Optional.of(name);
      }
    }
    return java.util.Optional.empty();
  }
}
