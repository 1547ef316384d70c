package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.correct.CorrectionKind;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.query.EventFilter;
import org.attache.core.query.SearchableReport.TextHit;
import org.attache.core.query.TextQuery;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.Place;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class ResolutionStoreTest {
  @TempDir static Path temp;

  static List<String> databases() throws SQLException {
    return TestDatabases.targets(temp);
  }

  private record Report(SourceText source, Reading reading) {}

  private static Report report(
      String text, String published, String person, String title, Event... events) {
    SourceText s =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES)
            .decode(published + ".txt", text.getBytes())
            .source();
    Person p =
        new Person(
            person,
            "AZ",
            List.of(title),
            List.of(new Mention(new Span(0, person.length()), person)));
    Reading r =
        new Reading(
            s.id(),
            s.path(),
            s.sha256(),
            new ReportMeta(
                "Talks",
                "Trend",
                null,
                published.startsWith("2021") ? null : published,
                "Baku",
                published,
                null),
            List.of(new TextBlock(new Span(0, s.text().length()), BlockRole.BODY)),
            List.of(new Span(0, s.text().length())),
            List.of(),
            List.of(),
            List.of(p),
            List.of(events),
            "v1");
    return new Report(s, r);
  }

  private static Event meeting(String date, String person, String... states) {
    return new Event(
        EventType.MEETING,
        "040",
        date,
        new Place("Baku", "AZ"),
        List.of(new Participant(person, "host")),
        List.of(states),
        null,
        EventStatus.HAPPENED,
        new Span(0, 10));
  }

  private static Event exercise(String date) {
    return new Event(
        EventType.EXERCISE,
        "062",
        date,
        null,
        List.of(),
        List.of("AZ", "TR"),
        null,
        EventStatus.HAPPENED,
        new Span(0, 10));
  }

  private static final Report WIRE =
      report(
          "Defence minister Ilgar Safarov received the visiting delegation in Baku on Saturday"
              + " and discussed cadet exchanges.",
          "2023-10-29",
          "Ilgar Safarov",
          "Minister of Defense",
          meeting("2023-10-28", "Ilgar Safarov", "AZ", "PK"),
          exercise("2021-09"));
  private static final Report LOCAL =
      report(
          "Safarov hosted the guests from Islamabad on October 28, the ministry said.",
          "2024-01-02",
          "Safarov",
          "Minister of Defense",
          meeting("XXXX-10-28", "Safarov", "AZ", "PK"));
  private static final Report DRILL =
      report(
          "Joint drills of the two armies began near Ganja, with tanks and artillery.",
          "2021-09-15",
          "Ilgar Safarov",
          "Minister of Defense",
          exercise("2021-09-14"));

  @ParameterizedTest
  @MethodSource("databases")
  void mergesReportsOfOneEventIntoOneOccurrenceAndFillsTheYear(String db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(WIRE.source(), WIRE.reading());
      kb.save(LOCAL.source(), LOCAL.reading());
      kb.resolve();
      Occurrence meeting =
          kb.queries().events(new EventFilter("AZ", "PK", "MEETING", null, null, null)).get(0);
      assertThat(meeting.reports()).hasSize(2);
      assertThat(meeting.date()).isEqualTo("2023-10-28");
      assertThat(meeting.yearFrom()).isEqualTo(WIRE.source().id());
      assertThat(kb.resolution().persons())
          .singleElement()
          .extracting(ResolvedPerson::name)
          .isEqualTo("Ilgar Safarov");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void addingAReportMergesOnlyTheBlocksItTouchesAndEqualsAFullResolution(String db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(WIRE.source(), WIRE.reading());
      kb.save(LOCAL.source(), LOCAL.reading());
      assertThat(kb.resolve().blocksMerged()).isEqualTo(2);
      kb.save(DRILL.source(), DRILL.reading());
      assertThat(kb.resolve().blocksMerged()).isEqualTo(1);
      assertThat(kb.resolve().blocksMerged()).isZero();
      Map<String, String> texts = new HashMap<>();
      for (Report r : List.of(WIRE, LOCAL, DRILL)) {
        texts.put(r.source().id(), r.source().text());
      }
      Resolution full =
          Resolution.of(List.of(WIRE.reading(), LOCAL.reading(), DRILL.reading()), texts);
      assertThat(kb.resolution().occurrences()).isEqualTo(full.occurrences());
      assertThat(kb.resolution().persons()).containsExactlyInAnyOrderElementsOf(full.persons());
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void correctionsSurviveReanalysisAndAreLogged(String db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(WIRE.source(), WIRE.reading());
      kb.save(DRILL.source(), DRILL.reading());
      kb.resolve();
      String drill = DRILL.source().id() + ":0";
      kb.corrections()
          .add(CorrectionKind.EVENT_DATE, drill, Map.of("date", "2021-09-13"), "ana", "the order");
      kb.corrections()
          .add(CorrectionKind.REJECT_EVENT, WIRE.source().id() + ":1", Map.of(), "ana", "a plan");
      Reading v2 = withVersion(DRILL.reading(), "v2");
      assertThat(kb.save(DRILL.source(), v2)).isEqualTo(SaveOutcome.REPLACED);
      kb.resolve();
      List<Occurrence> drills =
          kb.queries().events(new EventFilter(null, null, "EXERCISE", null, null, null));
      assertThat(drills).singleElement().extracting(Occurrence::date).isEqualTo("2021-09-13");
      assertThat(drills.get(0).reports())
          .singleElement()
          .satisfies(r -> assertThat(r.document()).isEqualTo(DRILL.source().id()));
      assertThat(kb.corrections().list())
          .extracting(c -> c.author() + "/" + c.reason())
          .containsExactly("ana/the order", "ana/a plan");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void mergingTwoPersonsJoinsTheirReportsAndEvents(String db) {
    Report other =
        report(
            "Minister Ilqar Safarov met cadets in Baku on October 28 for a parade and a lunch.",
            "2023-10-30",
            "Ilqar Safarow",
            "Minister of Defense",
            meeting("2023-10-28", "Ilqar Safarow", "AZ", "GE"));
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(WIRE.source(), WIRE.reading());
      kb.save(other.source(), other.reading());
      kb.resolve();
      List<ResolvedPerson> before = kb.resolution().persons();
      assertThat(before).hasSize(2);
      String keep =
          before.stream()
              .filter(p -> p.name().equals("Ilgar Safarov"))
              .findFirst()
              .orElseThrow()
              .id();
      String fold =
          before.stream().filter(p -> !p.id().equals(keep)).findFirst().orElseThrow().id();
      kb.corrections()
          .add(CorrectionKind.MERGE_PERSONS, keep, Map.of("other", fold), "ana", "one man");
      assertThat(kb.resolution().persons())
          .singleElement()
          .satisfies(p -> assertThat(p.documents()).hasSize(2));
      assertThat(
              kb.queries().events(new EventFilter(null, "GE", null, null, null, "Ilgar Safarov")))
          .hasSize(1);
    }
  }

  /** A report of Trend of 2023-10-29 whose paragraphs are body blocks. */
  private static Report edition(String path, String... paragraphs) {
    String text = String.join("\n\n", paragraphs);
    SourceText s =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).decode(path, text.getBytes()).source();
    List<TextBlock> blocks = new java.util.ArrayList<>();
    int at = 0;
    for (String p : paragraphs) {
      blocks.add(new TextBlock(new Span(at, at + p.length()), BlockRole.BODY));
      at += p.length() + 2;
    }
    Reading r =
        new Reading(
            s.id(),
            s.path(),
            s.sha256(),
            new ReportMeta("Talks", "Trend", null, "2023-10-29", "Baku", null, null),
            blocks,
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(meeting("2023-10-28", "Ilgar Safarov", "AZ", "PK")),
            "v1");
    return new Report(s, r);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void storiesOfOneOutletAndDayWithAParagraphInCommonAreOneFamily(String db) {
    String shared =
        "Defence minister Ilgar Safarov received the visiting delegation from Pakistan in Baku on"
            + " Saturday and discussed cadet exchanges and joint exercises.";
    Report first = edition("first.txt", shared, "The talks lasted two hours.");
    Report second =
        edition(
            "second.txt",
            shared,
            "Later the guests laid a wreath at the Alley of Martyrs and visited the military"
                + " academy, where they met cadets and instructors of the land forces.",
            "The two sides agreed to meet again in Islamabad next spring, the ministry said.");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(first.source(), first.reading());
      kb.save(second.source(), second.reading());
      kb.resolve();

      Resolution r = kb.resolution();
      assertThat(r.reprints().sameText(first.source().id(), second.source().id())).isTrue();
      assertThat(r.occurrences())
          .singleElement()
          .extracting(o -> o.independentSources())
          .isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void findsReportsByTheirWords(String db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(WIRE.source(), WIRE.reading());
      kb.save(DRILL.source(), DRILL.reading());
      assertThat(kb.search(TextQuery.parse("tanks artillery")))
          .extracting(TextHit::reportId)
          .containsExactly(DRILL.source().id());
      assertThat(kb.search(TextQuery.parse("\"cadet exchanges\"")))
          .extracting(TextHit::reportId)
          .containsExactly(WIRE.source().id());
      assertThat(kb.search(TextQuery.parse("submarine"))).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void listsOfficeHoldersWithFirstAndLastDateSeen(String db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      for (Report r : List.of(WIRE, LOCAL, DRILL)) {
        kb.save(r.source(), r.reading());
      }
      kb.resolve();
      assertThat(kb.queries().holders("minister of defense", "AZ"))
          .singleElement()
          .satisfies(
              h -> {
                assertThat(h.name()).isEqualTo("Ilgar Safarov");
                assertThat(h.firstSeen()).isEqualTo("2021-09-15");
                assertThat(h.lastSeen()).isEqualTo("2024-01-02");
                assertThat(h.sources()).hasSize(3);
              });
    }
  }

  private static Reading withVersion(Reading r, String version) {
    return new Reading(
        r.id(),
        r.path(),
        r.sha256(),
        r.meta(),
        r.blocks(),
        r.sentences(),
        r.states(),
        r.times(),
        r.persons(),
        new ArrayList<>(r.events()),
        version);
  }
}
