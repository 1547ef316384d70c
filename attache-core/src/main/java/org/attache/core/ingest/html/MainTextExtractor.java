package org.attache.core.ingest.html;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.ingest.html.BlockWriter.Block;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.meta.ReportMeta;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Finds the main text of a news page: the article's paragraphs without navigation, teasers,
 * comments and advertisements, and the headline, byline and date from the page's markup.
 * Thread-safe; each call parses its own document.
 *
 * <p>Example: {@code MainTextExtractor.standard().extract(html, "https://example.org/a").body()}
 */
public final class MainTextExtractor {
  private static final MainTextExtractor STANDARD =
      new MainTextExtractor(ClassNames.standard(), furniturePhrases());

  private final ClassNames names;
  private final Set<String> furniture;

  MainTextExtractor(ClassNames names, Set<String> furniture) {
    this.names = names;
    this.furniture = furniture;
  }

  public static MainTextExtractor standard() {
    return STANDARD;
  }

  public HtmlArticle extract(String html, String baseUri) {
    return extract(Jsoup.parse(html, baseUri == null ? "" : baseUri));
  }

  /** The page's article; no paragraphs when the page has none or nests deeper than we read. */
  public HtmlArticle extract(Document doc) {
    JsonLdArticle ld = JsonLdArticle.find(doc);
    ReportMeta meta = PageMetaReader.read(doc, ld);
    Element body = doc.body();
    if (PageDepth.of(body) > PageDepth.MAX) {
      return new HtmlArticle(meta, List.of());
    }
    new PageCleaner(names).clean(body);
    ContentScorer scorer = new ContentScorer(names);
    Element marked = markedBody(body);
    Element top = marked != null ? marked : scorer.best(body);
    List<Element> chosen =
        marked != null ? List.of(marked) : withSameKind(withSiblings(top, scorer), top);
    List<String> paragraphs = keep(BlockWriter.write(chosen));
    return new HtmlArticle(meta, preferSchemaBody(paragraphs, ld.articleBody()));
  }

  /**
   * The page's schema.org {@code articleBody} when it is much longer than the text found in the
   * page: paywalled and script-rendered pages hide most of their text from the markup but give it
   * whole to search engines. Otherwise the page's own text, which keeps the paragraph breaks.
   */
  private List<String> preferSchemaBody(List<String> found, String schemaBody) {
    if (schemaBody == null) {
      return found;
    }
    int foundLength = found.stream().mapToInt(String::length).sum();
    if (schemaBody.length() < foundLength * 3 / 2) {
      return found;
    }
    List<String> out = new ArrayList<>();
    for (String p : schemaBody.split("\\s*\\n\\s*")) {
      if (!p.isBlank()) {
        out.add(p.replaceAll("\\s+", " ").strip());
      }
    }
    return out;
  }

  /**
   * The paragraphs of an HTML fragment that is all article text, such as a feed item's content: no
   * search for the main text, only the layout and the furniture lines dropped.
   */
  public List<String> fragmentParagraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    new PageCleaner(names).clean(body);
    return keep(BlockWriter.write(List.of(body)));
  }

  /**
   * The element the site marks as the article's body with schema.org microdata ({@code
   * itemprop="articleBody"}), when there is one and it holds prose: the site's own word beats any
   * guess.
   */
  private static Element markedBody(Element body) {
    List<Element> marked = body.select("[itemprop=articleBody]");
    if (marked.size() != 1) {
      return null;
    }
    Element m = marked.get(0);
    return PageCleaner.paragraphText(m) >= 200 ? m : null;
  }

  /** The top element and those siblings that score close to it or read as prose. */
  private static List<Element> withSiblings(Element top, ContentScorer scorer) {
    Element parent = top.parent();
    if (parent == null || top.tagName().equals("body")) {
      return List.of(top);
    }
    double topScore = scorer.score(top);
    double threshold = Math.max(10, topScore * 0.2);
    List<Element> out = new ArrayList<>();
    for (Element sibling : parent.children()) {
      if (sibling == top) {
        out.add(sibling);
        continue;
      }
      double bonus =
          !top.className().isEmpty() && sibling.className().equals(top.className())
              ? topScore * 0.2
              : 0;
      if (scorer.score(sibling) + bonus >= threshold || isProse(sibling)) {
        out.add(sibling);
      }
    }
    return out;
  }

  /**
   * Adds the chunks of a split article: sites that put ads or embeds between parts of the text
   * repeat the text's container ({@code <div class="body__inner">} three times), sometimes under
   * different parents. Chunks holding prose join the chosen elements, in page order.
   */
  private static List<Element> withSameKind(List<Element> chosen, Element top) {
    if (top.className().isBlank() || top.tagName().equals("body")) {
      return chosen;
    }
    Element root = top.ownerDocument() == null ? top.root() : top.ownerDocument().body();
    List<Element> out = new ArrayList<>();
    boolean added = false;
    for (Element e : root.getElementsByClass(top.classNames().iterator().next())) {
      if (chosen.contains(e) || e.className().equals(top.className()) && isChunk(e, chosen)) {
        added |= !chosen.contains(e);
        out.add(e);
      }
    }
    if (!added) {
      return chosen;
    }
    out.addAll(chosen);
    // in page order, each once
    Set<Element> wanted = java.util.Collections.newSetFromMap(new java.util.IdentityHashMap<>());
    wanted.addAll(out);
    return root.getAllElements().stream().filter(wanted::remove).toList();
  }

  private static boolean isChunk(Element e, List<Element> chosen) {
    for (Element c : chosen) {
      if (e == c || c.is(":has(*)") && (isAncestor(c, e) || isAncestor(e, c))) {
        return false;
      }
    }
    return PageCleaner.paragraphText(e) >= 80 && LinkDensity.of(e) < 0.3;
  }

  private static boolean isAncestor(Element a, Element b) {
    for (Element p = b.parent(); p != null; p = p.parent()) {
      if (p == a) {
        return true;
      }
    }
    return false;
  }

  private static boolean isProse(Element e) {
    if (!e.tagName().equals("p")) {
      return false;
    }
    String text = e.text();
    double ld = LinkDensity.of(e);
    return text.length() > 80 && ld < 0.25
        || text.length() > 0 && ld == 0 && text.matches(".*\\.( |$).*");
  }

  private List<String> keep(List<Block> blocks) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      String key = b.text().toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+$", "");
      if (furniture.contains(key) || b.isDateLine()) {
        continue;
      }
      if (b.linkDensity() > 0.5 && b.text().length() < 400) {
        continue;
      }
      if (b.tag().equals("h1")) {
        // the article's headline: the report's first line carries it already
        continue;
      }
      out.add(b.text());
    }
    return out;
  }

  private static Set<String> furniturePhrases() {
    return LexiconFile.rows(MainTextExtractor.class, "furniture-phrases.txt").stream()
        .map(r -> r.get(0).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
