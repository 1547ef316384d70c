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

  public HtmlArticle extract(Document doc) {
    JsonLdArticle ld = JsonLdArticle.find(doc);
    ReportMeta meta = PageMetaReader.read(doc, ld);
    Element body = doc.body();
    new PageCleaner(names).clean(body);
    ContentScorer scorer = new ContentScorer(names);
    Element top = scorer.best(body);
    List<Element> chosen = withSiblings(top, scorer);
    List<String> paragraphs = keep(BlockWriter.write(chosen), meta.title());
    return new HtmlArticle(meta, paragraphs);
  }

  /**
   * The paragraphs of an HTML fragment that is all article text, such as a feed item's content: no
   * search for the main text, only the layout and the furniture lines dropped.
   */
  public List<String> fragmentParagraphs(String html) {
    Element body = Jsoup.parseBodyFragment(html).body();
    new PageCleaner(names).clean(body);
    return keep(BlockWriter.write(List.of(body)), null);
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

  private static boolean isProse(Element e) {
    if (!e.tagName().equals("p")) {
      return false;
    }
    String text = e.text();
    double ld = LinkDensity.of(e);
    return text.length() > 80 && ld < 0.25
        || text.length() > 0 && ld == 0 && text.matches(".*\\.( |$).*");
  }

  private List<String> keep(List<Block> blocks, String headline) {
    List<String> out = new ArrayList<>();
    for (Block b : blocks) {
      String key = b.text().toLowerCase(Locale.ROOT).replaceAll("[\\p{P}\\s]+$", "");
      if (furniture.contains(key) || b.isDateLine()) {
        continue;
      }
      if (b.linkDensity() > 0.5 && b.text().length() < 400) {
        continue;
      }
      if (b.tag().equals("h1") && b.text().equals(headline)) {
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
