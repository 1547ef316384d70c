package org.attache.spark.internal;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.apache.spark.api.java.JavaSparkContext;
import org.apache.spark.sql.SparkSession;
import org.attache.core.Span;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.resolve.PersonResolver;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.spark.LocalSpark;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class DistributedPersonsTest {
  private static SparkSession spark;

  @BeforeAll
  static void start() {
    spark = LocalSpark.start("persons-test");
  }

  @AfterAll
  static void stop() {
    spark.stop();
  }

  private static Person person(String name, String country, String title) {
    return new Person(
        name,
        country,
        title == null ? List.of() : List.of(title),
        List.of(new Mention(new Span(0, name.length()), name)));
  }

  private static ReadReport report(String id, Person... persons) {
    Reading r = Reading.bare(id, id + ".txt", List.of(persons), List.of(), "t");
    return ReadReport.of(new LoadedReport(0, id, id + ".txt", "", id, "{}"), r, null);
  }

  @Test
  void resolvesEachBlockAsTheSingleMachineResolverResolvesAll() {
    List<ReadReport> reports =
        List.of(
            report(
                "r1",
                person("Zakir Hasanov", "AZ", "Defense Minister"),
                person("Khan", "PK", null)),
            report("r2", person("Hasanov", "AZ", null), person("Nadeem Raza", "PK", "General")),
            report("r3", person("N. Raza", "PK", null), person("Farhan Ali Khan", "PK", "General")),
            report(
                "r4",
                person("Karim Valiyev", "AZ", "Deputy Defense Minister"),
                person("Ali", null, null)),
            report("r5", person("Karim Veliyev", "AZ", "Deputy Minister of Defense")),
            report("r6", person("Kim Min", "KR", "Minister"), person("Min", "KR", null)));
    List<Reading> readings = new ArrayList<>();
    reports.forEach(r -> readings.add(r.reading()));

    List<ResolvedPerson> distributed =
        DistributedPersons.resolve(
                JavaSparkContext.fromSparkContext(spark.sparkContext()).parallelize(reports, 3))
            .collect()
            .stream()
            .sorted(Comparator.comparing(KeyedPerson::key))
            .map(KeyedPerson::person)
            .toList();

    List<ResolvedPerson> single = new PersonResolver().resolve(readings);
    assertThat(distributed).containsExactlyElementsOf(single);
    assertThat(single).extracting(ResolvedPerson::name).contains("Zakir Hasanov", "Nadeem Raza");
    assertThat(single.size()).isLessThan(10);
  }
}
