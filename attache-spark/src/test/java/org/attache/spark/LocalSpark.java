package org.attache.spark;

import org.apache.spark.sql.SparkSession;

/** A local Spark of two threads, on the loopback, without its web UI. */
public final class LocalSpark {
  private LocalSpark() {}

  public static SparkSession start(String name) {
    return SparkSession.builder()
        .master("local[2]")
        .appName(name)
        .config("spark.ui.enabled", "false")
        .config("spark.driver.host", "127.0.0.1")
        .config("spark.driver.bindAddress", "127.0.0.1")
        .config("spark.sql.shuffle.partitions", "2")
        .getOrCreate();
  }
}
