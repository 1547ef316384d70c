package org.attache.cli;

import java.nio.file.Path;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.core.Problem;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.Reading;
import org.attache.core.read.ReportReader;
import org.attache.store.KnowledgeBase;
import org.attache.store.ResolveOutcome;
import org.attache.store.SaveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache analyze PATH... --db FILE}: reads every report and stores the result. Reports are
 * read on worker threads and saved one by one, each in its own transaction.
 */
@Command(
    name = "analyze",
    description = "Read every report of the given files and folders and store the result.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description = "Report files (UTF-8 text) and folders of them.")
  List<Path> paths;

  @Option(
      names = "--db",
      defaultValue = "attache.db",
      description = "SQLite file or jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db;

  @Option(names = "--threads", description = "Reports read at once (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  @Option(
      names = "--max-size",
      description = "Largest report file to read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize = ReportLoader.DEFAULT_MAX_BYTES;

  private record Outcome(SourceText source, Reading reading, Problem problem) {}

  @Override
  public Integer call() throws Exception {
    List<Path> files = ReportFinder.find(paths);
    if (files.isEmpty()) {
      System.err.println(
          "attache: no report files (*.txt) found in "
              + paths
              + ". Pass files or folders of reports.");
      return 1;
    }
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      System.err.println("Loading the language models (a few seconds)...");
      ReportReader reader = ReportReader.standard();
      ReportLoader loader = new ReportLoader(maxSize);
      Map<SaveOutcome, Integer> saved = new EnumMap<>(SaveOutcome.class);
      List<Problem> problems = new ArrayList<>();
      int persons = 0;
      int dates = 0;
      Progress progress = new Progress(System.err, files.size());
      ExecutorService pool = Executors.newFixedThreadPool(threads);
      try {
        Deque<Future<Outcome>> window = new ArrayDeque<>();
        int next = 0;
        int done = 0;
        while (done < files.size()) {
          while (next < files.size() && window.size() < threads * 2) {
            Path f = files.get(next++);
            window.add(pool.submit(() -> readOne(f, loader, reader)));
          }
          Outcome o = window.poll().get();
          done++;
          if (o.problem() != null) {
            problems.add(o.problem());
            System.err.println("attache: " + o.problem());
            kb.saveProblem(o.problem());
          } else {
            saved.merge(kb.save(o.source(), o.reading()), 1, Integer::sum);
            persons += o.reading().persons().size();
            dates += o.reading().times().size();
          }
          progress.step(done, files.get(done - 1).getFileName().toString());
        }
      } finally {
        pool.shutdownNow();
      }
      ResolveOutcome resolved = kb.resolve();
      System.err.printf(
          "Resolved %d persons; merged %d event blocks again into %d occurrences.%n",
          resolved.persons(), resolved.blocksMerged(), resolved.occurrencesWritten());
      int read = files.size() - problems.size();
      System.err.printf(
          "Read %d of %d reports in %.1f s (%d failed): %d added, %d replaced, %d unchanged; %d persons, %d dates. Stored in %s.%n",
          read,
          files.size(),
          progress.seconds(),
          problems.size(),
          saved.getOrDefault(SaveOutcome.ADDED, 0),
          saved.getOrDefault(SaveOutcome.REPLACED, 0),
          saved.getOrDefault(SaveOutcome.UNCHANGED, 0),
          persons,
          dates,
          db);
      return problems.isEmpty() ? 0 : 1;
    }
  }

  private static Outcome readOne(Path file, ReportLoader loader, ReportReader reader) {
    LoadResult loaded = loader.load(file);
    if (!loaded.ok()) {
      return new Outcome(null, null, loaded.problem());
    }
    try {
      return new Outcome(loaded.source(), reader.read(loaded.source()), null);
    } catch (RuntimeException e) {
      // A bug or an input the reader cannot handle: one report's failure, not the batch's.
      return new Outcome(
          null,
          null,
          new Problem(
              file.toString(),
              "read",
              "cannot be read: " + e + ". Please report this with the file."));
    }
  }
}
