package org.attache.core.meta;

import java.util.List;

/**
 * A report's metadata and the role of each stretch of its text.
 *
 * <p>Example: {@code layout.body()} lists the blocks to read for persons, dates and events.
 */
public record Layout(ReportMeta meta, List<TextBlock> blocks) {
  public Layout {
    blocks = List.copyOf(blocks);
  }

  public List<TextBlock> body() {
    return blocks.stream().filter(b -> b.role() == BlockRole.BODY).toList();
  }
}
