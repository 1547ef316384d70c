package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class FolderWatchTest {
  @TempDir Path dir;

  private static List<Path> collect(FolderWatch w, int expected) throws InterruptedException {
    List<Path> all = new ArrayList<>();
    long end = System.nanoTime() + Duration.ofSeconds(20).toNanos();
    while (all.size() < expected && System.nanoTime() < end) {
      all.addAll(w.next(Duration.ofMillis(500)));
    }
    return all;
  }

  @Test
  void reportsFilesDroppedIntoTheFolderOnceTheyHaveSettled() throws Exception {
    try (FolderWatch w = new FolderWatch(dir, Duration.ofMillis(200))) {
      Files.writeString(dir.resolve("b.html"), "<p>page</p>");
      Files.writeString(dir.resolve("a.txt"), "BAKU, May 4. Text.");

      assertThat(collect(w, 2)).containsExactly(dir.resolve("a.txt"), dir.resolve("b.html"));
    }
  }

  @Test
  void ignoresHiddenAndNonReportFiles() throws Exception {
    try (FolderWatch w = new FolderWatch(dir, Duration.ofMillis(100))) {
      Files.writeString(dir.resolve(".partial.txt"), "x");
      Files.writeString(dir.resolve("photo.png"), "x");
      Files.writeString(dir.resolve("r.txt"), "x");

      assertThat(collect(w, 1)).containsExactly(dir.resolve("r.txt"));
      assertThat(w.next(Duration.ofMillis(300))).isEmpty();
    }
  }

  @Test
  void waitsUntilAFileBeingWrittenStopsChanging() throws Exception {
    try (FolderWatch w = new FolderWatch(dir, Duration.ofMillis(600))) {
      Path f = dir.resolve("slow.txt");
      Files.writeString(f, "first part ");
      Thread.sleep(200);
      assertThat(w.next(Duration.ofMillis(100))).isEmpty();
      Files.writeString(f, "second part", java.nio.file.StandardOpenOption.APPEND);

      assertThat(collect(w, 1)).containsExactly(f);
      assertThat(Files.readString(f)).isEqualTo("first part second part");
    }
  }
}
