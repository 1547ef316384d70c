package org.attache.core.ingest.items;

import com.rometools.rome.feed.synd.SyndContent;
import com.rometools.rome.feed.synd.SyndEntry;
import com.rometools.rome.feed.synd.SyndFeed;
import com.rometools.rome.feed.synd.SyndPerson;
import com.rometools.rome.io.FeedException;
import com.rometools.rome.io.SyndFeedInput;
import java.io.ByteArrayInputStream;
import java.time.ZoneOffset;
import java.util.ArrayList;
import java.util.Date;
import java.util.List;
import org.attache.core.Problem;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.html.HtmlArticle;
import org.attache.core.ingest.html.MainTextExtractor;
import org.attache.core.meta.ReportMeta;
import org.xml.sax.InputSource;

/**
 * Reads an RSS or Atom file: each item becomes a report named {@code feed.xml#N} (N counts items
 * from 1), its text from the item's content or, when it has none, its description. The feed's title
 * is the outlet. Document type declarations are refused (Rome's default), so an XML entity bomb
 * cannot expand.
 *
 * <p>Example: {@code new FeedReader().read("news.rss", bytes)}
 */
public final class FeedReader {
  private final MainTextExtractor html = MainTextExtractor.standard();

  public List<LoadResult> read(String name, byte[] bytes) {
    SyndFeed feed;
    try {
      SyndFeedInput input = new SyndFeedInput();
      input.setAllowDoctypes(false);
      feed = input.build(new InputSource(new ByteArrayInputStream(bytes)));
    } catch (FeedException | IllegalArgumentException e) {
      return List.of(
          LoadResult.failed(
              new Problem(
                  name,
                  "ingest",
                  "is not a readable RSS or Atom feed: "
                      + e.getMessage()
                      + ". Check that the file is the whole feed.")));
    }
    List<LoadResult> out = new ArrayList<>();
    int n = 0;
    for (SyndEntry entry : feed.getEntries()) {
      out.add(item(name + "#" + ++n, entry, feed.getTitle()));
    }
    if (out.isEmpty()) {
      out.add(
          LoadResult.failed(
              new Problem(name, "ingest", "is a feed with no items. Nothing to read.")));
    }
    return out;
  }

  private LoadResult item(String item, SyndEntry e, String outlet) {
    List<String> paragraphs = html.fragmentParagraphs(content(e));
    if (paragraphs.isEmpty()) {
      return LoadResult.failed(
          new Problem(item, "ingest", "is a feed item with no text (no content or description)."));
    }
    ReportMeta meta =
        new ReportMeta(
            blankToNull(e.getTitle()),
            blankToNull(outlet),
            author(e),
            isoDate(e.getPublishedDate() != null ? e.getPublishedDate() : e.getUpdatedDate()),
            null,
            null,
            blankToNull(e.getLink()));
    String original = String.join("\n\n", paragraphs);
    return LoadResult.of(new HtmlArticle(meta, paragraphs).source(item, "feed", original));
  }

  private static String content(SyndEntry e) {
    StringBuilder sb = new StringBuilder();
    for (SyndContent c : e.getContents()) {
      if (c.getValue() != null) {
        sb.append(c.getValue()).append('\n');
      }
    }
    if (sb.length() == 0 && e.getDescription() != null && e.getDescription().getValue() != null) {
      sb.append(e.getDescription().getValue());
    }
    return sb.toString();
  }

  private static String author(SyndEntry e) {
    List<String> names = new ArrayList<>();
    for (SyndPerson p : e.getAuthors()) {
      if (p.getName() != null && !p.getName().isBlank()) {
        names.add(p.getName().strip());
      }
    }
    if (names.isEmpty()) {
      return blankToNull(e.getAuthor());
    }
    return String.join(" and ", names);
  }

  private static String isoDate(Date d) {
    return d == null ? null : d.toInstant().atOffset(ZoneOffset.UTC).toLocalDate().toString();
  }

  private static String blankToNull(String s) {
    return s == null || s.isBlank() ? null : s.strip();
  }
}
