package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phenomena of wire news the tagger must read wherever they appear, each on sentences written for
 * this test in the style of agency reports, anchored at a Wednesday.
 */
class TimexWireNewsTest {
  /** A Wednesday. */
  private static final TimeAnchor WEDNESDAY = TimeAnchor.of(LocalDate.of(1998, 3, 4));

  private static List<String> tag(String text) {
    return TimexTagger.standard().tag(text, WEDNESDAY).stream()
        .map(t -> t.text() + "=" + t.value())
        .toList();
  }

  @Test
  void writesDecadesAsTheirThreeDigits() {
    assertThat(tag("Trade boomed in the 1980s and slowed in the early '90s."))
        .containsExactly("the 1980s=198", "the early '90s=199");
    assertThat(tag("Output has fallen this decade.")).containsExactly("this decade=199");
  }
}
