package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Path;
import org.apache.spark.sql.SparkSession;
import org.attache.spark.cluster.StandaloneCluster;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The job on a real standalone cluster: a master and two workers of one core each, child JVMs on
 * 127.0.0.1; skipped when the cluster cannot start here.
 */
class StandaloneClusterIT {
  private static StandaloneCluster cluster;

  @TempDir Path tmp;

  @BeforeAll
  static void startCluster() {
    try {
      cluster = StandaloneCluster.start(2, "3g");
    } catch (IOException e) {
      Assumptions.abort("no standalone Spark cluster could start here: " + e.getMessage());
    }
  }

  @AfterAll
  static void stopCluster() {
    if (cluster != null) {
      cluster.close();
    }
  }

  @Test
  void twoExecutorsExportWhatTheSingleMachinePathExportsOnTheExamples() throws Exception {
    Path examples = SingleMachineExport.examples();
    Path expected = SingleMachineExport.exportExamples();
    Path out = tmp.resolve("spark");
    SparkSession spark =
        SparkSession.builder()
            .appName("attache-cluster-test")
            .config(cluster.appConf("2g", 2))
            .getOrCreate();
    try {
      assertThat(StandaloneCluster.awaitExecutors(spark, 2)).as("two executors came").isTrue();

      SparkAnalysis.run(spark, JobOptions.parse("--out", out.toString(), examples.toString()));

      ExportAssert.sameExport(out, expected);
    } finally {
      spark.stop();
    }
  }
}
