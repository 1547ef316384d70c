package org.attache.spark.internal;

import java.io.IOException;
import java.io.Serializable;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.ReadingJson;
import scala.Tuple2;

/**
 * The job's input as reports: folders and files of reports are listed on the driver and loaded on
 * the executors (every format {@code attache analyze} reads; the paths must be visible to every
 * machine, as on a shared file system); Parquet datasets, from any file system Spark reads, give a
 * report per row from their {@code text} column and optional {@code path} column.
 */
public final class ReportInput {
  /** Items of one file: a dump may hold this many before the next file's orders begin. */
  private static final long ITEMS_PER_FILE = 1L << 32;

  private ReportInput() {}

  private record FileToLoad(long index, String path) implements Serializable {}

  /** Every report of the inputs; files or rows that cannot be read go to {@code problems}. */
  public static JavaRDD<LoadedReport> load(
      SparkSession spark, List<String> inputs, CollectionAccumulator<String> problems) {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    List<FileToLoad> files = new ArrayList<>();
    List<JavaRDD<LoadedReport>> parts = new ArrayList<>();
    long index = 0;
    for (String input : inputs) {
      if (isParquet(input)) {
        parts.add(parquet(spark, input, index++, problems));
        continue;
      }
      for (Path f : ReportFinder.find(List.of(Path.of(input)))) {
        files.add(new FileToLoad(index++, f.toString()));
      }
    }
    if (!files.isEmpty()) {
      int slices = Math.max(1, Math.min(files.size(), sc.defaultParallelism() * 4));
      parts.add(sc.parallelize(files, slices).flatMap(f -> loadFile(f, problems).iterator()));
    }
    return parts.stream().reduce(JavaRDD::union).orElse(sc.emptyRDD());
  }

  private static List<LoadedReport> loadFile(
      FileToLoad file, CollectionAccumulator<String> problems) {
    List<LoadedReport> out = new ArrayList<>();
    long[] item = {0};
    new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES)
        .loadAll(
            Path.of(file.path()),
            r -> add(r, file.index() * ITEMS_PER_FILE + item[0]++, out, problems));
    return out;
  }

  private static void add(
      LoadResult r, long order, List<LoadedReport> out, CollectionAccumulator<String> problems) {
    if (r.ok()) {
      out.add(LoadedReport.of(order, r.source()));
    } else {
      problems.add(ReadingJson.toJson(r.problem()));
    }
  }

  private static JavaRDD<LoadedReport> parquet(
      SparkSession spark, String input, long index, CollectionAccumulator<String> problems) {
    Dataset<Row> rows = spark.read().parquet(input);
    List<String> columns = List.of(rows.columns());
    if (!columns.contains("text")) {
      throw new IllegalArgumentException(
          "The Parquet dataset "
              + input
              + " has no text column (it has "
              + String.join(", ", columns)
              + "). Give each report's text in a column named text, and its name in path.");
    }
    boolean named = columns.contains("path");
    return rows.javaRDD()
        .zipWithIndex()
        .flatMap(
            t -> {
              List<LoadedReport> out = new ArrayList<>();
              add(row(t, input, named), index * ITEMS_PER_FILE + t._2(), out, problems);
              return out.iterator();
            });
  }

  private static LoadResult row(Tuple2<Row, Long> t, String input, boolean named) {
    Row r = t._1();
    String path = named ? r.getAs("path") : null;
    String name = path != null ? path : input + "#" + (t._2() + 1);
    String text = r.getAs("text");
    byte[] bytes = text == null ? new byte[0] : text.getBytes(StandardCharsets.UTF_8);
    return new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).decode(name, bytes);
  }

  /**
   * A Parquet file, a folder of Parquet parts, or any URL (Spark reads those; the CLI does not).
   */
  static boolean isParquet(String input) {
    if (input.contains("://")) {
      return true;
    }
    Path p = Path.of(input);
    if (Files.isRegularFile(p)) {
      return p.getFileName().toString().endsWith(".parquet");
    }
    if (!Files.isDirectory(p)) {
      return false;
    }
    try (Stream<Path> children = Files.list(p)) {
      return children.anyMatch(c -> c.getFileName().toString().endsWith(".parquet"));
    } catch (IOException e) {
      return false;
    }
  }
}
