package org.attache.server;

/**
 * A report as lists show it.
 *
 * <p>Example: {@code new ReportSummary("a1b2c3d4e5f6a7b8", "Azerbaijan, Pakistan hold talks",
 * "AzerNews", null, "2021-12-02", "Baku", null, "Azerbaijan and Pakistan held talks ...", null, 3,
 * 1)}
 *
 * @param id the report's id
 * @param title the headline, or null
 * @param outlet the outlet, or null
 * @param author the byline, or null
 * @param published the publication day (ISO), or null
 * @param dateline the dateline city, or null
 * @param url the report's address when it gives one, or null
 * @param lead the first sentence of the body, cut at about 200 characters, or null
 * @param match in search results, the report's text around the first match; else null
 * @param persons how many persons the report names
 * @param events how many events the report states
 */
public record ReportSummary(
    String id,
    String title,
    String outlet,
    String author,
    String published,
    String dateline,
    String url,
    String lead,
    String match,
    int persons,
    int events) {

  /** The same summary with the text around a search's match. */
  public ReportSummary withMatch(String around) {
    return new ReportSummary(
        id, title, outlet, author, published, dateline, url, lead, around, persons, events);
  }
}
