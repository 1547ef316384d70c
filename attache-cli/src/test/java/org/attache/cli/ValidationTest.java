package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * What the commands do with values they cannot use: a clear message naming the value and what to
 * do, exit status 2, and no side effect (no empty database, no models loaded).
 */
class ValidationTest {
  @TempDir Path dir;
  private String db;

  @BeforeEach
  void store() {
    db = dir.resolve("kb.db").toString();
    SmallKnowledgeBase.write(db);
  }

  /** Runs a command that must refuse its arguments, and gives what it printed on error. */
  private static String refused(String... args) {
    CommandRun r = CommandRun.of(args);
    assertThat(r.status()).as("status of %s", String.join(" ", args)).isEqualTo(2);
    assertThat(r.out()).isEmpty();
    return r.err();
  }

  /** The last line of {@code events} with these options: "N occurrences.". */
  private String events(String... options) {
    String out = CommandRun.of((String.join(" ", options) + " --db " + db).split(" ")).out();
    return out.lines().reduce((x, y) -> y).orElse("");
  }

  @Test
  void anUnknownStateCodeIsNamedWithTheFormsThatWork() {
    assertThat(refused("dyad", "AZ", "XX", "--db", db))
        .contains("'XX'", "ISO 3166-1 alpha-2", "Azerbaijan", "attache dyad --help");
  }

  @Test
  void statesMayBeGivenByName() {
    CommandRun r = CommandRun.of("dyad", "Azerbaijan", "pakistan", "--db", db);
    assertThat(r.status()).isZero();
    assertThat(r.out()).startsWith("AZ – PK: 1 occurrences");
    assertThat(events("events --state Azerbaijan")).isEqualTo("1 occurrences.");
  }

  @Test
  void anUnknownTypeIsNamedWithTheValidOnes() {
    assertThat(refused("events", "--type", "MEETINGS", "--db", db))
        .contains("'MEETINGS'", "VISIT, MEETING, EXERCISE, AGREEMENT, ARMS, TRAINING, SUPPORT");
    assertThat(events("events --type meeting")).isEqualTo("1 occurrences.");
  }

  @Test
  void aMonthOrADayBoundsThePeriodAtItsOwnPrecision() {
    assertThat(events("events --from 2022-03")).isEqualTo("1 occurrences.");
    assertThat(events("events --to 2022-03-03")).isEqualTo("1 occurrences.");
    assertThat(events("events --from 2022-04")).isEqualTo("0 occurrences.");
    assertThat(events("events --to 2022-03-02")).isEqualTo("0 occurrences.");
  }

  @Test
  void aDateThatIsNoYearMonthOrDayIsRefused() {
    assertThat(refused("events", "--from", "2022-3", "--db", db))
        .contains("'2022-3' is not a year (2021), a month (2021-05)");
  }

  @Test
  void aBriefOfPartOfAYearIsRefused() {
    assertThat(refused("brief", "AZ", "PK", "--from", "2022-05", "--db", db))
        .contains("whole years", "--from 2021");
  }

  @Test
  void aQueryOnADatabaseThatIsNotThereSaysHowToMakeOneAndMakesNone() {
    Path typo = dir.resolve("typo.db");
    for (String command : new String[] {"persons", "events", "search talks", "dyad AZ PK"}) {
      assertThat(refused((command + " --db " + typo).split(" ")))
          .as(command)
          .contains("no knowledge base at " + typo, "attache analyze REPORTS... --db " + typo);
    }
    assertThat(typo).doesNotExist();
  }

  @Test
  void analyzingAPathThatIsNotThereFailsBeforeTheModelsAreLoaded() {
    Path fresh = dir.resolve("fresh.db");
    assertThat(refused("analyze", dir.resolve("nonexistent").toString(), "--db", fresh.toString()))
        .contains("no file or folder", "nonexistent")
        .doesNotContain("models");
    assertThat(fresh).doesNotExist();
  }

  @Test
  void holdersFindsAnOfficeByAnotherOfItsNamesAndCitesItsSources() {
    CommandRun r = CommandRun.of("holders", "Defence Minister", "--db", db);
    assertThat(r.status()).isZero();
    assertThat(r.out())
        .contains("Minister of Defense", "Rauf Mammadov", "[1] [2]")
        .contains("[1] Trend, 2022-03-04", "[2] Trend, 2022-03-05", "(b.txt)");
  }
}
