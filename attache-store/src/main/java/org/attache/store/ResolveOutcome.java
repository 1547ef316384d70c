package org.attache.store;

/**
 * What {@link KnowledgeBase#resolve()} did.
 *
 * @param persons resolved persons in the base
 * @param blocksMerged event blocks (one type, one set of states) merged again
 * @param occurrencesWritten occurrences written for those blocks
 */
public record ResolveOutcome(int persons, int blocksMerged, int occurrencesWritten) {}
