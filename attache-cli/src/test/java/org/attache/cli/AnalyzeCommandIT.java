package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.core.read.Reading;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache analyze} over a folder where some files are bad: the rest is read and kept. */
class AnalyzeCommandIT {
  @TempDir Path dir;

  private static final String REPORT =
      "Ankara and Tashkent deepen defence ties\n\n"
          + "ANKARA, Turkiye, June 14. Minister of National Defence of the Republic of Türkiye,"
          + " General Omer Bayrak received the delegation led by Colonel Dilshod Nazarov of the"
          + " Republic of Uzbekistan on June 14.\n\n"
          + "Bayrak and Nazarov discussed military education.\n";

  private String run(String... args) {
    PrintStream old = System.err;
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    System.setErr(new PrintStream(err, true, StandardCharsets.UTF_8));
    try {
      int status = Main.run(args);
      return status + "\n" + err.toString(StandardCharsets.UTF_8);
    } finally {
      System.setErr(old);
    }
  }

  @Test
  void badFilesAreNamedAndTheGoodOnesAreStillReadAndStored() throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    Files.writeString(in.resolve("good.txt"), REPORT);
    Files.write(in.resolve("empty.txt"), new byte[0]);
    Files.write(in.resolve("binary.txt"), new byte[] {'G', 'I', 'F', '8', 0, 0, 1});
    Files.write(
        in.resolve("latin1.txt"),
        "T\u00fcrkiye and Uzbekistan".getBytes(StandardCharsets.ISO_8859_1));
    try (RandomAccessFile big = new RandomAccessFile(in.resolve("huge.txt").toFile(), "rw")) {
      big.setLength(50L * 1024 * 1024);
    }
    String db = dir.resolve("kb.db").toString();

    String out = run("analyze", in.toString(), "--db", db);

    assertThat(out).startsWith("1\n");
    assertThat(out).contains("empty.txt: is empty");
    assertThat(out).contains("binary.txt: is binary");
    assertThat(out).contains("latin1.txt: is not UTF-8");
    assertThat(out).contains("huge.txt: is 50.0 MB, over the 5.0 MB limit");
    assertThat(out).contains("Read 1 of 5 reports").contains("(4 failed)");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      List<Reading> readings = kb.readings();
      assertThat(readings)
          .singleElement()
          .satisfies(r -> assertThat(r.path()).endsWith("good.txt"));
      assertThat(readings.get(0).persons())
          .extracting(p -> p.name())
          .contains("Omer Bayrak", "Dilshod Nazarov");
      assertThat(kb.problems()).hasSize(4);
    }
  }

  @Test
  void analysingTheSameFolderTwiceChangesNothing() throws IOException {
    Path in = Files.createDirectories(dir.resolve("twice"));
    Files.writeString(in.resolve("r.txt"), REPORT);
    String db = dir.resolve("twice.db").toString();
    assertThat(run("analyze", in.toString(), "--db", db)).startsWith("0\n").contains("1 added");
    assertThat(run("analyze", in.toString(), "--db", db))
        .startsWith("0\n")
        .contains("0 added, 0 replaced, 1 unchanged");
  }

  @Test
  void anUnknownDatabaseUrlIsAClearErrorWithoutAStackTrace() throws IOException {
    Path in = Files.createDirectories(dir.resolve("one"));
    Files.writeString(in.resolve("r.txt"), REPORT);
    String out = run("analyze", in.toString(), "--db", "jdbc:oracle:thin:@x");
    assertThat(out).contains("Unsupported database").doesNotContain("at org.attache");
  }

  @Test
  void aFolderMayMixTextPagesAndDumpsAndEachItemIsAReport() throws IOException {
    Path in = Files.createDirectories(dir.resolve("mixed"));
    Files.writeString(in.resolve("a.txt"), REPORT);
    Files.writeString(
        in.resolve("b.html"),
        "<html><head><meta property='article:published_time' content='2022-06-14'>"
            + "<meta name='author' content='Aylin Demir'></head><body><nav><a href='/'>Home</a>"
            + "</nav><article><h1>Ankara hosts Uzbek delegation</h1><p>Minister of National"
            + " Defence General Omer Bayrak received the delegation of Colonel Dilshod Nazarov"
            + " in Ankara, the ministry said.</p></article></body></html>");
    Files.writeString(
        in.resolve("c.jsonl"),
        "{\"title\": \"Talks\", \"maintext\": \"General Omer Bayrak met officers in"
            + " Ankara.\"}\n{\"title\": 5}\n");
    String db = dir.resolve("mixed.db").toString();

    String out = run("analyze", in.toString(), "--db", db);

    assertThat(out).contains("c.jsonl#2: has a field \"title\" that is a number");
    assertThat(out).contains("Read 3 of 4 reports").contains("(1 failed)");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      assertThat(kb.readings())
          .extracting(Reading::path)
          .anyMatch(p -> p.endsWith("b.html"))
          .anyMatch(p -> p.endsWith("c.jsonl#1"));
      Reading page =
          kb.readings().stream().filter(r -> r.path().endsWith("b.html")).findFirst().get();
      assertThat(page.meta().published()).isEqualTo("2022-06-14");
      assertThat(page.meta().author()).isEqualTo("Aylin Demir");
    }
  }

  @Test
  void watchStoresReportsDroppedIntoTheFolder() throws Exception {
    Path in = Files.createDirectories(dir.resolve("watched"));
    String db = dir.resolve("watch.db").toString();
    java.util.concurrent.atomic.AtomicBoolean done =
        new java.util.concurrent.atomic.AtomicBoolean();
    // Drops a report every two seconds until the watch ends: the first after the watch began
    // counts, any before it are read as already there.
    Thread dropper =
        new Thread(
            () -> {
              for (int i = 0; !done.get() && i < 60; i++) {
                try {
                  Thread.sleep(2000);
                  Path part = in.resolve(".r" + i + ".part");
                  Files.writeString(part, REPORT);
                  Files.move(part, in.resolve("r" + i + ".txt"));
                } catch (Exception e) {
                  return;
                }
              }
            });
    dropper.setDaemon(true);
    dropper.start();

    String out = run("watch", in.toString(), "--db", db, "--max-files", "1", "--quiet-ms", "200");

    done.set(true);
    assertThat(out).startsWith("0\n").contains("Read 1 of 1 new reports");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      assertThat(kb.readings())
          .singleElement()
          .satisfies(r -> assertThat(r.path()).matches(".*/r[0-9]+\\.txt"));
    }
  }

  @Test
  void aDatabaseLockedByAnotherWriterIsAClearErrorAndNothingIsHalfWritten() throws Exception {
    Path in = Files.createDirectories(dir.resolve("locked"));
    Files.writeString(in.resolve("r.txt"), REPORT);
    String db = dir.resolve("locked.db").toString();
    KnowledgeBase.open(db).close();

    String out;
    try (java.sql.Connection other = java.sql.DriverManager.getConnection("jdbc:sqlite:" + db);
        java.sql.Statement s = other.createStatement()) {
      s.execute("BEGIN EXCLUSIVE");
      out = run("analyze", in.toString(), "--db", db);
      s.execute("ROLLBACK");
    }

    assertThat(out).doesNotStartWith("0\n").contains("locked").doesNotContain("at org.attache");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      assertThat(kb.reportCount()).isZero();
    }
  }
}
