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

  @Test
  void cutsSnippetsAtSpacesAndMarksWhatWasLeftOut() {
    String text = "word ".repeat(40) + "the Varuna exercise opened " + "more ".repeat(40);

    String snippet = Snippets.around(text, "varuna");

    assertThat(snippet).startsWith("… word").endsWith("more …").contains("the Varuna exercise");
    assertThat(snippet.length()).isLessThan(240);
    assertThat(Snippets.around(text, "absent")).isNull();
  }
}
