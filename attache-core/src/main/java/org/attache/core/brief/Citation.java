package org.attache.core.brief;

/**
 * A numbered source of a brief: one report and the sentence of it that a statement rests on.
 *
 * <p>Example: {@code new Citation(1, "a1b2c3", "AzerNews", "Baku and Islamabad talk defence",
 * "2023-10-29", "General Raza met Colonel General Hasanov in Baku on October 28.")}
 *
 * @param number the number statements cite it by, from 1
 * @param document the report's id
 * @param outlet the outlet, or null
 * @param title the headline, or null
 * @param published the publication date (YYYY-MM-DD), or null
 * @param evidence the sentence stating the event, or "" when the text is not at hand
 */
public record Citation(
    int number, String document, String outlet, String title, String published, String evidence) {

  /**
   * Where the sentence was published, as a brief cites it: "AzerNews, “Baku and Islamabad talk
   * defence”, 29 October 2023"; a report without a headline is cited by outlet and day alone.
   */
  public String source() {
    StringBuilder s = new StringBuilder(blank(outlet) ? "Outlet unknown" : outlet.strip());
    if (!blank(title)) {
      s.append(", \u201c").append(title.strip()).append('\u201d');
    }
    return s.append(", ").append(blank(published) ? "undated" : Labels.day(published)).toString();
  }

  /** The evidence as quoted: a sentence the reader cut short ends in an ellipsis. */
  public String quote() {
    String e = evidence.strip();
    return e.isEmpty() || e.matches("(?s).*[.!?:;\"\u201d'\u2019)]") ? e : e + "\u2026";
  }

  private static boolean blank(String s) {
    return s == null || s.isBlank();
  }
}
