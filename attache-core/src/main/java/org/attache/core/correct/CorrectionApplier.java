package org.attache.core.correct;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.core.resolve.Resolution;

/**
 * Applies analysts' corrections, oldest first, to a machine resolution. A correction whose target
 * re-analysis removed is skipped and listed, never an error: the analyst decides what to do.
 *
 * <p>Example: {@code new CorrectionApplier().apply(resolution, corrections).resolution()}
 */
public final class CorrectionApplier {

  /**
   * @param resolution the corrected resolution
   * @param skipped the corrections whose target was not found
   */
  public record Result(Resolution resolution, List<Correction> skipped) {}

  public Result apply(Resolution machine, List<Correction> corrections) {
    List<Correction> ordered = new ArrayList<>(corrections);
    ordered.sort(Comparator.comparing(Correction::madeAt).thenComparing(Correction::id));
    Resolution r = machine;
    List<Correction> skipped = new ArrayList<>();
    for (Correction c : ordered) {
      Resolution next =
          switch (c.kind()) {
            case MERGE_PERSONS, SPLIT_PERSON -> PersonCorrections.apply(r, c);
            default -> EventCorrections.apply(r, c);
          };
      if (next == null) {
        skipped.add(c);
      } else {
        r = next;
      }
    }
    return new Result(r, skipped);
  }
}
