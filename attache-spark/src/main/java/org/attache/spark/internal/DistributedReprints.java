package org.attache.spark.internal;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.attache.core.resolve.ReprintDetector;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.SameDayEditions;
import scala.Tuple2;

/**
 * Reprint families on the cluster. Blocking: each signature goes to its locality-sensitive buckets
 * ({@link ReprintDetector#bands}); merging: {@link ReprintDetector#familiesOf} within each bucket,
 * whose families are joined across buckets as connected components. Every pair the detector would
 * compare shares a bucket, so the families are the single-machine ones, each headed by its least
 * report id. Reports one outlet published on one day with a paragraph in common ({@link
 * SameDayEditions}) are linked to the least report id of their key.
 */
public final class DistributedReprints {
  private DistributedReprints() {}

  /** The family of every report that reprints another, or is reprinted: (report, family). */
  public static JavaPairRDD<String, String> families(JavaRDD<ReadReport> read) {
    JavaPairRDD<String, String> edges =
        read.filter(r -> r.signature() != null)
            .flatMapToPair(
                r -> {
                  List<Tuple2<String, Tuple2<String, long[]>>> out = new ArrayList<>();
                  for (String band : ReprintDetector.bands(r.signature())) {
                    out.add(new Tuple2<>(band, new Tuple2<>(r.id(), r.signature())));
                  }
                  return out.iterator();
                })
            .groupByKey()
            .flatMapToPair(bucket -> linksOf(bucket._2()).iterator());
    JavaPairRDD<String, String> editions =
        read.flatMapToPair(r -> r.editions().stream().map(k -> new Tuple2<>(k, r.id())).iterator())
            .groupByKey()
            .flatMapToPair(key -> toLeast(key._2()).iterator());
    return ConnectedComponents.of(edges.union(editions));
  }

  /** Each report of one edition key to the least of them. */
  private static List<Tuple2<String, String>> toLeast(Iterable<String> reports) {
    TreeSet<String> ids = new TreeSet<>();
    reports.forEach(ids::add);
    List<Tuple2<String, String>> out = new ArrayList<>();
    ids.tailSet(ids.first(), false).forEach(id -> out.add(new Tuple2<>(id, ids.first())));
    return out;
  }

  private static List<Tuple2<String, String>> linksOf(Iterable<Tuple2<String, long[]>> bucket) {
    Map<String, long[]> signatures = new TreeMap<>();
    bucket.forEach(t -> signatures.put(t._1(), t._2()));
    List<Tuple2<String, String>> out = new ArrayList<>();
    if (signatures.size() < 2) {
      return out;
    }
    ReprintFamilies families = new ReprintDetector().familiesOf(signatures);
    families
        .familyOf()
        .forEach(
            (report, family) -> {
              if (!report.equals(family)) {
                out.add(new Tuple2<>(report, family));
              }
            });
    return out;
  }
}
