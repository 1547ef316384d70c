package org.attache.store;

/** What saving a reading did to the knowledge base. */
public enum SaveOutcome {
  /** The report was new. */
  ADDED,
  /** The report was known and read again by another pipeline version: replaced. */
  REPLACED,
  /** The report was known, read by this very pipeline version: nothing changed. */
  UNCHANGED
}
