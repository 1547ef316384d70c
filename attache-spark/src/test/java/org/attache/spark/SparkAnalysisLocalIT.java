package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode, two threads: the same export as the single-machine path. */
class SparkAnalysisLocalIT {
  @TempDir Path tmp;

  @Test
  void exportsWhatTheSingleMachinePathExportsOnTheExamples() throws Exception {
    Path examples = Path.of(System.getProperty("attache.examples", "../examples"));
    Path expected = tmp.resolve("single");
    SingleMachineExport.write(examples, expected);
    Path out = tmp.resolve("spark");
    try (SparkSession spark = LocalSpark.start("attache-local-test")) {
      SparkAnalysis.Summary s =
          SparkAnalysis.run(spark, JobOptions.parse("--out", out.toString(), examples.toString()));

      ExportAssert.sameExport(out, expected);
      assertThat(s.documents())
          .isEqualTo(Files.readAllLines(expected.resolve("documents.jsonl")).size());
      Row[] events =
          (Row[]) spark.read().parquet(out.resolve("parquet/events").toString()).collect();
      assertThat(events).hasSize((int) s.events());
    }
  }
}
