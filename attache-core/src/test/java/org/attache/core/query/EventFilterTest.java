package org.attache.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static Occurrence o(
      String id, EventType type, String date, String person, String... states) {
    List<OccurrenceParticipant> ps =
        person == null ? List.of() : List.of(new OccurrenceParticipant("p-1", person, "host"));
    return new Occurrence(
        id,
        type,
        type.cameo(),
        date,
        null,
        null,
        List.of(states),
        ps,
        null,
        EventStatus.HAPPENED,
        List.of(new OccurrenceReport("r", 0, new Span(0, 1), date)),
        1);
  }

  private static final Resolution R =
      new Resolution(
          List.of(
              new ResolvedPerson(
                  "p-1",
                  "Tural Mammadli",
                  "AZ",
                  List.of(),
                  List.of("Tural Mammadli", "Mammadli"),
                  List.of("r"))),
          ReprintFamilies.none(),
          List.of(
              o("a", EventType.MEETING, "2023-10-28", "Tural Mammadli", "AZ", "PK"),
              o("b", EventType.EXERCISE, "2019", null, "AZ", "TR"),
              o("c", EventType.MEETING, null, null, "AZ", "PK"),
              o("d", EventType.VISIT, "2021-02", null, "PK", "TR")));

  private static List<String> ids(EventFilter f) {
    return f.apply(R).stream().map(Occurrence::id).toList();
  }

  @Test
  void filtersByBothStatesAndType() {
    assertThat(ids(new EventFilter("az", "PK", "meeting", null, null, null)))
        .containsExactly("a", "c");
  }

  @Test
  void yearsLeaveUndatedEventsOut() {
    assertThat(ids(new EventFilter(null, null, null, 2020, 2024, null))).containsExactly("d", "a");
  }

  @Test
  void findsAPersonByAnyOfTheirNames() {
    assertThat(ids(new EventFilter(null, null, null, null, null, "mammadli"))).containsExactly("a");
  }

  @Test
  void noFilterGivesEverythingByDate() {
    assertThat(ids(EventFilter.any())).containsExactly("b", "d", "a", "c");
  }
}
