package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import org.attache.core.Span;
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
import org.attache.core.read.Reading;
import org.attache.core.states.Place;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query and correction commands over a small knowledge base written by the test. */
class KnowledgeBaseCommandsTest {
  @TempDir Path dir;
  private String db;
  private String firstReport;

  private static final String TEXT_A =
      "Defence Minister Rauf Mammadov received Pakistani officers in Baku on March 3, 2022.";
  private static final String TEXT_B =
      "Minister of Defence Rauf Mammadov and his guests from Pakistan held talks on March 3.";

  @BeforeEach
  void store() {
    db = dir.resolve("kb.db").toString();
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      firstReport = save(kb, "a.txt", TEXT_A, "2022-03-04", "Defence Minister", "2022-03-03");
      save(kb, "b.txt", TEXT_B, "2022-03-05", "Minister of Defence", "XXXX-03-03");
      kb.resolve();
    }
  }

  private static String save(
      KnowledgeBase kb, String path, String text, String published, String title, String date) {
    SourceText s =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).decode(path, text.getBytes()).source();
    Person p =
        new Person(
            "Rauf Mammadov",
            "AZ",
            List.of(title),
            List.of(new Mention(new Span(16, 29), "Rauf Mammadov")));
    Event e =
        new Event(
            EventType.MEETING,
            "040",
            date,
            new Place("Baku", "AZ"),
            List.of(new Participant("Rauf Mammadov", "host")),
            List.of("AZ", "PK"),
            null,
            EventStatus.HAPPENED,
            new Span(0, text.length()));
    kb.save(
        s,
        new Reading(
            s.id(),
            s.path(),
            s.sha256(),
            new ReportMeta(null, "Trend", null, published, "Baku", null, null),
            List.of(new TextBlock(new Span(0, text.length()), BlockRole.BODY)),
            List.of(new Span(0, text.length())),
            List.of(),
            List.of(),
            List.of(p),
            List.of(e),
            "v1"));
    return s.id();
  }

  private String run(String... args) {
    PrintStream old = System.out;
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    System.setOut(new PrintStream(out, true, StandardCharsets.UTF_8));
    try {
      int status = Main.run(args);
      return status + "\n" + out.toString(StandardCharsets.UTF_8);
    } finally {
      System.setOut(old);
    }
  }

  @Test
  void eventsListsOneOccurrenceWithBothReportsAsCsv() {
    String out =
        run(
            "events",
            "--db",
            db,
            "--state",
            "az",
            "--with",
            "PK",
            "--from",
            "2022",
            "--format",
            "csv");
    assertThat(out).startsWith("0\n");
    assertThat(out.lines().filter(l -> l.startsWith("\"o-")))
        .singleElement()
        .satisfies(
            l ->
                assertThat(l)
                    .contains("\"2022-03-03\"", "\"MEETING\"", "\"Rauf Mammadov\"")
                    .endsWith(",2,2"));
  }

  @Test
  void aRejectedReportEventLeavesTheOccurrenceToTheOtherReport() {
    String out =
        run(
            "correct",
            "reject",
            firstReport + ":0",
            "--by",
            "ana",
            "--why",
            "a misreading",
            "--db",
            db);
    assertThat(out).startsWith("0\n").contains("saved and applied");
    assertThat(run("events", "--db", db, "--format", "csv"))
        .contains("\"XXXX-03-03\"")
        .contains(",1,1");
    assertThat(run("correct", "log", "--db", db))
        .contains("REJECT_EVENT")
        .contains("ana")
        .contains("a misreading");
  }

  @Test
  void holdersPersonAndDyadShowTheOfficeThePersonAndTheRelation() {
    assertThat(run("holders", "minister of defense", "--state", "AZ", "--db", db))
        .contains("Minister of Defense", "Rauf Mammadov", "2022-03-04", "2022-03-05");
    assertThat(run("person", "Mammadov", "--db", db))
        .contains("Titles over time", "2022-03-03", "MEETING");
    assertThat(run("dyad", "AZ", "PK", "--db", db))
        .contains("1 occurrences, 2 reports, 2 independent sources");
  }

  @Test
  void searchFindsReportsByWords() {
    assertThat(run("search", "guests", "talks", "--db", db))
        .contains("b.txt")
        .doesNotContain("a.txt");
  }
}
