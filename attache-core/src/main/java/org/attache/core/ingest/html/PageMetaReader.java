package org.attache.core.ingest.html;

import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.meta.ReportMeta;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * Reads what a page's markup says about its article: JSON-LD first, then Open Graph and other
 * {@code <meta>} tags, then {@code <time>} and {@code <h1>} elements. Markup is more reliable than
 * guesses from the text, so these values take precedence over the text reader's.
 *
 * <p>Example: {@code PageMetaReader.read(doc, JsonLdArticle.find(doc)).published()} gives {@code
 * "2021-12-02"} for {@code <meta property="article:published_time"
 * content="2021-12-02T08:00:00Z">}.
 */
final class PageMetaReader {
  private static final Pattern ISO_DATE = Pattern.compile("(\\d{4}-\\d{2}-\\d{2})");
  private static final Pattern BY = Pattern.compile("(?i)^by\\s+");

  private PageMetaReader() {}

  static ReportMeta read(Document doc, JsonLdArticle ld) {
    String title =
        first(
            ld.headline(), meta(doc, "og:title"), meta(doc, "twitter:title"), h1(doc), title(doc));
    String author =
        first(
            ld.authors().isEmpty() ? null : String.join(" and ", ld.authors()),
            notUrl(meta(doc, "author")),
            notUrl(meta(doc, "article:author")),
            notUrl(meta(doc, "byl")),
            relAuthor(doc));
    String published =
        isoDate(
            first(
                ld.datePublished(),
                meta(doc, "article:published_time"),
                meta(doc, "datePublished"),
                meta(doc, "pubdate"),
                meta(doc, "date"),
                meta(doc, "dc.date"),
                timeElement(doc)));
    String outlet = first(ld.publisher(), meta(doc, "og:site_name"));
    String url = first(canonical(doc), meta(doc, "og:url"), ld.url());
    return new ReportMeta(
        clean(title), clean(outlet), withoutBy(clean(author)), published, null, null, url);
  }

  /** The content of the first {@code <meta>} whose property, name or itemprop is {@code key}. */
  static String meta(Document doc, String key) {
    for (Element m : doc.select("meta[content]")) {
      if (key.equalsIgnoreCase(m.attr("property"))
          || key.equalsIgnoreCase(m.attr("name"))
          || key.equalsIgnoreCase(m.attr("itemprop"))) {
        String v = m.attr("content").strip();
        if (!v.isEmpty()) {
          return v;
        }
      }
    }
    return null;
  }

  private static String h1(Document doc) {
    Element h = doc.selectFirst("h1");
    return h == null ? null : h.text();
  }

  private static String title(Document doc) {
    return doc.title().isBlank() ? null : doc.title();
  }

  private static String relAuthor(Document doc) {
    Element a = doc.selectFirst("[rel=author], [itemprop=author] [itemprop=name], .byline-name");
    return a == null ? null : a.text();
  }

  private static String timeElement(Document doc) {
    Element t = doc.selectFirst("time[datetime]");
    return t == null ? null : t.attr("datetime");
  }

  private static String canonical(Document doc) {
    Element l = doc.selectFirst("link[rel=canonical][href]");
    return l == null ? null : l.absUrl("href").isEmpty() ? l.attr("href") : l.absUrl("href");
  }

  static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    return m.find() ? m.group(1) : null;
  }

  private static String notUrl(String v) {
    return v == null || v.startsWith("http") ? null : v;
  }

  /**
   * The name without the "By" that many sites write into their author tags ("By Jane Roe"): the
   * report's byline line adds its own.
   */
  private static String withoutBy(String author) {
    if (author == null) {
      return null;
    }
    String name = BY.matcher(author).replaceFirst("");
    return name.isEmpty() ? null : name;
  }

  private static String clean(String v) {
    if (v == null) {
      return null;
    }
    String s = v.replaceAll("\\s+", " ").strip();
    return s.isEmpty() || s.length() > 300 ? null : s;
  }

  @SafeVarargs
  private static <T> T first(T... values) {
    for (T v : values) {
      if (v != null) {
        return v;
      }
    }
    return null;
  }
}
