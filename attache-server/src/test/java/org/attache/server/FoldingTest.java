package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class FoldingTest {
  @Test
  void letsPlainLettersFindAccentedNames() {
    assertThat(Folding.fold("Türkiye")).isEqualTo("turkiye");
    assertThat(Folding.fold("Həsənov")).isEqualTo("hesenov");
    assertThat(Folding.fold("Kırıkkale")).isEqualTo("kirikkale");
  }
}
