package org.attache.server;

import org.attache.core.correct.Correction;

/**
 * A saved correction and whether it changed anything: a correction whose target is gone is kept,
 * but does nothing until re-analysis brings the target back.
 *
 * <p>Example: {@code {"correction": {"id": "1f2e3d4c", "kind": "REJECT_EVENT", ...}, "applied":
 * true}}
 *
 * @param correction the correction as stored, with its id and time
 * @param applied whether its target is in the knowledge base now
 */
public record CorrectionOutcome(Correction correction, boolean applied) {}
