package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
import java.time.Duration;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.ReportReader;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache watch DIR --db FILE}: analyses the reports already in a folder, then each new
 * report file as it arrives, until stopped (Ctrl-C) or, with {@code --max-files}, after that many
 * new files. Stored reports are not read again: the store knows them by content.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "watch",
    description = "Analyse the reports in a folder, then every report file dropped into it.")
public final class WatchCommand implements Callable<Integer> {
  @Parameters(paramLabel = "DIR", description = "The folder to watch.")
  Path dir;

  @Mixin DatabaseOption db;

  @Option(names = "--threads", description = "Reports read at once (default: ${DEFAULT-VALUE}).")
  int threads = Math.max(1, Math.min(4, Runtime.getRuntime().availableProcessors()));

  @Option(
      names = "--max-size",
      description = "Largest single report to read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize = ReportLoader.DEFAULT_MAX_BYTES;

  @Option(
      names = "--quiet-ms",
      description =
          "How long a new file must stay unchanged before it is read (default: ${DEFAULT-VALUE}).")
  long quietMs = 500;

  @Option(
      names = "--max-files",
      description = "Stop after this many new files (default: watch until stopped).")
  int maxFiles = -1;

  @Override
  public Integer call() throws Exception {
    if (!Files.isDirectory(dir)) {
      throw new UsageError(dir + " is not a folder. Give the folder to watch.");
    }
    try (KnowledgeBase kb = db.openOrCreate();
        FolderWatch watch = new FolderWatch(dir, Duration.ofMillis(quietMs))) {
      System.err.println("Loading the language models (a few seconds)...");
      AnalysisRun run =
          new AnalysisRun(
              kb, ReportReader.standard(), new ReportLoader(maxSize), threads, System.err);
      List<Path> existing = ReportFinder.find(List.of(dir));
      if (!existing.isEmpty()) {
        report(run.run(existing, new Progress(System.err, existing.size())), "already there");
      }
      System.err.println("Watching " + dir + " for new reports (Ctrl-C to stop)...");
      int seen = 0;
      while (maxFiles < 0 || seen < maxFiles) {
        List<Path> arrived = watch.next(Duration.ofSeconds(1));
        if (maxFiles >= 0) {
          arrived = arrived.subList(0, Math.min(arrived.size(), maxFiles - seen));
        }
        if (!arrived.isEmpty()) {
          seen += arrived.size();
          report(run.run(arrived, new Progress(System.err, arrived.size())), "new");
        }
      }
      return 0;
    }
  }

  private void report(AnalysisRun.Summary s, String which) {
    System.err.printf(
        "Read %d of %d %s reports (%d failed); stored in %s.%n",
        s.reports() - s.failed(), s.reports(), which, s.failed(), db);
  }
}
