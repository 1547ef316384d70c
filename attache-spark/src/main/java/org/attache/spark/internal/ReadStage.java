package org.attache.spark.internal;

import java.util.ArrayList;
import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.apache.spark.util.CollectionAccumulator;
import org.attache.core.Problem;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.read.ReportReader;
import org.attache.core.resolve.ReprintDetector;
import org.attache.core.resolve.Resolution;

/**
 * Reads every report once: two loads of one text (by its hash) are read once, as the store keeps
 * one report per text; the reading runs in each executor's one {@link ReportReader}.
 */
public final class ReadStage {
  private ReadStage() {}

  public static JavaRDD<ReadReport> read(
      JavaRDD<LoadedReport> loaded, int partitions, CollectionAccumulator<String> problems) {
    return loaded
        .keyBy(LoadedReport::id)
        .reduceByKey(LoadedReport::first, partitions)
        .values()
        .mapPartitions(reports -> readAll(reports, problems))
        .persist(StorageLevel.MEMORY_AND_DISK());
  }

  private static Iterator<ReadReport> readAll(
      Iterator<LoadedReport> reports, CollectionAccumulator<String> problems) {
    ReportReader reader = ReaderPerJvm.reader();
    List<ReadReport> out = new ArrayList<>();
    while (reports.hasNext()) {
      LoadedReport r = reports.next();
      try {
        Reading reading = reader.read(r.source());
        long[] signature =
            ReprintDetector.signature(Resolution.body(reading, r.text())).orElse(null);
        out.add(ReadReport.of(r, reading, signature));
      } catch (RuntimeException | StackOverflowError e) {
        // One report's failure, not the job's, as in `attache analyze`.
        problems.add(
            ReadingJson.toJson(
                new Problem(
                    r.path(),
                    "read",
                    "cannot be read: " + e + ". Please report this with the file.")));
      }
    }
    return out.iterator();
  }
}
