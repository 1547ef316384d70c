package org.attache.core.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.jsoup.nodes.Comment;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;

/**
 * Removes what is never article text from a parsed page, in place: scripts and styles, forms'
 * controls, hidden elements, navigation, asides, footers, and elements whose class or id names
 * furniture. An element that holds most of the page's paragraph text is kept whatever its name: a
 * site that calls its article wrapper "main-sidebar-layout" must not lose the article.
 */
final class PageCleaner {
  private static final String NEVER_TEXT =
      "script, style, noscript, template, svg, canvas, iframe, object, embed, button, select,"
          + " input, textarea, link, meta, nav, aside, footer, dialog, figcaption, [hidden], [aria-hidden=true],"
          + " [role=navigation], [role=complementary], [role=contentinfo], [role=dialog]";

  private final ClassNames names;

  PageCleaner(ClassNames names) {
    this.names = names;
  }

  void clean(Element body) {
    removeComments(body);
    int total = paragraphText(body);
    for (Element e : body.select(NEVER_TEXT)) {
      if (e != body && !holdsMost(e, total)) {
        e.remove();
      }
    }
    for (Element e : body.select("[style]")) {
      String style = e.attr("style").replace(" ", "").toLowerCase();
      if (style.contains("display:none") || style.contains("visibility:hidden")) {
        e.remove();
      }
    }
    List<Element> furniture = new ArrayList<>();
    for (Element e : body.getAllElements()) {
      if (e != body && !e.tagName().equals("html") && names.isFurniture(e)) {
        furniture.add(e);
      }
    }
    for (Element e : furniture) {
      if (e.parent() != null && !holdsMost(e, total)) {
        e.remove();
      }
    }
  }

  private static boolean holdsMost(Element e, int total) {
    return total > 0 && paragraphText(e) * 2 > total;
  }

  /**
   * The length of the prose under {@code e}: text runs of 40 characters or more outside links.
   * Menus and teaser lists are short runs or links, an article's sentences are long runs wherever
   * the site puts them (p, div, span).
   */
  static int paragraphText(Element e) {
    int[] n = {0};
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof TextNode t && !t.parentNameIs("a")) {
            String s = t.text().strip();
            if (s.length() >= 40) {
              n[0] += s.length();
            }
          }
        },
        e);
    return n[0];
  }

  private static void removeComments(Node root) {
    // Iterative, so that a page nested thousands of levels deep cannot overflow the stack.
    List<Node> comments = new ArrayList<>();
    NodeTraversor.traverse(
        (node, depth) -> {
          if (node instanceof Comment) {
            comments.add(node);
          }
        },
        root);
    comments.forEach(Node::remove);
  }
}
