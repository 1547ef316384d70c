package org.attache.core.ingest.html;

import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * How deep a page nests its elements. Real news pages nest a few dozen levels; a page nested
 * thousands deep is broken or hostile, and reading it would cost time in the square of its depth.
 */
final class PageDepth {
  /** Deeper than this, a page is refused. */
  static final int MAX = 512;

  private PageDepth() {}

  /** The depth of the deepest element under {@code root}, counted without recursion. */
  static int of(Element root) {
    int[] max = {0};
    NodeTraversor.traverse(
        new NodeVisitor() {
          @Override
          public void head(Node node, int depth) {
            if (depth > max[0]) {
              max[0] = depth;
            }
          }
        },
        root);
    return max[0];
  }
}
