package org.attache.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.attache.spark.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;
import scala.Tuple2;

class ConnectedComponentsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("components-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  @Test
  void labelsEveryNodeWithTheLeastNodeOfItsComponent() {
    // A chain whose least node is at its far end takes several rounds to reach every node.
    List<Tuple2<String, String>> edges =
        List.of(
            new Tuple2<>("e", "d"),
            new Tuple2<>("d", "c"),
            new Tuple2<>("c", "b"),
            new Tuple2<>("b", "a"),
            new Tuple2<>("y", "x"),
            new Tuple2<>("z", "z"));
    Map<String, String> labels =
        new TreeMap<>(
            ConnectedComponents.of(
                    JavaSparkContext.fromSparkContext(spark.sparkContext())
                        .parallelizePairs(edges, 3))
                .collectAsMap());

    assertThat(labels)
        .containsExactlyEntriesOf(
            new TreeMap<>(
                Map.of(
                    "a", "a", "b", "a", "c", "a", "d", "a", "e", "a", "x", "x", "y", "x", "z",
                    "z")));
  }
}
