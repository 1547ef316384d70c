package org.attache.core.resolve;

import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;

/**
 * Reports that one outlet (and one author) published on one day with a paragraph in common word for
 * word: an update, a second edition, the same story filed twice. However much else differs, they
 * are one independent source, so {@link ReprintDetector} puts them in one family. Each report gets
 * a key per body paragraph of {@value #MIN_WORDS} words or more, made of its outlet, author, day
 * and the paragraph's words; reports sharing a key are one family.
 *
 * <p>Example: the 09:00 and the 17:00 story of the Vellmar Courier of 2024-03-05, by one reporter,
 * both opening with the same long paragraph, give a shared key: {@code
 * SameDayEditions.keys(morning, text).retainAll(SameDayEditions.keys(evening, text2))} leaves it.
 */
public final class SameDayEditions {
  /** A shorter paragraph ("Read more.", a standing credit line) says too little to join reports. */
  static final int MIN_WORDS = 12;

  private SameDayEditions() {}

  /**
   * The report's keys; none when its outlet or its day is unknown.
   *
   * @param text the report's original text, which the reading's blocks point into
   */
  public static Set<String> keys(Reading r, String text) {
    Set<String> out = new TreeSet<>();
    String edition = edition(r.meta());
    if (edition == null) {
      return out;
    }
    r.blocks().stream()
        .filter(b -> b.role() == BlockRole.BODY && b.span().end() <= text.length())
        .map(b -> ReprintDetector.words(b.span().of(text)))
        .filter(words -> words.size() >= MIN_WORDS)
        .forEach(
            words ->
                out.add(edition + Long.toHexString(ReprintDetector.fnv(String.join(" ", words)))));
    return out;
  }

  /** "outlet|author|day|", lower-cased; null without an outlet or a full day. */
  private static String edition(ReportMeta meta) {
    String day = meta.reportDate();
    if (meta.outlet() == null
        || meta.outlet().isBlank()
        || day == null
        || !day.matches("\\d{4}-\\d{2}-\\d{2}.*")) {
      return null;
    }
    String author = meta.author() == null ? "" : meta.author().strip().toLowerCase(Locale.ROOT);
    return meta.outlet().strip().toLowerCase(Locale.ROOT)
        + "|"
        + author
        + "|"
        + day.substring(0, 10)
        + "|";
  }
}
