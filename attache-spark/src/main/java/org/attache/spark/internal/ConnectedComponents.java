package org.attache.spark.internal;

import java.util.List;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.storage.StorageLevel;
import scala.Tuple2;

/**
 * The connected components of a graph given by its edges, found on the cluster: each node takes the
 * least label among itself and its neighbours until no label changes (as many rounds as the widest
 * component is long). A component's label is its least node, the head a union-find that always
 * keeps the smaller id gives it.
 *
 * <p>Example: edges a–b, b–c, x–y give a→a, b→a, c→a, x→x, y→x.
 */
public final class ConnectedComponents {
  private ConnectedComponents() {}

  /** Each node of an edge, with its component's least node. */
  public static JavaPairRDD<String, String> of(JavaPairRDD<String, String> edges) {
    JavaPairRDD<String, String> links =
        edges
            .flatMapToPair(e -> List.of(e, e.swap()).iterator())
            .distinct()
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> labels =
        links.mapToPair(e -> new Tuple2<>(e._1(), e._1())).reduceByKey(ConnectedComponents::least);
    labels.persist(StorageLevel.MEMORY_AND_DISK());
    while (true) {
      JavaPairRDD<String, String> next =
          links
              .join(labels)
              .mapToPair(t -> new Tuple2<>(t._2()._1(), t._2()._2()))
              .union(labels)
              .reduceByKey(ConnectedComponents::least)
              .persist(StorageLevel.MEMORY_AND_DISK());
      long changed = next.join(labels).filter(t -> !t._2()._1().equals(t._2()._2())).count();
      labels.unpersist(false);
      labels = next;
      if (changed == 0) {
        links.unpersist(false);
        return labels;
      }
    }
  }

  private static String least(String a, String b) {
    return a.compareTo(b) <= 0 ? a : b;
  }
}
