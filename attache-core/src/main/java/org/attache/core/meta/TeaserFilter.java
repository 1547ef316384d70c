package org.attache.core.meta;

import java.util.List;

/**
 * Marks teasers of other articles as furniture: headline-like lines that follow a furniture line
 * ("Related articles" and its list), and, after the report's last sentence, lists of them or stubs
 * of a few words ("Share po"). Lines that read as sentences are never touched, nor a lone longer
 * line at the end (a paragraph the scrape cut short): a missed sentence costs more than a kept
 * teaser.
 */
final class TeaserFilter {
  private static final int STUB_WORDS = 4;

  private final List<Line> lines;

  TeaserFilter(List<Line> lines) {
    this.lines = lines;
  }

  void apply(List<List<TextBlock>> roles) {
    int lastProse = -1;
    for (int i = 0; i < lines.size(); i++) {
      if (isBody(roles.get(i)) && (lines.get(i).isProse() || lines.get(i).text().endsWith(":"))) {
        lastProse = i;
      }
    }
    int trailing = 0;
    for (int i = lastProse + 1; lastProse >= 0 && i < lines.size(); i++) {
      trailing += isBody(roles.get(i)) ? 1 : 0;
    }
    boolean inList = false;
    for (int i = 0; i < lines.size(); i++) {
      // Items under a lead-in ("The pact covers:") belong to the report, stops or not, until the
      // page turns to something other than prose.
      boolean leadIn = isBody(roles.get(i)) && lines.get(i).text().endsWith(":");
      if (leadIn || lines.get(i).isProse() || !isBody(roles.get(i))) {
        inList = leadIn || (inList && isBody(roles.get(i)));
        continue;
      }
      if (inList) {
        continue;
      }
      boolean afterReport =
          lastProse >= 0 && i > lastProse && (trailing > 1 || lines.get(i).words() <= STUB_WORDS);
      boolean listedUnderFurniture = i > 0 && isFurniture(roles.get(i - 1));
      if (afterReport || listedUnderFurniture) {
        roles.set(i, List.of(new TextBlock(lines.get(i).span(), BlockRole.FURNITURE)));
      }
    }
  }

  private static boolean isBody(List<TextBlock> blocks) {
    return blocks.size() == 1 && blocks.get(0).role() == BlockRole.BODY;
  }

  private static boolean isFurniture(List<TextBlock> blocks) {
    return !blocks.isEmpty() && blocks.stream().allMatch(b -> b.role() == BlockRole.FURNITURE);
  }
}
