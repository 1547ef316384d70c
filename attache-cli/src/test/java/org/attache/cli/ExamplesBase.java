package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Comparator;
import java.util.stream.Stream;

/**
 * The project's {@code examples/} analysed once per test run (the language models are slow to load)
 * into a knowledge base the tests only read; it is deleted when the run ends.
 */
final class ExamplesBase {
  private static String db;

  private ExamplesBase() {}

  static synchronized String db() {
    if (db == null) {
      try {
        Path dir = Files.createTempDirectory("attache-examples");
        Runtime.getRuntime().addShutdownHook(new Thread(() -> delete(dir)));
        String file = dir.resolve("examples.db").toString();
        assertThat(CommandRun.of("analyze", Path.of("..", "examples").toString(), "--db", file))
            .extracting(CommandRun::status)
            .isEqualTo(0);
        db = file;
      } catch (IOException e) {
        throw new UncheckedIOException(e);
      }
    }
    return db;
  }

  private static void delete(Path dir) {
    try (Stream<Path> files = Files.walk(dir)) {
      files.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
    } catch (IOException e) {
      // Left in the temporary folder: nothing else reads it.
    }
  }
}
