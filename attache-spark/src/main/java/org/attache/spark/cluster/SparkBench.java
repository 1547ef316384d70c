package org.attache.spark.cluster;

import java.io.IOException;
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
 * read as a repeat of another; the corpus is read at run time and never kept.
 *
 * <p>Example: {@code SparkBench --corpus ../shared/corpus --copies 8}
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
    int copies = 8;
    for (int i = 0; i + 1 < args.length; i += 2) {
      switch (args[i]) {
        case "--corpus" -> corpus = Path.of(args[i + 1]);
        case "--copies" -> copies = Integer.parseInt(args[i + 1]);
        default ->
            throw new IllegalArgumentException(
                "Unknown option " + args[i] + ". Usage: SparkBench [--corpus DIR] [--copies N]");
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
      Run one = run(1, input, work.resolve("out-1"), n);
      Run two = run(2, input, work.resolve("out-2"), n);
      System.out.printf(
          "spark-bench: two executors / one executor = %.2f%n", two.perSecond() / one.perSecond());
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
        long t0 = System.nanoTime();
        SparkAnalysis.run(spark, JobOptions.parse("--out", out.toString(), input.toString()));
        Run r = new Run(executors, reports, (System.nanoTime() - t0) / 1e9);
        System.out.printf(
            "spark-bench: %d executor(s) of one core: %.1f s, %.2f reports/s%n",
            executors, r.seconds(), r.perSecond());
        return r;
      } finally {
        spark.stop();
      }
    }
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
