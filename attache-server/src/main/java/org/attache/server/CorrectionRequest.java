package org.attache.server;

import java.util.Map;
import org.attache.core.correct.CorrectionKind;

/**
 * A correction as an analyst asks for it, checked but not yet saved.
 *
 * <p>Example: {@code new CorrectionRequest(CorrectionKind.EVENT_DATE, "a1b2c3:0", Map.of("date",
 * "2023-10-28"), "jdoe", "the ministry's release gives the day")}
 *
 * @param kind what it does
 * @param target the person or event it applies to
 * @param values the new values, by name, as {@link CorrectionKind} lists them
 * @param author who asks
 * @param reason why: the source or the reasoning
 */
public record CorrectionRequest(
    CorrectionKind kind, String target, Map<String, String> values, String author, String reason) {
  public CorrectionRequest {
    values = Map.copyOf(values);
  }
}
