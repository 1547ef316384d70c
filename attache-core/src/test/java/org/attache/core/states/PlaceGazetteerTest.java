package org.attache.core.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.Span;
import org.junit.jupiter.api.Test;

class PlaceGazetteerTest {
  private final PlaceGazetteer gazetteer = PlaceGazetteer.standard();

  private List<PlaceMention> find(String text) {
    return gazetteer.find(text, new Span(0, text.length()));
  }

  @Test
  void looksUpCitiesAndCapitalsInAnyCase() {
    assertThat(gazetteer.lookup("Rawalpindi")).contains(new Place("Rawalpindi", "PK"));
    assertThat(gazetteer.lookup("BAKU")).contains(new Place("Baku", "AZ"));
    assertThat(gazetteer.lookup("Gliwice")).contains(new Place("Gliwice", "PL"));
    assertThat(gazetteer.lookup("Magelang")).contains(new Place("Magelang", "ID"));
    assertThat(gazetteer.lookup("Ulan Bator")).contains(new Place("Ulaanbaatar", "MN"));
    assertThat(gazetteer.lookup("Gotham")).isEmpty();
  }

  @Test
  void looksUpMilitaryPlaces() {
    assertThat(gazetteer.lookup("Nagorno-Karabakh")).map(Place::country).contains("AZ");
    assertThat(gazetteer.lookup("Crimea")).map(Place::country).contains("UA");
    assertThat(gazetteer.lookup("Kaliningrad")).map(Place::country).contains("RU");
    assertThat(gazetteer.lookup("Diego Garcia")).map(Place::country).contains("IO");
  }

  @Test
  void findsPlacesWithOffsets() {
    String s = "After Ganja the team flew from Karachi to Vientiane via Abu Dhabi.";
    List<PlaceMention> m = find(s);
    assertThat(m)
        .extracting(PlaceMention::text)
        .containsExactly("Ganja", "Karachi", "Vientiane", "Abu Dhabi");
    assertThat(m).extracting(x -> x.place().country()).containsExactly("AZ", "PK", "LA", "AE");
    assertThat(m.get(3).span().of(s)).isEqualTo("Abu Dhabi");
  }

  @Test
  void ignoresAmbiguousSpellingsInTexts() {
    assertThat(find("Mary said the split was nice")).isEmpty();
    assertThat(gazetteer.lookup("Mary")).map(Place::country).contains("TM");
  }

  @Test
  void doesNotReadProvincesInsideStateNames() {
    assertThat(find("Papua New Guinea signed; Papua province voted"))
        .extracting(PlaceMention::text)
        .containsExactly("Papua");
  }

  @Test
  void hasSeveralHundredPlaces() {
    assertThat(gazetteer.size()).isGreaterThan(900);
  }

  @Test
  void readsCityThatIsAlsoAGivenNameOnlyWhenNoSurnameFollows() {
    assertThat(find("Sydney Harbour and Sydney, not Sydney Smith"))
        .extracting(PlaceMention::text)
        .containsExactly("Sydney", "Sydney");
  }

  @Test
  void locatesInstitutionsByThePlaceOrStateInTheirName() {
    assertThat(gazetteer.locate("Karachi Naval Dockyard"))
        .contains(new Place("Karachi Naval Dockyard", "PK"));
    assertThat(gazetteer.locate("Turkish Military Academy"))
        .contains(new Place("Turkish Military Academy", "TR"));
    assertThat(gazetteer.locate("Crimea")).contains(new Place("Crimea", "UA"));
    assertThat(gazetteer.locate("the Philippines")).contains(new Place("Philippines", "PH"));
    assertThat(gazetteer.locate("main headquarters")).isEmpty();
  }
}
