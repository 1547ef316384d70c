package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;
import static org.attache.core.events.EventType.EXERCISE;
import static org.attache.core.events.EventType.MEETING;
import static org.attache.core.events.EventType.SUPPORT;
import static org.attache.core.events.EventType.TRAINING;
import static org.attache.core.events.EventType.VISIT;
import static org.attache.core.resolve.EventFixtures.event;
import static org.attache.core.resolve.EventFixtures.merge;
import static org.attache.core.resolve.EventFixtures.person;
import static org.attache.core.resolve.EventFixtures.reading;

import java.util.List;
import java.util.Map;
import org.attache.core.events.EventType;
import org.attache.core.read.Reading;
import org.junit.jupiter.api.Test;

class EventMergerTest {

  @Test
  void fillsAYearOneReportLacksFromAnotherReportOfTheOccurrence() {
    List<Occurrence> out =
        merge(
            List.of(
                reading(
                    "a",
                    List.of(person("Tural Mammadli", "AZ")),
                    List.of(event(MEETING, "XXXX-10-28", "Baku", "Tural Mammadli", "AZ", "PK"))),
                reading(
                    "b",
                    List.of(person("Mammadli", "AZ")),
                    List.of(event(MEETING, "2023-10-28", null, "Mammadli", "AZ", "PK")))));
    assertThat(out).singleElement();
    Occurrence o = out.get(0);
    assertThat(o.date()).isEqualTo("2023-10-28");
    assertThat(o.yearFrom()).isEqualTo("b");
    assertThat(o.reports()).extracting(OccurrenceReport::document).containsExactly("a", "b");
    assertThat(o.reports())
        .extracting(OccurrenceReport::date)
        .containsExactly("XXXX-10-28", "2023-10-28");
    assertThat(o.location().name()).isEqualTo("Baku");
    assertThat(o.participants())
        .singleElement()
        .satisfies(p -> assertThat(p.name()).isEqualTo("Tural Mammadli"));
  }

  @Test
  void keepsMeetingsWithDifferentPersonsApart() {
    List<Occurrence> out =
        merge(
            List.of(
                reading(
                    "a",
                    List.of(person("Omar Siddiqui", "PK")),
                    List.of(event(MEETING, "2022-03", null, "Omar Siddiqui", "AZ", "PK"))),
                reading(
                    "b",
                    List.of(person("Bilal Qureshi", "PK")),
                    List.of(event(MEETING, "2022-03", null, "Bilal Qureshi", "AZ", "PK")))));
    assertThat(out).hasSize(2);
  }

  @Test
  void keepsEventsOfDifferentTypesDatesOrStatesApart() {
    List<Occurrence> out =
        merge(
            List.of(
                reading("a", List.of(), List.of(event(EXERCISE, "2021-09", null, "AZ", "TR"))),
                reading("b", List.of(), List.of(event(EXERCISE, "2021-10", null, "AZ", "TR"))),
                reading("c", List.of(), List.of(event(EXERCISE, "2021-09", null, "AZ", "PK"))),
                reading("d", List.of(), List.of(event(VISIT, "2021-09", null, "AZ", "TR")))));
    assertThat(out).hasSize(4);
  }

  @Test
  void joinsDatedEventsOfTheSameStatesWithoutParticipants() {
    List<Occurrence> out =
        merge(
            List.of(
                reading(
                    "a", List.of(), List.of(event(EXERCISE, "2021-09", "Baku", "AZ", "PK", "TR"))),
                reading(
                    "b",
                    List.of(),
                    List.of(event(EXERCISE, "2021-09", "Baku", "AZ", "PK", "TR")))));
    assertThat(out).singleElement().satisfies(o -> assertThat(o.reports()).hasSize(2));
  }

  @Test
  void anUndatedEventNeedsASharedParticipantToJoin() {
    Reading dated =
        reading(
            "a",
            List.of(person("Lena Novak", "PL")),
            List.of(
                event(VISIT, "2025-08-01", "Gliwice", "Lena Novak", "KR", "PL"),
                event(VISIT, "2022", null, "KR", "PL")));
    Reading undated =
        reading(
            "b",
            List.of(person("Lena Novak", "PL")),
            List.of(event(VISIT, null, "Gliwice", "Lena Novak", "KR", "PL")));
    List<Occurrence> out = merge(List.of(dated, undated));
    assertThat(out).hasSize(2);
    Occurrence joined = out.stream().filter(o -> o.reports().size() == 2).findFirst().orElseThrow();
    assertThat(joined.date()).isEqualTo("2025-08-01");
    assertThat(joined.reports().get(1).date()).isNull();
  }

  @Test
  void aYearSharedWithAMorePreciseDateDoesNotJoinTwoReports() {
    List<Occurrence> out =
        merge(
            List.of(
                reading("a", List.of(), List.of(event(EXERCISE, "2021", null, "AZ", "TR"))),
                reading("b", List.of(), List.of(event(EXERCISE, "2021-06", null, "AZ", "TR"))),
                reading("c", List.of(), List.of(event(EXERCISE, "XXXX-06-12", null, "AZ", "TR")))));
    // b and c agree on the month: one occurrence, dated 2021-06-12; a stays apart.
    assertThat(out).hasSize(2);
    assertThat(out).anySatisfy(o -> assertThat(o.date()).isEqualTo("2021-06-12"));
  }

