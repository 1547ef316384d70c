package org.attache.server;

/**
 * Which reports to list; a null field does not filter.
 *
 * <p>Example: {@code new ReportFilter("exercise", "AzerNews")}: reports of AzerNews whose title or
 * text contains "exercise" (any case).
 *
 * @param q a phrase the title or the text contains, any case
 * @param outlet the outlet's name, any case
 */
public record ReportFilter(String q, String outlet) {
  public static final ReportFilter NONE = new ReportFilter(null, null);
}
