package org.attache.cli;

import java.io.PrintStream;
import java.nio.file.Path;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.ArrayBlockingQueue;
import java.util.concurrent.BlockingQueue;
import java.util.concurrent.CompletableFuture;
import java.util.concurrent.ExecutionException;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.attache.core.Problem;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.Reading;
import org.attache.core.read.ReportReader;
import org.attache.store.KnowledgeBase;
import org.attache.store.SaveOutcome;

/**
 * Reads files into the knowledge base: one thread loads the files (a dump or archive gives many
 * reports, streamed), worker threads read the reports, and this thread saves them in order, each in
 * its own transaction. At most a few reports wait in memory at any time.
 */
final class AnalysisRun {
  /** What a run did. */
  record Summary(
      int reports, int failed, Map<SaveOutcome, Integer> saved, int persons, int dates) {}

  private record Outcome(String path, SourceText source, Reading reading, Problem problem) {}

  private static final Outcome FILE_DONE = new Outcome(null, null, null, null);
  private static final Outcome ALL_DONE = new Outcome(null, null, null, null);

  private final KnowledgeBase kb;
  private final ReportReader reader;
  private final ReportLoader loader;
  private final int threads;
  private final PrintStream err;

  AnalysisRun(
      KnowledgeBase kb, ReportReader reader, ReportLoader loader, int threads, PrintStream err) {
    this.kb = kb;
    this.reader = reader;
    this.loader = loader;
    this.threads = threads;
    this.err = err;
  }

  Summary run(List<Path> files, Progress progress) throws InterruptedException {
    BlockingQueue<Future<Outcome>> queue = new ArrayBlockingQueue<>(threads * 2);
    ExecutorService pool = Executors.newFixedThreadPool(threads);
    Thread producer = new Thread(() -> produce(files, queue, pool), "attache-loader");
    producer.setDaemon(true);
    producer.start();
    Map<SaveOutcome, Integer> saved = new EnumMap<>(SaveOutcome.class);
    int reports = 0;
    int failed = 0;
    int persons = 0;
    int dates = 0;
    int filesDone = 0;
    try {
      while (true) {
        Outcome o = get(queue.take());
        if (o == ALL_DONE) {
          break;
        }
        if (o == FILE_DONE) {
          filesDone++;
          progress.step(filesDone, files.get(filesDone - 1).getFileName().toString());
          continue;
        }
        reports++;
        if (o.problem() != null) {
          failed++;
          err.println("attache: " + o.problem());
          kb.saveProblem(o.problem());
        } else {
          saved.merge(kb.save(o.source(), o.reading()), 1, Integer::sum);
          persons += o.reading().persons().size();
          dates += o.reading().times().size();
        }
      }
    } finally {
      pool.shutdownNow();
      producer.interrupt();
    }
    return new Summary(reports, failed, saved, persons, dates);
  }

  private void produce(
      List<Path> files, BlockingQueue<Future<Outcome>> queue, ExecutorService pool) {
    try {
      for (Path f : files) {
        loader.loadAll(f, loaded -> put(queue, submit(loaded, pool)));
        put(queue, CompletableFuture.completedFuture(FILE_DONE));
      }
    } catch (RuntimeException e) {
      // a bug in a loader: say so rather than hang the run
      put(
          queue,
          CompletableFuture.completedFuture(
              new Outcome(null, null, null, new Problem("(loader)", "ingest", e.toString()))));
    } finally {
      put(queue, CompletableFuture.completedFuture(ALL_DONE));
    }
  }

  private Future<Outcome> submit(LoadResult loaded, ExecutorService pool) {
    if (!loaded.ok()) {
      return CompletableFuture.completedFuture(
          new Outcome(loaded.problem().source(), null, null, loaded.problem()));
    }
    return pool.submit(() -> readOne(loaded.source()));
  }

  private Outcome readOne(SourceText source) {
    try {
      return new Outcome(source.path(), source, reader.read(source), null);
    } catch (RuntimeException | StackOverflowError e) {
      // A bug or an input the reader cannot handle: one report's failure, not the batch's.
      return new Outcome(
          source.path(),
          null,
          null,
          new Problem(
              source.path(),
              "read",
              "cannot be read: " + e + ". Please report this with the file."));
    }
  }

  private static void put(BlockingQueue<Future<Outcome>> queue, Future<Outcome> f) {
    try {
      queue.put(f);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException("the run was stopped", e);
    }
  }

  private static Outcome get(Future<Outcome> f) throws InterruptedException {
    try {
      return f.get();
    } catch (ExecutionException e) {
      throw new IllegalStateException("a reader thread failed", e.getCause());
    }
  }
}
