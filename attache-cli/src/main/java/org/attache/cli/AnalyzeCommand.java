package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.ReportReader;
import org.attache.store.KnowledgeBase;
import org.attache.store.ResolveOutcome;
import org.attache.store.SaveOutcome;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache analyze PATH... --db FILE}: reads every report and stores the result. Reports are
 * read on worker threads and saved one by one, each in its own transaction. Each file's format is
 * told from its content: text, web page, JSON Lines dump, RSS/Atom feed or WARC archive.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "analyze",
    description = "Read every report of the given files and folders and store the result.")
public final class AnalyzeCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "PATH",
      arity = "1..*",
      description =
          "Report files and folders of them: text, web pages, JSON Lines dumps, RSS/Atom feeds,"
              + " WARC archives (gzipped or not).")
  List<Path> paths;

  @Mixin DatabaseOption db;

  @Option(names = "--threads", description = "Reports read at once (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  @Option(
      names = "--max-size",
      description = "Largest single report to read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize = ReportLoader.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() throws Exception {
    for (Path p : paths) {
      if (!Files.exists(p)) {
        throw new UsageError(
            "there is no file or folder " + p + ". Give report files or folders of them.");
      }
    }
    List<Path> files = ReportFinder.find(paths);
    if (files.isEmpty()) {
      System.err.println(
          "attache: no report files ("
              + ReportFinder.KINDS
              + ") found in "
              + paths
              + ". Pass files or folders of reports.");
      return 1;
    }
    try (KnowledgeBase kb = db.openOrCreate()) {
      System.err.println("Loading the language models (a few seconds)...");
      ReportReader reader = ReportReader.standard();
      Progress progress = new Progress(System.err, files.size());
      AnalysisRun.Summary s =
          new AnalysisRun(kb, reader, new ReportLoader(maxSize), threads, System.err)
              .run(files, progress);
      ResolveOutcome resolved = kb.resolve();
      System.err.printf(
          "Resolved %d persons; merged %d event blocks again into %d occurrences.%n",
          resolved.persons(), resolved.blocksMerged(), resolved.occurrencesWritten());
      System.err.printf(
          "Read %d of %d reports in %.1f s (%d failed): %d added, %d replaced, %d unchanged; %d"
              + " persons, %d dates. Stored in %s.%n",
          s.reports() - s.failed(),
          s.reports(),
          progress.seconds(),
          s.failed(),
          s.saved().getOrDefault(SaveOutcome.ADDED, 0),
          s.saved().getOrDefault(SaveOutcome.REPLACED, 0),
          s.saved().getOrDefault(SaveOutcome.UNCHANGED, 0),
          s.persons(),
          s.dates(),
          db);
      return s.failed() == 0 ? 0 : 1;
    }
  }
}
