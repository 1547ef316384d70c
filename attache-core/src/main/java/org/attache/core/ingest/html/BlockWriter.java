package org.attache.core.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Element;
import org.jsoup.nodes.Node;
import org.jsoup.nodes.TextNode;
import org.jsoup.select.NodeTraversor;
import org.jsoup.select.NodeVisitor;

/**
 * Lays out the text of chosen elements as paragraphs: every block element (p, div, li, heading ...)
 * starts a new paragraph, inline elements flow into the current one, white space collapses. Each
 * paragraph remembers how much of it was link text, so that a later stage can drop lists of links.
 * Iterative, so that deep nesting cannot overflow the stack.
 */
final class BlockWriter implements NodeVisitor {
  static final Set<String> BLOCKS =
      Set.of(
          "address",
          "article",
          "aside",
          "blockquote",
          "dd",
          "div",
          "dl",
          "dt",
          "figcaption",
          "figure",
          "footer",
          "form",
          "h1",
          "h2",
          "h3",
          "h4",
          "h5",
          "h6",
          "header",
          "hr",
          "li",
          "main",
          "ol",
          "p",
          "pre",
          "section",
          "table",
          "td",
          "th",
          "tr",
          "ul",
          "br");

  /** One laid-out paragraph and what it is made of. */
  record Block(String text, int linked, int dated, String tag) {
    /** True when the block is only a {@code <time>} element's text: a date line, not prose. */
    boolean isDateLine() {
      return dated * 10 >= text.length() * 9;
    }

    double linkDensity() {
      return text.isEmpty() ? 0 : Math.min(1.0, linked / (double) text.length());
    }
  }

  private final List<Block> blocks = new ArrayList<>();
  private final StringBuilder current = new StringBuilder();
  private int linked;
  private int linkDepth;
  private int dated;
  private int timeDepth;
  private String tag = "div";

  static List<Block> write(List<Element> roots) {
    BlockWriter w = new BlockWriter();
    for (Element root : roots) {
      NodeTraversor.traverse(w, root);
      w.flush();
    }
    return w.blocks;
  }

  @Override
  public void head(Node node, int depth) {
    if (node instanceof TextNode t) {
      append(t.getWholeText());
    } else if (node instanceof Element e) {
      String name = e.normalName();
      if (name.equals("a")) {
        linkDepth++;
      } else if (name.equals("time")) {
        timeDepth++;
      } else if (BLOCKS.contains(name)) {
        flush();
        tag = name;
      }
    }
  }

  @Override
  public void tail(Node node, int depth) {
    if (node instanceof Element e) {
      String name = e.normalName();
      if (name.equals("a")) {
        linkDepth--;
      } else if (name.equals("time")) {
        timeDepth--;
      } else if (BLOCKS.contains(name)) {
        flush();
      }
    }
  }

  private void append(String raw) {
    int before = current.length();
    for (int i = 0; i < raw.length(); i++) {
      char c = raw.charAt(i);
      boolean space = Character.isWhitespace(c) || c == '\u00A0';
      if (space) {
        if (current.length() > 0 && current.charAt(current.length() - 1) != ' ') {
          current.append(' ');
        }
      } else {
        current.append(c);
      }
    }
    if (linkDepth > 0) {
      linked += current.length() - before;
    }
    if (timeDepth > 0) {
      dated += current.length() - before;
    }
  }

  private void flush() {
    String text = current.toString().strip();
    if (!text.isEmpty()) {
      blocks.add(
          new Block(text, Math.min(linked, text.length()), Math.min(dated, text.length()), tag));
    }
    current.setLength(0);
    linked = 0;
    dated = 0;
  }
}
