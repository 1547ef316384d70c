package org.attache.core.ingest.html;

import org.jsoup.nodes.Element;

/**
 * The share of an element's text that sits inside links: menus and teaser lists are mostly links.
 */
final class LinkDensity {
  private LinkDensity() {}

  static double of(Element e) {
    int total = e.text().length();
    if (total == 0) {
      return 0;
    }
    int linked = 0;
    for (Element a : e.select("a")) {
      linked += a.text().length();
    }
    return Math.min(1.0, linked / (double) total);
  }
}
