package org.attache.core.correct;

import java.util.Map;
import java.util.TreeMap;

/**
 * One analyst's correction of the machine's output, kept apart from it and applied after every
 * re-analysis.
 *
 * <p>Example: {@code new Correction("c1", CorrectionKind.EVENT_DATE, "a1b2c3:0", Map.of("date",
 * "2023-10-28"), "jdoe", "the ministry's release gives the day", "2026-11-22T10:00:00Z")}
 *
 * @param id the correction's id
 * @param kind what it does
 * @param target the person or event it applies to
 * @param values the new values, by name (see {@link CorrectionKind})
 * @param author who made it
 * @param reason why
 * @param madeAt when (ISO instant); corrections apply in this order
 */
public record Correction(
    String id,
    CorrectionKind kind,
    String target,
    Map<String, String> values,
    String author,
    String reason,
    String madeAt) {
  public Correction {
    values = new TreeMap<>(values);
  }

  public String value(String name) {
    return values.get(name);
  }
}
