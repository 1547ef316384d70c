package org.attache.spark.cluster;

import java.io.IOException;
import java.lang.management.ManagementFactory;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.sql.SparkSession;
import org.attache.spark.JobOptions;
import org.attache.spark.SparkAnalysis;

/**
 * The job's throughput on one executor against two, in one run: a standalone cluster of one worker
 * of one core, then of two, each running the whole job (reading, resolution, export) on the same
 * input. The input is the corpus's reports ({@code seeds} and {@code dev}) copied several times
 * into a temporary folder, each copy made a distinct text by trailing newlines, so that no copy is
 * read as a repeat of another; the corpus is read at run time and never kept. The two set-ups take
 * turns for several rounds and the median of each is compared, so that a burst of load on the
 * machine does not fall on one side only.
 *
 * <p>Example: {@code SparkBench --corpus ../shared/corpus --copies 60 --rounds 2}
 */
public final class SparkBench {
  private SparkBench() {}

  private record Run(int executors, int reports, double seconds) {
    double perSecond() {
      return reports / seconds;
    }
  }

  public static void main(String[] args) throws IOException {
    Path corpus = Path.of("../shared/corpus");
    int copies = 60;
    int rounds = 2;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--copies" -> copies = Integer.parseInt(args[i + 1]);
        case "--rounds" -> rounds = Integer.parseInt(args[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "Unknown option "
                    + args[i]
                    + ". Usage: SparkBench [--corpus DIR] [--copies N] [--rounds N]");
      }
    }
    List<Path> reports = corpusReports(corpus);
    if (reports.isEmpty()) {
      System.out.println("spark-bench: no reports in " + corpus + "/seeds or /dev: skipped.");
      return;
    }
    Path work = Files.createTempDirectory("attache-spark-bench");
    try {
      Path input = work.resolve("input");
      int n = copy(reports, copies, input);
      System.out.printf(
          "spark-bench: %d reports (%d corpus reports x %d copies)%n", n, reports.size(), copies);
      List<Double> one = new ArrayList<>();
      List<Double> two = new ArrayList<>();
      for (int r = 0; r < rounds; r++) {
        one.add(run(1, input, work.resolve("out-1-" + r), n).perSecond());
        two.add(run(2, input, work.resolve("out-2-" + r), n).perSecond());
      }
      double m1 = median(one);
      double m2 = median(two);
      System.out.printf(
          "spark-bench: median of %d rounds: one executor %.2f reports/s, two %.2f reports/s;"
              + " two / one = %.2f (load average now %.1f)%n",
          rounds,
          m1,
          m2,
          m2 / m1,
          ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
    } finally {
      try (Stream<Path> s = Files.walk(work)) {
        s.sorted(Comparator.reverseOrder()).forEach(p -> p.toFile().delete());
      }
    }
  }

  private static Run run(int executors, Path input, Path out, int reports) throws IOException {
    try (StandaloneCluster cluster = StandaloneCluster.start(executors, "3g")) {
      SparkSession spark =
          SparkSession.builder()
              .appName("attache-bench-" + executors)
              .config(cluster.appConf("2g", executors))
              .getOrCreate();
      try {
        if (!StandaloneCluster.awaitExecutors(spark, executors)) {
          throw new IllegalStateException("the cluster did not start " + executors + " executors");
        }
        long t0 = System.nanoTime();
        SparkAnalysis.Summary s =
            SparkAnalysis.run(spark, JobOptions.parse("--out", out.toString(), input.toString()));
        Run r = new Run(executors, reports, (System.nanoTime() - t0) / 1e9);
        s.seconds()
            .forEach((phase, t) -> System.out.printf("spark-bench:   %s %.1f s%n", phase, t));
        System.out.printf(
            "spark-bench: %d executor(s) of one core: %.1f s, %.2f reports/s (load average %.1f)%n",
            executors,
            r.seconds(),
            r.perSecond(),
            ManagementFactory.getOperatingSystemMXBean().getSystemLoadAverage());
        return r;
      } finally {
        spark.stop();
      }
    }
  }

  private static double median(List<Double> values) {
    List<Double> sorted = values.stream().sorted().toList();
    int m = sorted.size() / 2;
    return sorted.size() % 2 == 1 ? sorted.get(m) : (sorted.get(m - 1) + sorted.get(m)) / 2;
  }

  private static List<Path> corpusReports(Path corpus) throws IOException {
    List<Path> out = new ArrayList<>();
    for (String dir : new String[] {"seeds", "dev"}) {
      Path d = corpus.resolve(dir);
      if (Files.isDirectory(d)) {
        try (Stream<Path> s = Files.list(d)) {
          s.filter(p -> p.getFileName().toString().endsWith(".txt")).sorted().forEach(out::add);
        }
      }
    }
    return out;
  }

  private static int copy(List<Path> reports, int copies, Path input) throws IOException {
    int n = 0;
    for (int k = 0; k < copies; k++) {
      Path dir = Files.createDirectories(input.resolve("copy-" + k));
      for (Path r : reports) {
        String text = Files.readString(r, StandardCharsets.UTF_8) + "\n".repeat(k);
        Files.writeString(dir.resolve(r.getFileName()), text, StandardCharsets.UTF_8);
        n++;
      }
    }
    return n;
  }
}
