package org.attache.spark;

import java.io.IOException;
import java.nio.file.Path;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.util.CollectionAccumulator;
import org.attache.core.Problem;
import org.attache.core.export.JsonlExport;
import org.attache.core.read.ReadingJson;
import org.attache.spark.internal.DatabaseOutput;
import org.attache.spark.internal.DistributedEvents;
import org.attache.spark.internal.DistributedPersons;
import org.attache.spark.internal.DistributedReprints;
import org.attache.spark.internal.ExportFiles;
import org.attache.spark.internal.Json;
import org.attache.spark.internal.KeyedPerson;
import org.attache.spark.internal.LoadedReport;
import org.attache.spark.internal.ReadReport;
import org.attache.spark.internal.ReadStage;
import org.attache.spark.internal.ReportInput;
import scala.Tuple2;

/**
 * Attaché as a Spark job: reads every report of the inputs on the executors, resolves persons,
 * reprints and occurrences across reports on the cluster, and writes the export {@code attache
 * export --format jsonl} writes ({@code documents.jsonl}, {@code persons.jsonl}, {@code
 * events.jsonl}), the same records as Parquet, and optionally a PostgreSQL knowledge base.
 *
 * <p>Example: {@code SparkAnalysis.run(spark, JobOptions.parse("--out", "out", "reports/"))}
 */
public final class SparkAnalysis {
  private SparkAnalysis() {}

  /**
   * What a run did.
   *
   * @param seconds the wall-clock seconds of each phase, in the order they ran
   */
  public record Summary(
      long documents,
      long persons,
      long events,
      List<Problem> problems,
      Map<String, Double> seconds) {}

  public static void main(String[] args) throws IOException {
    JobOptions options;
    try {
      options = JobOptions.parse(args);
    } catch (IllegalArgumentException e) {
      System.err.println(e.getMessage());
      System.exit(2);
      return;
    }
    try (SparkSession spark = SparkSession.builder().appName("attache").getOrCreate()) {
      Summary s = run(spark, options);
      s.problems().forEach(p -> System.err.println("attache: " + p));
      System.err.printf(
          "Exported %d documents, %d persons and %d events to %s.%n",
          s.documents(), s.persons(), s.events(), options.out());
    }
  }

  public static Summary run(SparkSession spark, JobOptions options) throws IOException {
    JavaSparkContext sc = JavaSparkContext.fromSparkContext(spark.sparkContext());
    CollectionAccumulator<String> problemLog = sc.sc().collectionAccumulator("attache-problems");
    JavaRDD<LoadedReport> loaded = ReportInput.load(spark, options.inputs(), problemLog);
    int partitions = options.partitions() > 0 ? options.partitions() : sc.defaultParallelism() * 4;
    JavaRDD<ReadReport> read = ReadStage.read(loaded, partitions, problemLog);
    Map<String, Double> seconds = new LinkedHashMap<>();
    long start = System.nanoTime();
    try {
      read.count();
      long t = lap(seconds, "read", start);
      JavaPairRDD<String, String> families = DistributedReprints.families(read);
      t = lap(seconds, "reprints", t);
      JavaRDD<KeyedPerson> persons = DistributedPersons.resolve(read).cache();
      persons.count();
      t = lap(seconds, "persons", t);
      ExportFiles files = new ExportFiles(spark, Path.of(options.out()), options.parquet());
      long documents = files.write("documents", documents(read, families));
      long personCount =
          files.write("persons", persons.mapToPair(p -> new Tuple2<>(p.id(), p.json())));
      t = lap(seconds, "documents and persons written", t);
      long events = files.write("events", DistributedEvents.merge(read, persons, families));
      t = lap(seconds, "events merged and written", t);
      List<Problem> problems =
          new TreeSet<>(problemLog.value())
              .stream().map(json -> Json.parse(json, Problem.class)).toList();
      if (options.db() != null) {
        DatabaseOutput.save(read, problems, options.db());
        lap(seconds, "database", t);
      }
      return new Summary(documents, personCount, events, problems, seconds);
    } finally {
      read.unpersist(false);
    }
  }

  private static JavaPairRDD<String, String> documents(
      JavaRDD<ReadReport> read, JavaPairRDD<String, String> families) {
    return read.mapToPair(r -> new Tuple2<>(r.id(), r))
        .leftOuterJoin(families)
        .mapToPair(
            t ->
                new Tuple2<>(
                    t._1(),
                    ReadingJson.toJson(
                        JsonlExport.document(t._2()._1().reading(), t._2()._2().orElse(t._1())))));
  }

  private static long lap(Map<String, Double> seconds, String phase, long since) {
    long now = System.nanoTime();
    seconds.put(phase, (now - since) / 1e9);
    return now;
  }
}
