package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;

/** What every layout must satisfy, whatever the text: ordered, disjoint, trimmed, complete. */
final class LayoutInvariants {
  private LayoutInvariants() {}

  static void check(String text, Layout layout) {
    List<TextBlock> blocks = layout.blocks();
    boolean[] covered = new boolean[text.length()];
    int previousEnd = 0;
    for (TextBlock block : blocks) {
      String stretch = block.span().of(text);
      assertThat(block.span().start())
          .as("blocks in order in %s", text)
          .isGreaterThanOrEqualTo(previousEnd);
      assertThat(stretch).as("block is not blank").isNotBlank();
      assertThat(Line.isBlank(stretch.charAt(0))).as("block trimmed: [%s]", stretch).isFalse();
      assertThat(Line.isBlank(stretch.charAt(stretch.length() - 1)))
          .as("block trimmed: [%s]", stretch)
          .isFalse();
      for (int i = block.span().start(); i < block.span().end(); i++) {
        covered[i] = true;
      }
      previousEnd = block.span().end();
    }
    for (int i = 0; i < text.length(); i++) {
      if (!Line.isBlank(text.charAt(i))) {
        assertThat(covered[i]).as("character %d of %s is in a block", i, text).isTrue();
      }
    }
  }
}
