package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Random;
import java.util.concurrent.TimeUnit;
import org.attache.core.read.Reading;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache analyze} killed with SIGKILL at random points, then run again, ends with the same
 * knowledge base as a run that was never interrupted: every report is saved in its own transaction,
 * and a report already stored is known by its content.
 */
class KilledRunIT {
  @TempDir Path dir;

  private static final String[] CITIES = {"Ankara", "Baku", "Tashkent", "Astana", "Tbilisi"};

  private Path reports(int n) throws IOException {
    Path in = Files.createDirectories(dir.resolve("in"));
    for (int i = 0; i < n; i++) {
      String city = CITIES[i % CITIES.length];
      Files.writeString(
          in.resolve(String.format("r%02d.txt", i)),
          String.format(
              "Defence talks in %s, round %d%n%n%s, June %d. General Omer Bayrak received the"
                  + " delegation led by Colonel Dilshod Nazarov in %s on June %d, the ministry"
                  + " said.%n%nThe sides discussed military education and joint exercise number"
                  + " %d.%n",
              city, i, city.toUpperCase(), 1 + i % 28, city, 1 + i % 28, i));
    }
    return in;
  }

  private static Process start(Path in, Path db) throws IOException {
    String java = Path.of(System.getProperty("java.home"), "bin", "java").toString();
    return new ProcessBuilder(
            java,
            "-Xmx1500m",
            "-cp",
            System.getProperty("java.class.path"),
            Main.class.getName(),
            "analyze",
            in.toString(),
            "--db",
            db.toString(),
            "--threads",
            "1")
        .redirectErrorStream(true)
        .redirectOutput(ProcessBuilder.Redirect.DISCARD)
        .start();
  }

  private static int count(Path db) {
    if (!Files.exists(db)) {
      return 0;
    }
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      return kb.reportCount();
    } catch (RuntimeException e) {
      return 0; // not created yet, or locked for a moment by the writer
    }
  }

  private static List<String> contents(Path db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      List<String> out = new ArrayList<>();
      for (Reading r : kb.readings()) {
        out.add(r.toString()); // every field: meta, blocks, persons, times ...
      }
      out.sort(Comparator.naturalOrder());
      return out;
    }
  }

  @Test
  void aRunKilledAtRandomPointsAndRunAgainStoresWhatAnUninterruptedRunStores() throws Exception {
    Path in = reports(25);
    Path reference = dir.resolve("reference.db");
    Process whole = start(in, reference);
    assertThat(whole.waitFor(300, TimeUnit.SECONDS)).isTrue();
    assertThat(whole.exitValue()).isZero();

    Path killed = dir.resolve("killed.db");
    Random random = new Random(7);
    List<Integer> storedAtKill = new ArrayList<>();
    int before = 0;
    for (int round = 0; round < 3 && before < 25; round++) {
      Process p = start(in, killed);
      // kill once this run has stored something new, at a random moment after that
      long deadline = System.nanoTime() + TimeUnit.SECONDS.toNanos(120);
      while (p.isAlive() && count(killed) <= before && System.nanoTime() < deadline) {
        Thread.sleep(50);
      }
      Thread.sleep(random.nextInt(400));
      p.destroyForcibly(); // SIGKILL on Unix: no shutdown hooks, no clean close
      p.waitFor(30, TimeUnit.SECONDS);
      before = count(killed);
      storedAtKill.add(before);
    }
    Process last = start(in, killed);
    assertThat(last.waitFor(300, TimeUnit.SECONDS)).isTrue();

    assertThat(last.exitValue()).isZero();
    assertThat(storedAtKill).anyMatch(n -> n > 0 && n < 25);
    assertThat(contents(killed)).isEqualTo(contents(reference)).hasSize(25);
  }
}
