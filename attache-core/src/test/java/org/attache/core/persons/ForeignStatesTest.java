package org.attache.core.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.attache.core.Span;
import org.attache.core.states.StateLexicon;
import org.junit.jupiter.api.Test;

class ForeignStatesTest {
  private static ForeignStates of(String text) {
    return new ForeignStates(text, StateLexicon.standard().find(text, new Span(0, text.length())));
  }

  @Test
  void theDestinationOfAVisitIsAHost() {
    ForeignStates f = of("During his visit to Hanoi, Viet Nam, the minister spoke of India.");
    assertThat(f.isForeign("VN")).isTrue();
    assertThat(f.isForeign("IN")).isFalse();
    assertThat(f.home()).isEqualTo("IN");
  }

  @Test
  void everyStateOfACounterpartListIsACounterparts() {
    ForeignStates f =
        of(
            "He met his counterparts from Malaysia, China, New Zealand and the Philippines in Kenya.");
    assertThat(f.isForeign("MY")).isTrue();
    assertThat(f.isForeign("CN")).isTrue();
    assertThat(f.isForeign("NZ")).isTrue();
    assertThat(f.isForeign("PH")).isTrue();
    assertThat(f.isForeign("KE")).isFalse();
  }

  @Test
  void aStateBeforeTheWordCounterpartIsACounterparts() {
    ForeignStates f = of("He met his Japanese counterpart. Indian officials said so.");
    assertThat(f.isForeign("JP")).isTrue();
    assertThat(f.home()).isEqualTo("IN");
  }

  @Test
  void noHomeWhenEveryStateIsSomeoneElses() {
    assertThat(of("He met his Japanese counterpart on a visit to Laos.").home()).isNull();
  }

  @Test
  void aStateVisitedInThePastTenseIsAHost() {
    ForeignStates f = of("The delegation visited Mongolia last week. Kyrgyz officials said so.");
    assertThat(f.isForeign("MN")).isTrue();
    assertThat(f.home()).isEqualTo("KG");
  }

  @Test
  void homeExceptLeavesOutTheStatesOthersHold() {
    ForeignStates f = of("Ghana and Oman signed it; Ghana said so, and Ghana hosted it.");
    assertThat(f.home()).isEqualTo("GH");
    assertThat(f.homeExcept(java.util.Set.of("GH"))).isEqualTo("OM");
  }

  @Test
  void aHostDescribedByWordsBeforeItsNameIsStillAHost() {
    ForeignStates f =
        of("The envoy arrived in flood-hit Malawi on Friday. Zambian officials said so.");
    assertThat(f.isForeign("MW")).isTrue();
    assertThat(f.home()).isEqualTo("ZM");
  }
}
