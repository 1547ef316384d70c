package org.attache.core.query;

import java.util.Comparator;
import java.util.Optional;
import org.attache.core.Span;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Resolution;

/**
 * What a search looks at in one report: its headline and its body (the text the reading marked as
 * the report's own prose), never the site's furniture, bylines or page clocks around it. The
 * command line and the web page search through these, so they find the same reports.
 *
 * <p>Example: {@code SearchableReport.of(reading, text).find(TextQuery.parse("Baku"))} gives the
 * hit with the text around the first "Baku" of the body, or empty when the report does not say it.
 *
 * @param id the report's id
 * @param path where it was read from
 * @param title the headline, or null
 * @param outlet the outlet, or null
 * @param published the publication day (ISO), or null
 * @param body the body blocks' text, joined by line breaks
 */
public record SearchableReport(
    String id, String path, String title, String outlet, String published, String body) {
  private static final int BEFORE = 90;
  private static final int AFTER = 130;

  /** Newest first, reports without a day last, then by id: the order of hits everywhere. */
  public static final Comparator<TextHit> NEWEST_FIRST =
      Comparator.comparing(TextHit::published, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(TextHit::reportId);

  /** A report as searched; a reading without blocks (written by hand) is searched whole. */
  public static SearchableReport of(Reading r, String text) {
    String body = r.blocks().isEmpty() ? text : Resolution.body(r, text);
    return new SearchableReport(
        r.id(), r.path(), r.meta().title(), r.meta().outlet(), r.meta().published(), body);
  }

  /** The hit when the headline and the body hold every term between them, else empty. */
  public Optional<TextHit> find(TextQuery query) {
    String headline = title == null ? "" : title;
    if (!query.matchesAcross(headline, body)) {
      return Optional.empty();
    }
    String snippet =
        query
            .earliest(body)
            .map(at -> around(body, at))
            .orElseGet(() -> query.earliest(headline).map(at -> around(headline, at)).orElse(""));
    return Optional.of(new TextHit(id, path, title, outlet, published, snippet));
  }

  /** About 220 characters around a match, cut at spaces, with "…" where text was left out. */
  static String around(String text, Span at) {
    int from = Math.max(0, at.start() - BEFORE);
    int to = Math.min(text.length(), at.end() + AFTER);
    if (from > 0) {
      int space = text.indexOf(' ', from);
      from = space >= 0 && space < at.start() ? space + 1 : from;
    }
    if (to < text.length()) {
      int space = text.lastIndexOf(' ', to);
      to = space > at.end() ? space : to;
    }
    String cut = text.substring(from, to).replaceAll("\\s+", " ").strip();
    return (from > 0 ? "… " : "") + cut + (to < text.length() ? " …" : "");
  }

  /**
   * A report a search found.
   *
   * @param reportId the report's id
   * @param path where it was read from
   * @param title the headline, or null
   * @param outlet the outlet, or null
   * @param published the publication day (ISO), or null
   * @param snippet the text around the first match in the body (or the headline)
   */
  public record TextHit(
      String reportId,
      String path,
      String title,
      String outlet,
      String published,
      String snippet) {}
}
