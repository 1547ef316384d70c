package org.attache.core.ingest.html;

import java.util.IdentityHashMap;
import java.util.Map;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.TextNode;

/**
 * Finds the element that holds an article's text, the way Readability does: each paragraph-like
 * block scores by its length and commas (prose has commas, menus have none), the score flows to its
 * parent, half to the grandparent and less further up, and link-heavy containers lose in proportion
 * to their link text.
 */
final class ContentScorer {
  private static final Set<String> SCORED = Set.of("p", "pre", "td", "blockquote", "section");
  private static final Set<String> BLOCKS =
      Set.of(
          "p",
          "div",
          "section",
          "article",
          "table",
          "ul",
          "ol",
          "pre",
          "blockquote",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "figure",
          "header",
          "main",
          "dl",
          "form");
  private static final int MIN_BLOCK = 25;
  private static final int LEVELS = 5;

  private final ClassNames names;
  private final Map<Element, Double> scores = new IdentityHashMap<>();

  ContentScorer(ClassNames names) {
    this.names = names;
  }

  /** The best candidate for the article's container, or {@code body} when nothing scores. */
  Element best(Element body) {
    for (Element e : body.getAllElements()) {
      if (isScored(e)) {
        addScore(e);
      }
    }
    Element top = null;
    double topScore = 0;
    for (Map.Entry<Element, Double> c : scores.entrySet()) {
      double s = c.getValue() * (1 - LinkDensity.of(c.getKey()));
      scores.put(c.getKey(), s);
      if (s > topScore) {
        top = c.getKey();
        topScore = s;
      }
    }
    return top == null ? body : top;
  }

  double score(Element e) {
    return scores.getOrDefault(e, 0.0);
  }

  private boolean isScored(Element e) {
    if (SCORED.contains(e.tagName())) {
      return true;
    }
    // A div that holds text directly and no blocks is a paragraph in all but name.
    return e.tagName().equals("div") && ownText(e) >= MIN_BLOCK;
  }

  private void addScore(Element block) {
    if (block.tagName().equals("div")) {
      // A div's own text runs (between <br>s and child blocks) are its paragraphs; its block
      // children score on their own.
      for (TextNode t : block.textNodes()) {
        String run = t.text().strip();
        if (run.length() >= MIN_BLOCK) {
          propagate(block, points(run));
        }
      }
      return;
    }
    String text = block.text();
    if (text.length() >= MIN_BLOCK) {
      propagate(block.parent(), points(text));
    }
  }

  private static double points(String text) {
    return 1 + commas(text) + Math.min(text.length() / 100, 3);
  }

  private void propagate(Element from, double points) {
    Element ancestor = from;
    for (int level = 0; ancestor != null && level < LEVELS; level++) {
      if (ancestor.tagName().equals("body") || ancestor.tagName().equals("html")) {
        break;
      }
      double divider = level == 0 ? 1 : level == 1 ? 2 : level * 3;
      scores.put(ancestor, initial(ancestor) + points / divider);
      ancestor = ancestor.parent();
    }
  }

  private double initial(Element e) {
    Double s = scores.get(e);
    if (s != null) {
      return s;
    }
    double base =
        switch (e.tagName()) {
          case "div", "article", "main" -> 5;
          case "pre", "td", "blockquote", "section" -> 3;
          case "address", "ol", "ul", "dl", "dd", "dt", "li", "form" -> -3;
          case "h1", "h2", "h3", "h4", "h5", "h6", "th" -> -5;
          default -> 0;
        };
    return base + 25 * names.weight(e);
  }

  private static int commas(String text) {
    int n = 0;
    for (int i = 0; i < text.length(); i++) {
      char c = text.charAt(i);
      if (c == ',' || c == '،' || c == '，') {
        n++;
      }
    }
    return n;
  }

  static int ownText(Element e) {
    int n = 0;
    for (TextNode t : e.textNodes()) {
      n += t.text().strip().length();
    }
    return n;
  }

  static boolean hasBlockChild(Element e) {
    for (Element c : e.children()) {
      if (BLOCKS.contains(c.tagName())) {
        return true;
      }
    }
    return false;
  }
}
