package org.attache.spark;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;

/**
 * What the Spark job reads and where it writes, checked as a whole: every problem is reported at
 * once, each with what to do.
 *
 * <p>Example: {@code JobOptions.parse("--out", "out", "reports/")}
 *
 * @param inputs folders or files of reports (text, web pages, JSON Lines dumps ...) or Parquet
 *     datasets with a {@code text} column and an optional {@code path} column
 * @param out the folder the JSON Lines export is written to (on the driver)
 * @param parquet where the Parquet export is written (any Hadoop path), or null for none
 * @param db a {@code jdbc:postgresql://} URL to store the reports and readings in, or null
 * @param partitions how many tasks the reading is split into, or 0 for four per core
 */
public record JobOptions(List<String> inputs, String out, String parquet, String db, int partitions)
    implements Serializable {

  public static final String USAGE =
      "Usage: spark-submit --class org.attache.spark.SparkAnalysis ... attache-spark.jar --out DIR"
          + " [--parquet DIR | --no-parquet] [--db jdbc:postgresql://...] [--partitions N]"
          + " INPUT...";

  public JobOptions {
    inputs = List.copyOf(inputs);
  }

  /** Parses the job's arguments; throws with every problem found and the usage. */
  public static JobOptions parse(String... args) {
    List<String> inputs = new ArrayList<>();
    List<String> problems = new ArrayList<>();
    String out = null;
    String parquet = null;
    boolean noParquet = false;
    String db = null;
    int partitions = 0;
    for (int i = 0; i < args.length; i++) {
      String a = args[i];
      boolean hasValue = i + 1 < args.length;
      switch (a) {
        case "--out", "--parquet", "--db", "--partitions" -> {
          if (!hasValue) {
            problems.add(a + " needs a value.");
            continue;
          }
          String v = args[++i];
          switch (a) {
            case "--out" -> out = v;
            case "--parquet" -> parquet = v;
            case "--db" -> db = v;
            default -> partitions = count(v, problems);
          }
        }
        case "--no-parquet" -> noParquet = true;
        default -> {
          if (a.startsWith("--")) {
            problems.add("Unknown option " + a + ".");
          } else {
            inputs.add(a);
          }
        }
      }
    }
    if (out == null) {
      problems.add("--out is missing: name the folder to write the export into.");
    }
    if (inputs.isEmpty()) {
      problems.add("No input: name folders or files of reports, or Parquet datasets.");
    }
    if (db != null && !db.startsWith("jdbc:postgresql://")) {
      problems.add(
          "--db "
              + db
              + " is not a jdbc:postgresql:// URL: executors on many machines cannot share one"
              + " SQLite file. Use PostgreSQL, or analyse with ./attache for SQLite.");
    }
    if (noParquet && parquet != null) {
      problems.add("--parquet and --no-parquet contradict each other: pass one.");
    }
    if (!problems.isEmpty()) {
      throw new IllegalArgumentException(String.join("\n", problems) + "\n" + USAGE);
    }
    if (parquet == null && !noParquet) {
      parquet = out + "/parquet";
    }
    return new JobOptions(inputs, out, parquet, db, partitions);
  }

  private static int count(String value, List<String> problems) {
    try {
      int n = Integer.parseInt(value);
      if (n > 0) {
        return n;
      }
    } catch (NumberFormatException e) {
      // reported below
    }
    problems.add("--partitions takes a whole number above 0, not " + value + ".");
    return 0;
  }
}
