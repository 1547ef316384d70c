package org.attache.core.correct;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.Place;
import org.junit.jupiter.api.Test;

class CorrectionApplierTest {
  private static final ResolvedPerson KIM_A =
      new ResolvedPerson(
          "p-a", "Kim Dong-hyun", "KR", List.of(), List.of("Kim Dong-hyun"), List.of("r1", "r2"));
  private static final ResolvedPerson KIM_B =
      new ResolvedPerson(
          "p-b", "Kim D. Hyun", "KR", List.of(), List.of("Kim D. Hyun"), List.of("r3"));

  private static Occurrence visit(String id, String doc, String person) {
    return new Occurrence(
        id,
        EventType.VISIT,
        "042",
        "2024-05",
        null,
        new Place("Warsaw", "PL"),
        List.of("KR", "PL"),
        List.of(new OccurrenceParticipant(person, "Kim", "guest")),
        null,
        EventStatus.HAPPENED,
        List.of(new OccurrenceReport(doc, 0, new Span(0, 5), "2024-05")),
        1);
  }

  private static final Resolution MACHINE =
      new Resolution(
          List.of(KIM_A, KIM_B),
          ReprintFamilies.none(),
          List.of(visit("o-1", "r1", "p-a"), visit("o-2", "r2", "p-a"), visit("o-3", "r3", "p-b")));

  private static Correction c(
      CorrectionKind kind, String target, Map<String, String> values, String at) {
    return new Correction("c" + at, kind, target, values, "ana", "checked", at);
  }

  private final CorrectionApplier applier = new CorrectionApplier();

  @Test
  void splitsAPersonsReportsOffAndGivesThemTheirEvents() {
    Resolution r =
        applier
            .apply(
                MACHINE,
                List.of(
                    c(
                        CorrectionKind.SPLIT_PERSON,
                        "p-a",
                        Map.of("documents", "r2", "name", "Kim Dae-ho"),
                        "1")))
            .resolution();
    assertThat(r.persons())
        .extracting(ResolvedPerson::name)
        .containsExactly("Kim Dong-hyun", "Kim D. Hyun", "Kim Dae-ho");
    assertThat(r.persons().get(0).documents()).containsExactly("r1");
    assertThat(r.occurrences().get(1).participants().get(0).name()).isEqualTo("Kim Dae-ho");
    assertThat(r.occurrences().get(0).participants().get(0).person()).isEqualTo("p-a");
  }

  @Test
  void correctsTypeAndPlaceByOneReportsEvent() {
    Resolution r =
        applier
            .apply(
                MACHINE,
                List.of(
                    c(CorrectionKind.EVENT_TYPE, "r3:0", Map.of("type", "MEETING"), "1"),
                    c(
                        CorrectionKind.EVENT_PLACE,
                        "o-3",
                        Map.of("place", "Krakow", "country", "PL"),
                        "2")))
            .resolution();
    Occurrence o = r.occurrences().get(2);
    assertThat(o.type()).isEqualTo(EventType.MEETING);
    assertThat(o.cameo()).isEqualTo("040");
    assertThat(o.location()).isEqualTo(new Place("Krakow", "PL"));
  }

  @Test
  void addsAnEventWithResolvedParticipants() {
    Resolution r =
        applier
            .apply(
                MACHINE,
                List.of(
                    c(
                        CorrectionKind.ADD_EVENT,
                        "m-1",
                        Map.of(
                            "type",
                            "AGREEMENT",
                            "countries",
                            "PL,KR",
                            "date",
                            "2024-05-02",
                            "persons",
                            "p-b"),
                        "1")))
            .resolution();
    Occurrence added = r.occurrences().get(3);
    assertThat(added.id()).isEqualTo("m-1");
    assertThat(added.countries()).containsExactly("KR", "PL");
    assertThat(added.participants())
        .extracting(OccurrenceParticipant::name)
        .containsExactly("Kim D. Hyun");
  }

  @Test
  void skipsACorrectionWhoseTargetIsGoneAndAppliesTheRestInTimeOrder() {
    CorrectionApplier.Result r =
        applier.apply(
            MACHINE,
            List.of(
                c(CorrectionKind.EVENT_DATE, "o-1", Map.of("date", "2024-05-03"), "2"),
                c(CorrectionKind.EVENT_DATE, "o-1", Map.of("date", "2024-05-02"), "1"),
                c(CorrectionKind.REJECT_EVENT, "r9:0", Map.of(), "3")));
    assertThat(r.resolution().occurrences().get(0).date()).isEqualTo("2024-05-03");
    assertThat(r.skipped()).extracting(Correction::target).containsExactly("r9:0");
  }
}
