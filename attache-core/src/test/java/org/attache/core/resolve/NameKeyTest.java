package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class NameKeyTest {
  @Test
  void foldsAccentsCaseAndPunctuation() {
    assertThat(NameKey.of("Władysław Kosiniak-Kamysz").words())
        .containsExactly("wladyslaw", "kosiniak", "kamysz");
    assertThat(NameKey.of("Çağrı  Erhan").folded()).isEqualTo("cagri erhan");
  }

  @Test
  void anInitialFormStandsForTheFullName() {
    assertThat(NameKey.of("N. Rashid").canStandFor(NameKey.of("Nasir Rashid"))).isTrue();
    assertThat(NameKey.of("K. Rashid").canStandFor(NameKey.of("Nasir Rashid"))).isFalse();
  }

  @Test
  void aShorterNameStandsForALongerOneWithTheSameSurname() {
    assertThat(NameKey.of("Tariq Mehmood").canStandFor(NameKey.of("Tariq Ali Mehmood"))).isTrue();
    assertThat(NameKey.of("Ali Mehmood").canStandFor(NameKey.of("Tariq Ali Mehmood"))).isTrue();
    assertThat(NameKey.of("Tariq Mehmood").canStandFor(NameKey.of("Tariq Ali Khan"))).isFalse();
  }

  @Test
  void spellingVariantsOfOneSurnameAreOneName() {
    assertThat(NameKey.of("Elnur Guliyev").isVariantOf(NameKey.of("Elnur Quliyev"))).isTrue();
    assertThat(NameKey.of("Rovshan Aliyev").isVariantOf(NameKey.of("Rovshan Aliev"))).isTrue();
  }

  @Test
  void differentGivenNamesOrShortSurnamesAreNotVariants() {
    assertThat(NameKey.of("Samir Guliyev").isVariantOf(NameKey.of("Elnur Guliyev"))).isFalse();
    assertThat(NameKey.of("Ali Khan").isVariantOf(NameKey.of("Ali Kahn"))).isFalse();
    assertThat(NameKey.of("Tariq Mehmood").isVariantOf(NameKey.of("Tariq Mahmoudi"))).isFalse();
  }
}
