package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.Statement;
import java.util.UUID;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.attache.core.resolve.Resolution;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job in local mode, two threads: the same export as the single-machine path. */
class SparkAnalysisLocalIT {
  private static SparkSession spark;

  @TempDir Path tmp;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("attache-local-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void exportsWhatTheSingleMachinePathExportsOnTheExamples() throws Exception {
    Path expected = SingleMachineExport.exportExamples();
    Path out = tmp.resolve("spark");

    SparkAnalysis.Summary s =
        SparkAnalysis.run(
            spark,
            JobOptions.parse("--out", out.toString(), SingleMachineExport.examples().toString()));

    ExportAssert.sameExport(out, expected);
    assertThat(s.documents())
        .isEqualTo(Files.readAllLines(expected.resolve("documents.jsonl")).size());
    Row[] events = (Row[]) spark.read().parquet(out.resolve("parquet/events").toString()).collect();
    assertThat(events).hasSize((int) s.events());
  }

  @Test
  void storesReportsInPostgresqlForTheCommandLineToQuery() throws Exception {
    String pg = System.getenv("ATTACHE_TEST_PG_URL");
    Assumptions.assumeTrue(pg != null && !pg.isBlank(), "ATTACHE_TEST_PG_URL is not set");
    String schema =
        "attache_spark_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(pg);
        Statement st = c.createStatement()) {
      st.execute("CREATE SCHEMA " + schema);
    }
    String url = pg + (pg.contains("?") ? "&" : "?") + "currentSchema=" + schema;
    Path out = tmp.resolve("spark");

    SparkAnalysis.Summary s =
        SparkAnalysis.run(
            spark,
            JobOptions.parse(
                "--out",
                out.toString(),
                "--no-parquet",
                "--db",
                url,
                SingleMachineExport.examples().toString()));

    try (KnowledgeBase kb = KnowledgeBase.open(url)) {
      Resolution r = kb.resolution();
      assertThat(kb.readings()).hasSize((int) s.documents());
      assertThat(r.persons()).hasSize((int) s.persons());
      assertThat(r.occurrences()).hasSize((int) s.events());
    }
    assertThat(out.resolve("parquet")).doesNotExist();
  }
}
