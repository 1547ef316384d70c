package org.attache.server;

/**
 * Writes analysts' corrections to the knowledge base; once {@link #correct} returns, the catalog
 * shows them.
 *
 * <p>Example: {@code corrector.correct(new CorrectionRequest(CorrectionKind.REJECT_EVENT,
 * "o-3f2a9c...", Map.of(), "jdoe", "a planned visit, not one made"))}
 */
public interface Corrector {
  /** A server with no knowledge base to write to: every correction is refused. */
  Corrector NONE =
      request -> {
        throw new ApiError(
            501, "This server has no knowledge base to write corrections to: use ./attache serve.");
      };

  /** Saves the correction, applies it, and says whether its target was found. */
  CorrectionOutcome correct(CorrectionRequest request);
}
