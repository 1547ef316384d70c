package org.attache.server;

/**
 * Which reports to list; a null field does not filter.
 *
 * <p>Example: {@code new ReportFilter("exercise", "AzerNews", "AZ", "PK")}: reports of AzerNews
 * whose headline or body has the word "exercise" (any case) and that name both Azerbaijan and
 * Pakistan.
 *
 * @param q a search ({@link org.attache.core.query.TextQuery}): words and "quoted phrases" the
 *     headline and the text (not the site furniture) hold between them, each a whole word, any case
 * @param outlet the outlet's name, any case
 * @param state a state the report names (by name, demonym or capital, or as a person's state), ISO
 *     alpha-2
 * @param with a second state the report names
 */
public record ReportFilter(String q, String outlet, String state, String with) {
  public static final ReportFilter NONE = new ReportFilter(null, null, null, null);

  /** Reports naming both states. */
  public static ReportFilter naming(String a, String b) {
    return new ReportFilter(null, null, a, b);
  }
}
