package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;

/**
 * The occurrences as stored: the whole record as JSON, and columns and link tables to query by
 * type, date, states, reports and persons.
 */
final class OccurrenceRows {
  private final Jdbc jdbc;

  OccurrenceRows(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  static String blockKey(Occurrence o) {
    return o.type() + "|" + String.join(",", o.countries());
  }

  void deleteBlock(String block) throws SQLException {
    String ids = "SELECT id FROM occurrence WHERE block_key = ?";
    jdbc.update("DELETE FROM occurrence_report WHERE occurrence_id IN (" + ids + ")", block);
    jdbc.update("DELETE FROM occurrence_participant WHERE occurrence_id IN (" + ids + ")", block);
    jdbc.update("DELETE FROM occurrence WHERE block_key = ?", block);
  }

  void insert(Occurrence o) throws SQLException {
    jdbc.update(
        "INSERT INTO occurrence (id, block_key, type, date, countries, location_name,"
            + " location_country, independent_sources, record) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
        o.id(),
        blockKey(o),
        o.type().name(),
        o.date(),
        String.join(",", o.countries()),
        o.location() == null ? null : o.location().name(),
        o.location() == null ? null : o.location().country(),
        o.independentSources(),
        ReadingJson.toJson(o));
    List<Object[]> reports = new ArrayList<>();
    for (OccurrenceReport r : o.reports()) {
      reports.add(new Object[] {o.id(), r.document(), r.index()});
    }
    jdbc.batch(
        "INSERT INTO occurrence_report (occurrence_id, report_id, seq) VALUES (?, ?, ?)", reports);
    List<Object[]> participants = new ArrayList<>();
    for (int i = 0; i < o.participants().size(); i++) {
      OccurrenceParticipant p = o.participants().get(i);
      participants.add(new Object[] {o.id(), i, p.person(), p.name()});
    }
    jdbc.batch(
        "INSERT INTO occurrence_participant (occurrence_id, position, person_id, name)"
            + " VALUES (?, ?, ?, ?)",
        participants);
  }

  List<Occurrence> readAll() {
    List<Occurrence> out = new ArrayList<>();
    jdbc.query(
        "SELECT record FROM occurrence ORDER BY id",
        rs -> out.add(ResolutionStore.json(rs.getString(1), new TypeReference<Occurrence>() {})));
    out.sort(
        java.util.Comparator.comparing(
            o -> o.reports().get(0).document() + ":" + o.reports().get(0).index()));
    return out;
  }
}
