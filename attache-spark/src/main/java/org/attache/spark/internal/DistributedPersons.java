package org.attache.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.apache.spark.storage.StorageLevel;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.NameKey;
import org.attache.core.resolve.PersonResolver;
import scala.Tuple2;

/**
 * Persons resolved on the cluster. {@link PersonResolver} joins two names only when they share
 * their first or their last word (a short form shares the surname, a spelling variant the given
 * names, a lone name either). Blocking: the words of the names, linked first to last, as connected
 * components; merging: the resolver itself on each component's names. Names of two components never
 * meet in the resolver, so the persons are the single-machine ones.
 */
public final class DistributedPersons {
  private DistributedPersons() {}

  private record Named(String report, int seq, String personJson, String first, String last)
      implements Serializable {}

  public static JavaRDD<KeyedPerson> resolve(JavaRDD<ReadReport> read) {
    JavaRDD<Named> names =
        read.flatMap(r -> named(r.id(), r.reading()).iterator())
            .persist(StorageLevel.MEMORY_AND_DISK());
    JavaPairRDD<String, String> component =
        ConnectedComponents.of(names.mapToPair(n -> new Tuple2<>(n.first(), n.last())).distinct());
    return names
        .keyBy(Named::first)
        .join(component)
        .mapToPair(t -> new Tuple2<>(t._2()._2(), t._2()._1()))
        .groupByKey()
        .flatMap(block -> resolveBlock(block._2()).iterator());
  }

  private static List<Named> named(String report, Reading reading) {
    List<Named> out = new ArrayList<>();
    List<Person> persons = reading.persons();
    for (int i = 0; i < persons.size(); i++) {
      NameKey k = NameKey.of(persons.get(i).name());
      // A name without words is no one the resolver can file.
      if (!k.words().isEmpty()) {
        out.add(new Named(report, i, ReadingJson.toJson(persons.get(i)), k.first(), k.last()));
      }
    }
    return out;
  }

  private static List<KeyedPerson> resolveBlock(Iterable<Named> block) {
    Map<String, List<Named>> byReport = new TreeMap<>();
    block.forEach(n -> byReport.computeIfAbsent(n.report(), r -> new ArrayList<>()).add(n));
    List<Reading> readings = new ArrayList<>();
    byReport.forEach(
        (report, ns) ->
            readings.add(
                Reading.ofPersons(
                    report,
                    ns.stream()
                        .sorted(Comparator.comparingInt(Named::seq))
                        .map(n -> Json.parse(n.personJson(), Person.class))
                        .toList())));
    List<KeyedPerson> out = new ArrayList<>();
    new PersonResolver().resolveByKey(readings).forEach((k, p) -> out.add(KeyedPerson.of(k, p)));
    return out;
  }
}
