package org.attache.spark.internal;

import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Iterator;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.sql.Encoders;
import org.apache.spark.sql.SaveMode;
import org.apache.spark.sql.SparkSession;
import org.apache.spark.storage.StorageLevel;

/**
 * Writes one file of the export: the JSON Lines file on the driver, streamed a partition at a time
 * in id order (the order {@code attache export} writes), and the same records as a Parquet dataset
 * written by the executors.
 */
public final class ExportFiles {
  private final SparkSession spark;
  private final Path out;
  private final String parquet;

  /**
   * @param parquet the folder of the Parquet datasets, or null for none
   */
  public ExportFiles(SparkSession spark, Path out, String parquet) {
    this.spark = spark;
    this.out = out;
    this.parquet = parquet;
  }

  /**
   * @param name the file's name without {@code .jsonl}: documents, persons, events
   * @param lines each record's JSON line, keyed by its id
   */
  public long write(String name, JavaPairRDD<String, String> lines) throws IOException {
    // Kept for the Parquet pass, which would otherwise merge everything again.
    JavaRDD<String> sorted = lines.sortByKey().values().persist(StorageLevel.MEMORY_AND_DISK());
    Files.createDirectories(out);
    long n = 0;
    try (BufferedWriter w =
        Files.newBufferedWriter(out.resolve(name + ".jsonl"), StandardCharsets.UTF_8)) {
      Iterator<String> it = sorted.toLocalIterator();
      while (it.hasNext()) {
        w.write(it.next());
        w.newLine();
        n++;
      }
    }
    if (parquet != null && n > 0) {
      spark
          .read()
          .json(spark.createDataset(sorted.rdd(), Encoders.STRING()))
          .write()
          .mode(SaveMode.Overwrite)
          .parquet(parquet + "/" + name);
    }
    sorted.unpersist(false);
    return n;
  }
}