  @Test
  void aSharedYearAloneDoesNotJoinTwoReports() {
    List<Occurrence> out =
        merge(
            List.of(
                reading("a", List.of(), List.of(event(EXERCISE, "2021", null, "AZ", "TR"))),
                reading("b", List.of(), List.of(event(EXERCISE, "2021", null, "AZ", "TR")))));
    assertThat(out).hasSize(2);
  }

  /**
   * A report naming Lena Novak, written on {@code published} (or of unknown date), with one event.
   */
  private static Reading aboutNovak(
      String id, String published, EventType type, String date, String place) {
    return reading(
        id,
        published,
        List.of(person("Lena Novak", "PL")),
        List.of(event(type, date, place, "PL", "UA")));
  }

  @Test
  void reportsAboutTheSamePersonJoinEventsOfTheSameYear() {
    // Unlike aSharedYearAloneDoesNotJoinTwoReports, both reports tell the story of Lena Novak.
    List<Occurrence> out =
        merge(
            List.of(
                aboutNovak("a", null, SUPPORT, "2020", null),
                aboutNovak("b", null, SUPPORT, "2020", null)));
    assertThat(out).singleElement().satisfies(o -> assertThat(o.reports()).hasSize(2));
  }

  @Test
  void anUndatedStatementJoinsTheOneDatedInTheMonthOfItsStory() {
    // "a", written in May 2023, dates the pledge in May; "b", of unknown date, leaves it undated.
    List<Occurrence> out =
        merge(
            List.of(
                aboutNovak("a", "2023-05-25", SUPPORT, "2023-05", null),
                aboutNovak("b", null, SUPPORT, null, null)));
    assertThat(out).singleElement().satisfies(o -> assertThat(o.date()).isEqualTo("2023-05"));
  }

  @Test
  void anUndatedEventStaysApartFromTheStorysPastOrAnotherMonth() {
    Reading past = aboutNovak("a", "2021-03-02", TRAINING, "2019-WI", null);
    Reading undated = aboutNovak("b", null, TRAINING, null, null);
    Reading writtenLater = aboutNovak("c", "2021-09-14", SUPPORT, null, null);
    Reading current = aboutNovak("d", "2021-03-02", SUPPORT, "2021-03", null);
    assertThat(merge(List.of(past, undated))).hasSize(2);
    assertThat(merge(List.of(writtenLater, current))).hasSize(2);
  }

  @Test
  void eventsOfOneStoryAtTwoNamedSpotsStayApart() {
    List<Occurrence> out =
        merge(
            List.of(
                aboutNovak("a", null, TRAINING, "2020", "Orzysz"),
                aboutNovak("b", null, TRAINING, "2020", "Drawsko Pomorskie")));
    assertThat(out).hasSize(2);
  }

  @Test
  void betweenEquallySupportedReportsPrefersTheOneAboutTheSamePeople() {
    // "b" (undated) shares its participant with both "a" and "c"; "c" also names b's host.
    Reading a =
        reading(
            "a",
            List.of(person("Farid Nasirli", "AZ")),
            List.of(event(MEETING, "XXXX-10-28", null, "Farid Nasirli", "AZ", "PK")));
    Reading b =
        reading(
            "b",
            List.of(person("Farid Nasirli", "AZ"), person("Imran Baig", "PK")),
            List.of(event(MEETING, null, null, "Farid Nasirli", "AZ", "PK")));
    Reading c =
        reading(
            "c",
            List.of(person("Farid Nasirli", "AZ"), person("Imran Baig", "PK")),
            List.of(event(MEETING, "2023-05", null, "Farid Nasirli", "AZ", "PK")));
    List<Occurrence> out = merge(List.of(a, b, c));
    assertThat(out).hasSize(2);
    assertThat(out)
        .anySatisfy(
            o ->
                assertThat(o.reports())
                    .extracting(OccurrenceReport::document)
                    .containsExactly("b", "c"));
  }

  @Test
  void neverJoinsTwoEventsOfOneReport() {
    List<Occurrence> out =
        merge(
            List.of(
                reading(
                    "a",
                    List.of(),
                    List.of(
                        event(EXERCISE, "2021-09", null, "AZ", "TR"),
                        event(EXERCISE, "2021-09", null, "AZ", "TR")))));
    assertThat(out).hasSize(2);
  }

  @Test
  void countsReprintsAsOneIndependentSource() {
    List<Reading> readings =
        List.of(
            reading("a", List.of(), List.of(event(EXERCISE, "2021-09", null, "AZ", "TR"))),
            reading("b", List.of(), List.of(event(EXERCISE, "2021-09", null, "AZ", "TR"))),
            reading("c", List.of(), List.of(event(EXERCISE, "2021-09", null, "AZ", "TR"))));
    List<Occurrence> out =
        new EventMerger()
            .merge(readings, List.of(), new ReprintFamilies(Map.of("a", "a", "b", "a")));
    assertThat(out).singleElement();
    assertThat(out.get(0).reports()).hasSize(3);
    assertThat(out.get(0).independentSources()).isEqualTo(2);
  }

  @Test
  void doesNotChainIncompatibleDatesThroughAVagueOne() {
    List<Occurrence> out =
        merge(
            List.of(
                reading("a", List.of(), List.of(event(EXERCISE, "2021-09-10", "Baku", "AZ", "TR"))),
                reading("b", List.of(), List.of(event(EXERCISE, "2021", "Baku", "AZ", "TR"))),
                reading(
                    "c", List.of(), List.of(event(EXERCISE, "2021-11-02", "Baku", "AZ", "TR")))));
    assertThat(out).hasSize(2);
    assertThat(out).anySatisfy(o -> assertThat(o.reports()).hasSize(2));
  }
}
