package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.time.Duration;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.TimeUnit;
import java.util.stream.Stream;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache analyze} killed with SIGKILL halfway through a folder, then run again: every
 * report is stored exactly once, none half-written, and the resolution is complete.
 */
class KilledAnalyzeIT {
  private static final int COPIES = 3;
  @TempDir Path dir;

  @Test
  void aRunKilledHalfwayLosesNothingCommittedAndTheNextRunCompletesWithoutDuplicates()
      throws Exception {
    Path in = reports();
    int total;
    try (Stream<Path> s = Files.list(in)) {
      total = (int) s.count();
    }
    Path db = dir.resolve("kb.db");

    Process first = analyze(in, db);
    int before = waitForReports(db, first, 3);
    first.destroyForcibly();
    assertThat(first.waitFor(30, TimeUnit.SECONDS)).isTrue();
    assumeTrue(before < total, "the first run finished before it could be killed");
    int afterKill = count(db, "SELECT COUNT(*) FROM report");
    assertThat(afterKill).isBetween(before, total - 1);
    assertEveryReportWhole(db);
    System.out.printf("killed with %d of %d reports stored%n", afterKill, total);

    Process second = analyze(in, db);
    assertThat(second.waitFor(10, TimeUnit.MINUTES)).isTrue();
    assertThat(second.exitValue()).isZero();
    assertThat(count(db, "SELECT COUNT(*) FROM report")).isEqualTo(total);
    assertThat(count(db, "SELECT COUNT(DISTINCT path) FROM report")).isEqualTo(total);
    assertThat(count(db, "SELECT COUNT(*) FROM dirty_block")).isZero();
    assertThat(count(db, "SELECT COUNT(*) FROM occurrence")).isPositive();
    assertEveryReportWhole(db);
  }

  /** Our own example reports, each in a few copies told apart by a last line. */
  private Path reports() throws IOException {
    Path examples = Path.of("..", "examples");
    assumeTrue(Files.isDirectory(examples), "no examples at " + examples.toAbsolutePath());
    Path in = Files.createDirectories(dir.resolve("in"));
    List<Path> sources;
    try (Stream<Path> s = Files.list(examples)) {
      sources = s.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    for (int i = 0; i < COPIES; i++) {
      for (Path p : sources) {
        String text = Files.readString(p, StandardCharsets.UTF_8) + "\n\nArchive copy " + i + ".\n";
        Files.writeString(in.resolve(i + "-" + p.getFileName()), text, StandardCharsets.UTF_8);
      }
    }
    return in;
  }

  private static Process analyze(Path in, Path db) throws IOException {
    String java = ProcessHandle.current().info().command().orElse("java");
    List<String> cmd = new ArrayList<>();
    cmd.addAll(
        List.of(
            java, "-Xmx2g", "-cp", System.getProperty("java.class.path"), Main.class.getName()));
    cmd.addAll(List.of("analyze", in.toString(), "--db", db.toString(), "--threads", "1"));
    return new ProcessBuilder(cmd)
        .redirectErrorStream(true)
        .redirectOutput(db.resolveSibling("analyze.log").toFile())
        .start();
  }

  private static int waitForReports(Path db, Process p, int wanted) throws Exception {
    Instant end = Instant.now().plus(Duration.ofMinutes(5));
    while (Instant.now().isBefore(end) && p.isAlive()) {
      if (Files.exists(db)) {
        try {
          int n = count(db, "SELECT COUNT(*) FROM report");
          if (n >= wanted) {
            return n;
          }
        } catch (SQLException e) {
          // the schema is still being created
        }
      }
      Thread.sleep(50);
    }
    return count(db, "SELECT COUNT(*) FROM report");
  }

  /** Each stored report has all of its persons and events: no report was half written. */
  private static void assertEveryReportWhole(Path db) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs =
            s.executeQuery(
                "SELECT reading, (SELECT COUNT(*) FROM report_person p WHERE p.report_id = r.id),"
                    + " (SELECT COUNT(*) FROM report_event e WHERE e.report_id = r.id)"
                    + " FROM report r")) {
      while (rs.next()) {
        Reading r = ReadingJson.fromJson(rs.getString(1));
        assertThat(rs.getInt(2)).as(r.path() + " persons").isEqualTo(r.persons().size());
        assertThat(rs.getInt(3)).as(r.path() + " events").isEqualTo(r.events().size());
      }
    }
  }

  private static int count(Path db, String sql) throws SQLException {
    try (Connection c = DriverManager.getConnection("jdbc:sqlite:" + db);
        Statement s = c.createStatement();
        ResultSet rs = s.executeQuery(sql)) {
      return rs.next() ? rs.getInt(1) : 0;
    }
  }
}
