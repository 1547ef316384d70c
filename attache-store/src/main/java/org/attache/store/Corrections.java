package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.UUID;
import org.attache.core.correct.Correction;
import org.attache.core.correct.CorrectionApplier;
import org.attache.core.correct.CorrectionKind;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.Resolution;

/**
 * Analysts' corrections, stored apart from the machine's output (table {@code correction}) and
 * applied whenever the resolution is read, so they survive every re-analysis. The table is the log:
 * what, on what, by whom, when, why.
 *
 * <p>Example: {@code kb.corrections().add(CorrectionKind.REJECT_EVENT, "a1b2c3:2", Map.of(),
 * "jdoe", "a planned visit, not one made")}
 */
public final class Corrections {
  private final Jdbc jdbc;

  Corrections(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  public Correction add(
      CorrectionKind kind,
      String target,
      Map<String, String> values,
      String author,
      String reason) {
    if (author == null || author.isBlank() || reason == null || reason.isBlank()) {
      throw new IllegalArgumentException(
          "A correction needs an author and a reason: pass --by NAME and --why TEXT.");
    }
    Correction c =
        new Correction(
            UUID.randomUUID().toString().substring(0, 8),
            kind,
            target,
            values,
            author,
            reason,
            Instant.now().toString());
    jdbc.inTransaction(
        () ->
            jdbc.update(
                "INSERT INTO correction (id, kind, target, payload, author, reason, made_at)"
                    + " VALUES (?, ?, ?, ?, ?, ?, ?)",
                c.id(),
                c.kind().name(),
                c.target(),
                ReadingJson.toJson(c.values()),
                c.author(),
                c.reason(),
                c.madeAt()));
    return c;
  }

  /** Every correction, oldest first. */
  public List<Correction> list() {
    List<Correction> out = new ArrayList<>();
    jdbc.query(
        "SELECT id, kind, target, payload, author, reason, made_at FROM correction"
            + " ORDER BY made_at, id",
        rs ->
            out.add(
                new Correction(
                    rs.getString(1),
                    CorrectionKind.valueOf(rs.getString(2)),
                    rs.getString(3),
                    ResolutionStore.json(
                        rs.getString(4), new TypeReference<Map<String, String>>() {}),
                    rs.getString(5),
                    rs.getString(6),
                    rs.getString(7))));
    return out;
  }

  /** The machine resolution with every correction applied. */
  CorrectionApplier.Result applyTo(Resolution machine) {
    return new CorrectionApplier().apply(machine, list());
  }
}
