package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.core.events.EventType.AGREEMENT;
import static org.attache.core.events.EventType.MEETING;
import static org.attache.core.resolve.EventFixtures.event;
import static org.attache.core.resolve.EventFixtures.merge;
import static org.attache.core.resolve.EventFixtures.person;
import static org.attache.core.resolve.EventFixtures.reading;

import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Random;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attache.core.events.Event;
import org.attache.core.events.EventType;
import org.attache.core.read.Reading;

class EventMergerPropertiesTest {
  private static final List<String> NAMES =
      List.of("Tural Mammadli", "Mammadli", "Omar Siddiqui", "O. Siddiqui", "Bilal Qureshi");
  private static final List<String> DATES =
      List.of("2023-10-28", "XXXX-10-28", "2023-10", "2023", "2022-10-28", "2014-WI");

  @Property(tries = 200)
  void occurrencesDoNotDependOnTheOrderReportsArriveIn(
      @ForAll("readings") List<Reading> readings, @ForAll long seed) {
    List<Reading> shuffled = new ArrayList<>(readings);
    Collections.shuffle(shuffled, new Random(seed));
    assertThat(merge(shuffled)).isEqualTo(merge(readings));
  }

  @Property(tries = 200)
  void everyReportedEventBelongsToExactlyOneOccurrence(@ForAll("readings") List<Reading> readings) {
    long events = readings.stream().mapToLong(r -> r.events().size()).sum();
    List<Occurrence> out = merge(readings);
    assertThat(out.stream().mapToLong(o -> o.reports().size()).sum()).isEqualTo(events);
    out.forEach(
        o ->
            assertThat(o.reports().stream().map(OccurrenceReport::document).distinct().count())
                .isEqualTo(o.reports().size()));
  }

  @Provide
  Arbitrary<List<Reading>> readings() {
    Arbitrary<Event> events =
        Combinators.combine(
                Arbitraries.of(MEETING, AGREEMENT),
                Arbitraries.of(DATES).injectNull(0.2),
                Arbitraries.of(NAMES).list().ofMaxSize(2).uniqueElements(),
                Arbitraries.of(List.of("AZ", "PK"), List.of("AZ", "TR")))
            .as(EventMergerPropertiesTest::event2);
    Arbitrary<List<Event>> perReport = events.list().ofMinSize(1).ofMaxSize(3);
    return perReport
        .list()
        .ofMinSize(1)
        .ofMaxSize(6)
        .map(
            lists -> {
              List<Reading> out = new ArrayList<>();
              for (int i = 0; i < lists.size(); i++) {
                out.add(reading("r" + i, persons(lists.get(i)), lists.get(i)));
              }
              return out;
            });
  }

  private static Event event2(
      EventType type, String date, List<String> names, List<String> states) {
    List<String> args = new ArrayList<>(names);
    args.addAll(states);
    return event(type, date, null, args.toArray(String[]::new));
  }

  private static List<org.attache.core.persons.Person> persons(List<Event> events) {
    return events.stream()
        .flatMap(e -> e.participants().stream())
        .map(p -> p.name())
        .distinct()
        .map(n -> person(n, n.contains("Mammadli") ? "AZ" : "PK"))
        .toList();
  }
}
