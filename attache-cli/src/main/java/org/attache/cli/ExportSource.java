package org.attache.cli;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.correct.CorrectionApplier;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Resolution;
import org.attache.store.KnowledgeBase;

/**
 * What an export is made of: the readings, their original texts and the resolution with the
 * analysts' corrections applied. A correction that no longer finds its target is said on standard
 * error. {@code export} writes it; {@code evaluate --db} scores it.
 *
 * @param readings every stored reading
 * @param resolution persons and occurrences across reports, corrected
 * @param texts the original text of each reading, by report id
 */
record ExportSource(List<Reading> readings, Resolution resolution, Map<String, String> texts) {
  static ExportSource of(KnowledgeBase kb) {
    List<Reading> readings = kb.readings();
    Map<String, String> texts = new HashMap<>();
    readings.forEach(r -> texts.put(r.id(), kb.text(r.id()).orElse("")));
    kb.resolve();
    CorrectionApplier.Result corrected = kb.corrected();
    corrected
        .skipped()
        .forEach(
            c ->
                System.err.printf(
                    "attache: correction %s (%s %s by %s) no longer finds its target; it is kept"
                        + " but does nothing. See `attache correct log`.%n",
                    c.id(), c.kind(), c.target(), c.author()));
    return new ExportSource(readings, corrected.resolution(), texts);
  }
}
