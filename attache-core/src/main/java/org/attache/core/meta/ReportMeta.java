package org.attache.core.meta;

/**
 * What a report says about itself.
 *
 * <p>Example: {@code new ReportMeta("Azerbaijan, Pakistan mull prospects", "AzerNews", "Vugar
 * Khalilov", "2021-12-02", "Baku", "XXXX-12-02", null)}
 *
 * @param title the headline, or null
 * @param outlet the reporting outlet (not one it only cites), or null
 * @param author the byline person, or null
 * @param published publication date as ISO {@code YYYY-MM-DD}, or null when the text gives none
 * @param dateline the dateline city ("Baku"), or null
 * @param datelineDate the dateline's date as a TIMEX3 value ({@code XXXX-10-28} when it has no
 *     year), or null
 * @param url the report's address when the text carries one, or null
 */
public record ReportMeta(
    String title,
    String outlet,
    String author,
    String published,
    String dateline,
    String datelineDate,
    String url) {

  public static final ReportMeta EMPTY = new ReportMeta(null, null, null, null, null, null, null);

  /**
   * This metadata with every field that {@code hints} gives replaced by the hint's value: a page's
   * markup ({@code <meta property="article:published_time">}) is more reliable than a guess from
   * its text.
   */
  public ReportMeta preferring(ReportMeta hints) {
    if (hints == null || hints.equals(EMPTY)) {
      return this;
    }
    return new ReportMeta(
        or(hints.title, title),
        or(hints.outlet, outlet),
        or(hints.author, author),
        or(hints.published, published),
        or(hints.dateline, dateline),
        or(hints.datelineDate, datelineDate),
        or(hints.url, url));
  }

  /**
   * The report's own date: the publication date, else a dateline date with day, month and year;
   * null when neither is known.
   */
  public String reportDate() {
    if (published != null) {
      return published;
    }
    return datelineDate != null && datelineDate.matches("\\d{4}-\\d{2}-\\d{2}")
        ? datelineDate
        : null;
  }

  private static String or(String preferred, String fallback) {
    return preferred != null ? preferred : fallback;
  }
}
