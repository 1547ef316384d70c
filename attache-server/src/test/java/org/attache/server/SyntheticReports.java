package org.attache.server;

import java.util.List;
import java.util.Random;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.states.Place;

/**
 * Many small generated reports with events, for load: every report names two officials of two
 * states who meet, drill or sign, in a year from 2015 to 2024. Seeded, so runs compare.
 */
final class SyntheticReports {
  private static final String[][] STATES = {
    {"AZ", "Azerbaijan", "Baku"}, {"PK", "Pakistan", "Islamabad"}, {"TR", "Turkiye", "Ankara"},
    {"UZ", "Uzbekistan", "Tashkent"}, {"KZ", "Kazakhstan", "Astana"}, {"GE", "Georgia", "Tbilisi"}
  };
  private static final String[] GIVEN = {"Anar", "Kamran", "Murat", "Timur", "Levan", "Aslan"};
  private static final String[] FAMILY = {"Rustamov", "Qureshi", "Demir", "Karimov", "Beridze"};
  private static final EventType[] TYPES = {
    EventType.MEETING, EventType.VISIT, EventType.EXERCISE, EventType.AGREEMENT, EventType.TRAINING
  };

  private SyntheticReports() {}

  static TestReports generate(int reports, long seed) {
    Random random = new Random(seed);
    TestReports out = new TestReports();
    for (int i = 0; i < reports; i++) {
      String[] a = STATES[random.nextInt(STATES.length)];
      String[] b = STATES[(indexOf(a) + 1 + random.nextInt(STATES.length - 1)) % STATES.length];
      String day =
          String.format(
              "%d-%02d-%02d",
              2015 + random.nextInt(10), 1 + random.nextInt(12), 1 + random.nextInt(28));
      String first = GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[indexOf(a) % FAMILY.length];
      String second =
          GIVEN[random.nextInt(GIVEN.length)] + " " + FAMILY[indexOf(b) % FAMILY.length];
      EventType type = TYPES[random.nextInt(TYPES.length)];
      String text =
          "Officials of "
              + a[1]
              + " and "
              + b[1]
              + " hold defence talks\n\n"
              + a[2].toUpperCase()
              + ", "
              + day
              + ". General "
              + first
              + " of "
              + a[1]
              + " and Colonel "
              + second
              + " of "
              + b[1]
              + " held talks in "
              + a[2]
              + " on "
              + day
              + ". The sides agreed"
              + " to meet again next year.\n";
      Person p1 = new Person(first, a[0], List.of("General"), List.of(mention(text, first)));
      Person p2 = new Person(second, b[0], List.of("Colonel"), List.of(mention(text, second)));
      Span evidence = TestReports.sentence(text, "held talks");
      Event e =
          new Event(
              type,
              type.cameo(),
              day,
              new Place(a[2], a[0]),
              List.of(new Participant(first, "host"), new Participant(second, "guest")),
              List.of(a[0], b[0]).stream().sorted().toList(),
              null,
              EventStatus.HAPPENED,
              evidence);
      out.add(
          String.format("syn%013d", i),
          text,
          day,
          "Synthetic Wire",
          new TestReports.Found(List.of(p1, p2), List.of(), List.of(), List.of(e)));
    }
    return out;
  }

  private static int indexOf(String[] state) {
    for (int i = 0; i < STATES.length; i++) {
      if (STATES[i] == state) {
        return i;
      }
    }
    throw new IllegalArgumentException();
  }

  private static Mention mention(String text, String name) {
    return new Mention(TestReports.at(text, name), name);
  }
}
