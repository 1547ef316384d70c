package org.attache.core.persons;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class OfficeNamesTest {
  private final OfficeNames offices = OfficeNames.standard();

  @Test
  void givesOneNameToTheFormsOfAnOffice() {
    assertThat(offices.canonical("Defence Minister")).isEqualTo("Minister of Defense");
    assertThat(offices.canonical("Minister of Defence")).isEqualTo("Minister of Defense");
    assertThat(offices.canonical("defense minister")).isEqualTo("Minister of Defense");
  }

  @Test
  void tidiesOfficesTheLexiconDoesNotList() {
    assertThat(offices.canonical("Chief of the Naval Staff (CNS)"))
        .isEqualTo("Chief of Naval Staff");
    assertThat(offices.canonical("Chairman Joint Chiefs of Staff Committee"))
        .isEqualTo("Chairman Joint Chiefs of Staff Committee");
  }
}
