package org.attache.core.query;

import java.util.Comparator;
import java.util.EnumSet;
import java.util.Optional;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.Span;
import org.attache.core.meta.BlockRole;
import org.attache.core.read.Reading;

/**
 * What a search looks at in one report: its headline and its text without the site's furniture (the
 * blocks the reading marked as menus, share bars, teasers, comments, cookie notices); the body, the
 * dateline and the byline stay. The command line and the web page search through these, so they
 * find the same reports.
 *
 * <p>Example: {@code SearchableReport.of(reading, text).find(TextQuery.parse("Baku"))} gives the
 * hit with the text around the first "Baku" of the body, or empty when the report does not say it.
 *
 * @param id the report's id
 * @param path where it was read from
 * @param title the headline, or null
 * @param outlet the outlet, or null
 * @param published the publication day (ISO), or null
 * @param body the text of the body and metadata blocks (the headline is the title), joined by line
 *     breaks
 */
public record SearchableReport(
    String id, String path, String title, String outlet, String published, String body) {
  /** The headline is searched as the title; its repeats in the text would only echo it. */
  private static final Set<BlockRole> SEARCHED = EnumSet.of(BlockRole.BODY, BlockRole.META);

  private static final int BEFORE = 90;
  private static final int AFTER = 130;

  /** Newest first, reports without a day last, then by id: the order of hits everywhere. */
  public static final Comparator<TextHit> NEWEST_FIRST =
      Comparator.comparing(TextHit::published, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(TextHit::reportId);

  /** A report as searched; a reading without blocks (written by hand) is searched whole. */
  public static SearchableReport of(Reading r, String text) {
    String body =
        r.blocks().isEmpty()
            ? text
            : r.blocks().stream()
                .filter(b -> SEARCHED.contains(b.role()) && b.span().end() <= text.length())
                .map(b -> b.span().of(text))
                .collect(Collectors.joining("\n"));
    return new SearchableReport(
        r.id(), r.path(), r.meta().title(), r.meta().outlet(), r.meta().published(), body);
  }

  /** The hit when the headline and the text hold every term between them, else empty. */
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
   * @param snippet the text around the first match in the report's text (or its headline)
   */
  public record TextHit(
      String reportId,
      String path,
      String title,
      String outlet,
      String published,
      String snippet) {}
}
