package org.attache.core.resolve;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.meta.ReportMeta;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.states.Place;

/** Readings with persons and events, written for the resolution tests. */
final class EventFixtures {
  private EventFixtures() {}

  static Person person(String name, String country) {
    return new Person(name, country, List.of(), List.of(new Mention(new Span(0, 1), name)));
  }

  static Event event(EventType type, String date, String place, String... namesThenStates) {
    List<Participant> ps = new ArrayList<>();
    List<String> states = new ArrayList<>();
    for (String s : namesThenStates) {
      if (s.length() == 2 && Character.isUpperCase(s.charAt(1))) {
        states.add(s);
      } else {
        ps.add(new Participant(s, "participant"));
      }
    }
    Place location = place == null ? null : new Place(place, states.get(0));
    return new Event(
        type,
        type.cameo(),
        date,
        location,
        ps,
        states.stream().sorted().toList(),
        null,
        EventStatus.HAPPENED,
        new Span(0, 1));
  }

  static Reading reading(String id, List<Person> persons, List<Event> events) {
    return reading(id, null, persons, events);
  }

  /** A reading of a report published on {@code published} (ISO), or of unknown date for null. */
  static Reading reading(String id, String published, List<Person> persons, List<Event> events) {
    return Reading.bare(
        id,
        id + ".txt",
        new ReportMeta(null, null, null, published, null, null, null),
        persons,
        events,
        "t");
  }

  static List<Occurrence> merge(List<Reading> readings) {
    return new EventMerger()
        .merge(readings, new PersonResolver().resolve(readings), ReprintFamilies.none());
  }
}
