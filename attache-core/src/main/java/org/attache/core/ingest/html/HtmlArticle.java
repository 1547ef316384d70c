package org.attache.core.ingest.html;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.ingest.Origin;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.ReportMeta;

/**
 * The article a web page holds: what its markup says about it and its paragraphs of text.
 *
 * <p>Example: {@code article.reportText()} gives {@code "Ministers meet in Baku\n\nBy Jane
 * Roe\nPublished: 2021-12-02\n\nThe ministers met ..."}, laid out like Attaché's text reports.
 *
 * @param meta headline, byline, date, outlet and address from the markup (fields may be null)
 * @param paragraphs the article's paragraphs, without headline and byline
 */
public record HtmlArticle(ReportMeta meta, List<String> paragraphs) {
  public HtmlArticle {
    paragraphs = List.copyOf(paragraphs);
  }

  /** The article's paragraphs, separated by blank lines. */
  public String body() {
    return String.join("\n\n", paragraphs);
  }

  /**
   * The article as a text report: headline, then byline and date lines, then the paragraphs, each
   * block separated by a blank line, so that the text reader finds its parts where it expects them.
   * It ends with {@link #articleText()}.
   */
  public String reportText() {
    List<String> head = new ArrayList<>();
    if (meta.title() != null) {
      head.add(meta.title());
    }
    List<String> lines = new ArrayList<>();
    if (meta.author() != null) {
      lines.add("By " + meta.author());
    }
    if (meta.published() != null) {
      lines.add("Published: " + meta.published());
    }
    if (!lines.isEmpty()) {
      head.add(String.join("\n", lines));
    }
    List<String> all = new ArrayList<>(head);
    all.addAll(ownParagraphs());
    return String.join("\n\n", all) + "\n";
  }

  /**
   * The article's own text as {@link #reportText()} ends: its paragraphs without those that repeat
   * the headline (the page's heading above the text, a gallery's title inside it); empty when there
   * are none.
   */
  public String articleText() {
    List<String> own = ownParagraphs();
    return own.isEmpty() ? "" : String.join("\n\n", own) + "\n";
  }

  /** The report as a source text: its text is {@link #reportText()}, its article marked in it. */
  public SourceText source(String name, String format, String original) {
    String text = reportText();
    int start = text.length() - articleText().length();
    return SourceText.derived(name, text, new Origin(format, meta, original, start));
  }

  private List<String> ownParagraphs() {
    return paragraphs.stream().filter(p -> !p.equals(meta.title())).toList();
  }
}
