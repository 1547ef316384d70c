package org.attache.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.Place;
import org.junit.jupiter.api.Test;

class EventOccurrencesTest {
  private static final String TEXT = "Karimov met Noor in Baku on 3 May 2023.";

  private static Reading reading(String id, String date) {
    return reading(id, date, new Place("Baku", "AZ"));
  }

  private static Reading reading(String id, String date, Place place) {
    Event e =
        new Event(
            EventType.MEETING,
            "040",
            date,
            place,
            List.of(new Participant("Arif Karimov", "participant")),
            List.of("AZ", "PK"),
            null,
            EventStatus.HAPPENED,
            new Span(0, TEXT.length()));
    return new Reading(
        id,
        id + ".txt",
        id,
        ReportMeta.EMPTY,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(e),
        "test");
  }

  private static final ResolvedPerson KARIMOV =
      new ResolvedPerson(
          "p-1", "Arif Karimov", "AZ", List.of(), List.of("Karimov"), List.of("r1", "r2", "r3"));

  @Test
  void reportsOfOneMeetingAreOneOccurrence() {
    List<Reading> readings = List.of(reading("r1", "2023-05-03"), reading("r2", "2023-05-03"));
    PersonIndex index = new PersonIndex(List.of(KARIMOV));
    List<ObjectNode> records =
        new EventOccurrences(readings, index).records(index, Map.of("r1", TEXT, "r2", TEXT));
    assertThat(records).hasSize(1);
    ObjectNode r = records.get(0);
    assertThat(r.get("type").asText()).isEqualTo("MEETING");
    assertThat(r.get("reports")).hasSize(2);
    assertThat(r.get("reports").get(0).get("evidence").asText()).isEqualTo(TEXT);
    assertThat(r.get("participants").get(0).get("person").asText()).isEqualTo("p-1");
  }

  @Test
  void differentlyDatedEventsStayApart() {
    List<Reading> readings = List.of(reading("r1", "2023-05-03"), reading("r2", "2023-05-04"));
    PersonIndex index = new PersonIndex(List.of(KARIMOV));
    assertThat(new EventOccurrences(readings, index).records(index, Map.of())).hasSize(2);
  }

  @Test
  void aReportWithoutTheDateJoinsTheOccurrenceOfTheSamePersons() {
    List<Reading> readings = List.of(reading("r1", "2023-05-03"), reading("r3", null));
    PersonIndex index = new PersonIndex(List.of(KARIMOV));
    List<ObjectNode> records = new EventOccurrences(readings, index).records(index, Map.of());
    assertThat(records).hasSize(1);
    assertThat(records.get(0).get("reports").get(1).get("date").isNull()).isTrue();
  }

  @Test
  void aYearlessDayAgreesWithTheSameDayOfAYear() {
    List<Reading> readings = List.of(reading("r1", "2023-05-03"), reading("r2", "XXXX-05-03"));
    PersonIndex index = new PersonIndex(List.of(KARIMOV));
    assertThat(new EventOccurrences(readings, index).records(index, Map.of())).hasSize(1);
  }

  @Test
  void anUndatedEventInAnotherStateIsAnotherOccurrence() {
    List<Reading> readings =
        List.of(reading("r1", "2023-05-03"), reading("r3", null, new Place("Islamabad", "PK")));
    PersonIndex index = new PersonIndex(List.of(KARIMOV));
    assertThat(new EventOccurrences(readings, index).records(index, Map.of())).hasSize(2);
  }
}
