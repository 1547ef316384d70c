package org.attache.core.export;

import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.Place;

/** A small resolved record of our own: two reports, a visit, an agreement with a quoted title. */
public final class ExportFixture {
  public static final String TEXT_A =
      "Baku, 3 May. General Omar Qadir of Pakistan visited Baku, where he met Colonel General"
          + " Elnur Aliyev on 2 May 2022.\nThey signed a \"roadmap, 2022-2025\" on defence <industry>.";
  public static final String TEXT_B =
      "Islamabad, 9 June. Pakistani and Azerbaijani special forces held the drill Steel Eagle"
          + " near Lahore in June 2023.";

  private ExportFixture() {}

  public static List<Reading> readings() {
    return List.of(
        reading("ra", "Baku Times", "Pakistani general in Baku", "2022-05-03"),
        reading("rb", "Lahore Courier", "Steel Eagle & allies", "2023-06-09"));
  }

  public static Map<String, String> texts() {
    return Map.of("ra", TEXT_A, "rb", TEXT_B);
  }

  public static Resolution resolution() {
    ResolvedPerson qadir =
        new ResolvedPerson(
            "p-qadir",
            "Omar Qadir",
            "PK",
            List.of("General"),
            List.of("General Omar Qadir"),
            List.of("ra"));
    ResolvedPerson aliyev =
        new ResolvedPerson(
            "p-aliyev",
            "Elnur Aliyev",
            "AZ",
            List.of("Colonel General"),
            List.of("Elnur Aliyev"),
            List.of("ra"));
    int visitEnd = TEXT_A.indexOf('\n');
    Occurrence visit =
        new Occurrence(
            "e-visit",
            EventType.VISIT,
            "042",
            "2022-05-02",
            null,
            new Place("Baku", "AZ"),
            List.of("AZ", "PK"),
            List.of(
                new OccurrenceParticipant("p-qadir", "Omar Qadir", "guest"),
                new OccurrenceParticipant("p-aliyev", "Elnur Aliyev", "host")),
            null,
            EventStatus.HAPPENED,
            List.of(new OccurrenceReport("ra", 0, new Span(13, visitEnd), "2022-05-02")),
            1);
    Occurrence agreement =
        new Occurrence(
            "e-agree",
            EventType.AGREEMENT,
            "057",
            "2022-05-02",
            null,
            null,
            List.of("AZ", "PK"),
            List.of(),
            "roadmap, 2022-2025",
            EventStatus.HAPPENED,
            List.of(new OccurrenceReport("ra", 1, new Span(visitEnd + 1, TEXT_A.length()), null)),
            1);
    Occurrence drill =
        new Occurrence(
            "e-drill",
            EventType.EXERCISE,
            "062",
            "2023-06",
            null,
            new Place("Lahore", "PK"),
            List.of("AZ", "PK"),
            List.of(),
            "Steel Eagle",
            EventStatus.HAPPENED,
            List.of(new OccurrenceReport("rb", 0, new Span(20, TEXT_B.length()), "2023-06")),
            1);
    return new Resolution(
        List.of(qadir, aliyev), ReprintFamilies.none(), List.of(visit, agreement, drill));
  }

  private static Reading reading(String id, String outlet, String title, String published) {
    return new Reading(
        id,
        id + ".txt",
        "sha-" + id,
        new ReportMeta(title, outlet, null, published, null, null, null),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "test");
  }
}
