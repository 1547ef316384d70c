package org.attache.core.persons;

import java.util.List;

/**
 * A person who acts in one report.
 *
 * <p>Example: {@code new Person("Zakir Hasanov", "AZ", List.of("Minister of Defense", "Colonel
 * General"), mentions)}
 *
 * @param name the fullest form of the name in the text, without titles or ranks
 * @param country ISO alpha-2 of the state the person serves, or null when the text does not say
 * @param titles offices and ranks as stated, most specific first
 * @param mentions every place the text names the person
 */
public record Person(String name, String country, List<String> titles, List<Mention> mentions) {
  public Person {
    titles = List.copyOf(titles);
    mentions = List.copyOf(mentions);
  }
}
