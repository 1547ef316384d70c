package org.attache.server;

import org.attache.core.correct.Correction;
import org.attache.store.KnowledgeBase;

/**
 * Saves corrections through the store's own corrections, as {@code attache correct} does, and
 * reloads the catalog before answering, so the next request sees the change. The knowledge base is
 * touched only under the catalog's lock: its one connection is not shared between threads.
 *
 * <p>Example: {@code new KnowledgeBaseCorrector(kb, KnowledgeBaseCatalog.reloading(kb, interval))}
 */
public final class KnowledgeBaseCorrector implements Corrector {
  private final KnowledgeBase kb;
  private final ReloadingCatalog catalog;

  /**
   * @param kb the knowledge base the catalog reads
   * @param catalog the catalog over it, reloaded after each correction
   */
  public KnowledgeBaseCorrector(KnowledgeBase kb, ReloadingCatalog catalog) {
    this.kb = kb;
    this.catalog = catalog;
  }

  @Override
  public CorrectionOutcome correct(CorrectionRequest r) {
    return catalog.afterWrite(
        () -> {
          Correction c =
              kb.corrections().add(r.kind(), r.target(), r.values(), r.author(), r.reason());
          boolean applied = kb.corrected().skipped().stream().noneMatch(s -> s.id().equals(c.id()));
          return new CorrectionOutcome(c, applied);
        });
  }
}
