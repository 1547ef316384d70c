package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The query and correction commands over a small knowledge base written by the test. */
class KnowledgeBaseCommandsTest {
  @TempDir Path dir;
  private String db;
  private String firstReport;

  @BeforeEach
  void store() {
    db = dir.resolve("kb.db").toString();
    firstReport = SmallKnowledgeBase.write(db);
  }

  private String run(String... args) {
    CommandRun r = CommandRun.of(args);
    return r.status() + "\n" + r.out();
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
        .contains("Titles over time", "3 March 2022", "MEETING");
    assertThat(run("dyad", "AZ", "PK", "--db", db))
        .contains(
            "1 occurrences in 2 reports (0 reprint families), 2 independent sources; 0 undated");
  }

  @Test
  void aPlannedEventAndADayWithoutItsYearAreShownAsTheReportGivesThem() {
    String planned = dir.resolve("planned.db").toString();
    try (KnowledgeBase kb = KnowledgeBase.open(planned)) {
      SmallKnowledgeBase.save(
          kb, "c.txt", SmallKnowledgeBase.TEXT_B, null, "Defence Minister", "XXXX-10-28", false);
      kb.resolve();
    }
    for (String command : new String[] {"dyad AZ PK", "person Mammadov", "events"}) {
      assertThat(run((command + " --db " + planned).split(" ")))
          .as(command)
          .contains("28 October, year not stated", "MEETING (planned)")
          .doesNotContain("date unknown");
    }
  }

  @Test
  void searchFindsReportsByWords() {
    assertThat(run("search", "guests", "talks", "--db", db))
        .contains("b.txt")
        .doesNotContain("a.txt");
  }
}
