package org.attache.core.events;

import java.util.Comparator;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.stream.Stream;
import org.attache.core.lexicon.LexiconFile;

/**
 * The weapon systems a sentence names and the states that make them, from {@code systems.txt}.
 *
 * <p>Example: in "Baku wants JF-17 Thunder jets", {@code first} is the system "JF-17" and {@code
 * makers} is {@code [PK]}.
 */
final class WeaponSystems {
  private static final WeaponSystems STANDARD = new WeaponSystems("systems.txt");

  /** One system: the name arms events give it, its maker, and a pattern for all its names. */
  record WeaponSystem(String name, String maker, Pattern pattern) {}

  private record Found(WeaponSystem system, int start) {}

  private final List<WeaponSystem> systems;

  private WeaponSystems(String resource) {
    systems =
        LexiconFile.rows(WeaponSystems.class, resource).stream()
            .map(
                row ->
                    new WeaponSystem(row.get(1), row.get(0), pattern(row.subList(1, row.size()))))
            .toList();
  }

  static WeaponSystems standard() {
    return STANDARD;
  }

  private static Pattern pattern(List<String> names) {
    String any =
        names.stream()
            .sorted(Comparator.comparingInt(String::length).reversed())
            .map(Pattern::quote)
            .reduce((a, b) -> a + "|" + b)
            .orElseThrow();
    return Pattern.compile("(?<![\\w-])(?:" + any + ")s?(?![\\w-])");
  }

  /** The makers of the systems the text names, in the order of the file. */
  Set<String> makers(String text) {
    Set<String> out = new LinkedHashSet<>();
    found(text).forEach(f -> out.add(f.system().maker()));
    return out;
  }

  /** The system the text names first, if any. */
  Optional<WeaponSystem> first(String text) {
    return found(text).min(Comparator.comparingInt(Found::start)).map(Found::system);
  }

  private Stream<Found> found(String text) {
    return systems.stream()
        .map(
            s -> {
              Matcher m = s.pattern().matcher(text);
              return m.find() ? new Found(s, m.start()) : null;
            })
        .filter(f -> f != null);
  }
}
