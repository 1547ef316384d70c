package org.attache.core.ingest.html;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import org.attache.core.Problem;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.Origin;
import org.jsoup.Jsoup;
import org.jsoup.nodes.Document;

/**
 * Turns a saved web page into a report: the page's main text laid out like a text report, with the
 * markup's metadata as hints and the page itself kept in the {@link Origin}. The character set is
 * taken from the page (byte-order mark or {@code <meta charset>}), UTF-8 when it names none.
 *
 * <p>Example: {@code HtmlReportReader.standard().read("page.html", bytes).source().text()}
 */
public final class HtmlReportReader {
  private static final HtmlReportReader STANDARD =
      new HtmlReportReader(MainTextExtractor.standard());
  private final MainTextExtractor extractor;

  public HtmlReportReader(MainTextExtractor extractor) {
    this.extractor = extractor;
  }

  public static HtmlReportReader standard() {
    return STANDARD;
  }

  /** Reads the page {@code bytes} that came from {@code name}. */
  public LoadResult read(String name, byte[] bytes) {
    Document doc;
    try {
      doc = Jsoup.parse(new ByteArrayInputStream(bytes), null, "");
    } catch (IOException e) {
      return fail(name, "cannot be parsed as HTML: " + e.getMessage() + ".");
    }
    String original = new String(bytes, doc.charset());
    return read(name, doc, original);
  }

  /** Reads a page already decoded to text, e.g. the HTML of a feed item or crawl record. */
  public LoadResult read(String name, String html, String baseUri) {
    return read(name, Jsoup.parse(html, baseUri == null ? "" : baseUri), html);
  }

  private LoadResult read(String name, Document doc, String original) {
    int depth = PageDepth.of(doc);
    if (depth > PageDepth.MAX) {
      return fail(
          name,
          String.format(
              "is a web page that nests its elements %,d deep (Attaché reads up to %d): broken or"
                  + " not a news page.",
              depth, PageDepth.MAX));
    }
    HtmlArticle article = extractor.extract(doc);
    if (article.paragraphs().isEmpty()) {
      return fail(
          name,
          "is a web page with no article text that Attaché could find. Save the article's own"
              + " page, or its text as a .txt file.");
    }
    return LoadResult.of(article.source(name, "html", original));
  }

  private static LoadResult fail(String name, String message) {
    return LoadResult.failed(new Problem(name, "ingest", message));
  }
}
