package org.attache.server;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.stream.Stream;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.ReportReader;
import org.attache.store.KnowledgeBase;

/**
 * The team's own example reports ({@code examples/*.txt}), read by the real reader, events
 * included, into a knowledge base file, as {@code attache analyze examples} does.
 */
final class ExampleReports {
  static final Path FOLDER = Path.of("..", "examples");

  private ExampleReports() {}

  /** Reads every example into {@code db} and brings its resolution up to date. */
  static void into(Path db) throws IOException {
    List<Path> files;
    try (Stream<Path> all = Files.list(FOLDER)) {
      files = all.filter(f -> f.toString().endsWith(".txt")).sorted().toList();
    }
    if (files.isEmpty()) {
      throw new IllegalStateException("No example reports in " + FOLDER.toAbsolutePath());
    }
    ReportReader reader = ReportReader.standard();
    ReportLoader loader = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES);
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      for (Path f : files) {
        LoadResult loaded = loader.load(f);
        if (!loaded.ok()) {
          throw new IllegalStateException("Cannot read the example " + f + ": " + loaded.problem());
        }
        kb.save(loaded.source(), reader.read(loaded.source()));
      }
      kb.resolve();
    }
  }
}
