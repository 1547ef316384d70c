package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.Collections;
import java.util.List;
import org.attache.core.Span;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.junit.jupiter.api.Test;

class PersonResolverTest {
  private static Person person(String name, String country, String... mentions) {
    List<Mention> ms = new ArrayList<>();
    for (String m : mentions) {
      ms.add(new Mention(new Span(0, m.length()), m));
    }
    return new Person(name, country, List.of(), ms);
  }

  private static Reading reading(String id, Person... persons) {
    return Reading.bare(id, id + ".txt", Arrays.asList(persons), List.of(), "t");
  }

  private final PersonResolver resolver = new PersonResolver();

  @Test
  void joinsTheSameFullNameAcrossReports() {
    List<ResolvedPerson> out =
        resolver.resolve(
            List.of(
                reading("a", person("Elnur Guliyev", "AZ", "Elnur Guliyev")),
                reading("b", person("Elnur Guliyev", "AZ", "Lt-Gen Elnur Guliyev"))));
    assertThat(out)
        .singleElement()
        .satisfies(p -> assertThat(p.documents()).containsExactly("a", "b"));
  }

  @Test
  void aSurnameAloneJoinsTheOneFullNameOfTheSameState() {
    List<ResolvedPerson> out =
        resolver.resolve(
            List.of(
                reading("a", person("Elnur Guliyev", "AZ", "Elnur Guliyev")),
                reading("b", person("Guliyev", "AZ", "Guliyev"))));
    assertThat(out).singleElement().satisfies(p -> assertThat(p.aliases()).contains("Guliyev"));
  }

  @Test
  void twoPeopleWhoShareASurnameStayTwo() {
    List<ResolvedPerson> out =
        resolver.resolve(
            List.of(
                reading("a", person("Elnur Guliyev", "AZ")),
                reading("b", person("Samir Guliyev", "AZ")),
                reading("c", person("Guliyev", "AZ"))));
    assertThat(out)
        .extracting(ResolvedPerson::name)
        .containsExactlyInAnyOrder("Elnur Guliyev", "Samir Guliyev", "Guliyev");
  }

  private static Person titled(String name, String country, String title) {
    return new Person(name, country, List.of(title), List.of(new Mention(new Span(0, 1), name)));
  }

  @Test
  void joinsTransliterationsAcrossReportsWhenStateAndTitleAgree() {
    List<ResolvedPerson> out =
        resolver.resolve(
            List.of(
                reading("a", titled("Zakir Hasanov", "AZ", "Minister of Defense")),
                reading("b", titled("Zakir Gasanov", "AZ", "Defence Minister"))));
    assertThat(out)
        .singleElement()
        .satisfies(p -> assertThat(p.documents()).containsExactly("a", "b"));
  }

  @Test
  void keepsSimilarNamesApartWhenStateOrTitleDisagree() {
    List<ResolvedPerson> out =
        resolver.resolve(
            List.of(
                reading("a", titled("Karim Valiyev", "AZ", "Chief of General Staff")),
                reading("b", titled("Karim Veliyev", "TR", "Chief of General Staff")),
                reading("c", titled("Karim Valiyeva", "AZ", "Ambassador"))));
    assertThat(out).hasSize(3);
  }

  @Test
  void anInitialFormJoinsTheFullName() {
    List<ResolvedPerson> out =
        resolver.resolve(
            List.of(
                reading("a", person("Nasir Rashid", "PK")),
                reading("b", person("N. Rashid", "PK"))));
    assertThat(out).singleElement().extracting(ResolvedPerson::name).isEqualTo("Nasir Rashid");
  }

  @Test
  void theResultDoesNotDependOnTheOrderOfReports() {
    List<Reading> readings =
        new ArrayList<>(
            List.of(
                reading("a", person("Elnur Guliyev", "AZ")),
                reading("b", person("Guliyev", "AZ")),
                reading("c", person("N. Rashid", "PK")),
                reading("d", person("Nasir Rashid", "PK"), person("Rashid", "PK"))));
    List<ResolvedPerson> first = resolver.resolve(readings);
    for (int i = 0; i < 5; i++) {
      Collections.shuffle(readings, new java.util.Random(i));
      assertThat(resolver.resolve(readings)).containsExactlyInAnyOrderElementsOf(first);
    }
  }
}
