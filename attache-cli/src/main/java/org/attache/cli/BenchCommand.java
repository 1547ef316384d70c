package org.attache.cli;

import java.lang.management.ManagementFactory;
import java.lang.management.MemoryPoolMXBean;
import java.lang.management.MemoryType;
import java.lang.management.ThreadMXBean;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.function.ToIntFunction;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.nlp.corenlp.StockPipeline;
import org.attache.core.read.Reading;
import org.attache.core.read.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache bench PATH...}: throughput of the project's reading against CoreNLP's stock
 * English pipeline, in one process on the same reports after a warm-up, single-threaded. Each
 * pipeline's rate is given by the wall clock and by the CPU time of the measuring thread: on a
 * machine that other work shares, the wall-clock ratio depends on what ran beside each pass, the
 * CPU-time ratio much less (collector threads are not counted in it).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "bench",
    description =
        "Measure the reading's speed against CoreNLP's stock pipeline on the same reports.")
public final class BenchCommand implements Callable<Integer> {
  static final String STOCK = "tokenize,ssplit,pos,lemma,ner";
  static final String FLOOR = "tokenize,ssplit";

  @Parameters(paramLabel = "PATH", arity = "1..*", description = "Report files and folders.")
  List<Path> paths;

  @Option(
      names = "--rounds",
      description = "Timed passes over the reports (default: ${DEFAULT-VALUE}).")
  int rounds = 3;

  @Option(names = "--warmup", description = "Untimed passes first (default: ${DEFAULT-VALUE}).")
  int warmup = 1;

  /** One measured pipeline. */
  record Result(
      String name,
      double reportsPerSecond,
      double tokensPerSecond,
      double reportsPerCpuSecond,
      long peakHeapBytes) {}

  @Override
  public Integer call() {
    List<SourceText> reports = load();
    if (reports.isEmpty()) {
      System.err.println("attache: no readable reports in " + paths + ".");
      return 1;
    }
    StockPipeline floor = new StockPipeline(FLOOR);
    int tokens = reports.stream().mapToInt(r -> floor.tokens(r.text())).sum();
    System.err.printf(
        "%d reports, %d tokens; %d warm-up and %d timed passes each.%n",
        reports.size(), tokens, warmup, rounds);
    List<Result> results = new ArrayList<>();
    ReportReader reader = ReportReader.standard();
    results.add(measure("attache reading", reports, tokens, r -> size(reader.read(r))));
    results.add(measure("tokenize,ssplit (floor)", reports, tokens, r -> floor.tokens(r.text())));
    StockPipeline stock = new StockPipeline(STOCK);
    results.add(measure("CoreNLP stock " + STOCK, reports, tokens, r -> stock.tokens(r.text())));
    print(results);
    return 0;
  }

  private static int size(Reading r) {
    return r.sentences().size();
  }

  private List<SourceText> load() {
    ReportLoader loader = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES);
    List<SourceText> out = new ArrayList<>();
    for (Path f : ReportFinder.find(paths)) {
      LoadResult r = loader.load(f);
      if (r.ok()) {
        out.add(r.source());
      } else {
        System.err.println("attache: skipped " + r.problem());
      }
    }
    return out;
  }

  private Result measure(
      String name, List<SourceText> reports, int tokens, ToIntFunction<SourceText> run) {
    for (int i = 0; i < warmup; i++) {
      reports.forEach(run::applyAsInt);
    }
    System.gc();
    resetPeaks();
    ThreadMXBean threads = ManagementFactory.getThreadMXBean();
    long start = System.nanoTime();
    long cpuStart = threads.getCurrentThreadCpuTime();
    for (int i = 0; i < rounds; i++) {
      reports.forEach(run::applyAsInt);
    }
    double cpuSeconds = (threads.getCurrentThreadCpuTime() - cpuStart) / 1e9;
    double seconds = (System.nanoTime() - start) / 1e9;
    Result r =
        new Result(
            name,
            reports.size() * rounds / seconds,
            (double) tokens * rounds / seconds,
            reports.size() * rounds / cpuSeconds,
            peakHeap());
    System.err.printf("  %-45s %8.2f reports/s%n", name, r.reportsPerSecond());
    return r;
  }

  private static void resetPeaks() {
    ManagementFactory.getMemoryPoolMXBeans().forEach(MemoryPoolMXBean::resetPeakUsage);
  }

  private static long peakHeap() {
    long sum = 0;
    for (MemoryPoolMXBean pool : ManagementFactory.getMemoryPoolMXBeans()) {
      if (pool.getType() == MemoryType.HEAP && pool.getPeakUsage() != null) {
        sum += pool.getPeakUsage().getUsed();
      }
    }
    return sum;
  }

  static void print(List<Result> results) {
    Result base = results.get(results.size() - 1);
    Table t =
        new Table(
            "PIPELINE",
            "REPORTS/S",
            "TOKENS/S",
            "PEAK HEAP",
            "VS STOCK",
            "REPORTS/CPU-S",
            "VS STOCK (CPU)");
    for (Result r : results) {
      t.row(
          r.name(),
          String.format("%.2f", r.reportsPerSecond()),
          String.format("%.0f", r.tokensPerSecond()),
          String.format("%.0f MB", r.peakHeapBytes() / 1048576.0),
          String.format("%.2fx", r.reportsPerSecond() / base.reportsPerSecond()),
          String.format("%.2f", r.reportsPerCpuSecond()),
          String.format("%.2fx", r.reportsPerCpuSecond() / base.reportsPerCpuSecond()));
    }
    t.print(System.out);
    System.out.printf("Max heap (-Xmx): %.0f MB%n", Runtime.getRuntime().maxMemory() / 1048576.0);
  }
}
