package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.core.persons.OfficeNames;
import org.attache.core.persons.TitleLexicon;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.PersonIndex;
import org.attache.core.resolve.ResolvedPerson;

/**
 * Who held which office of which state, as reported: each office a person is given in a report,
 * with the first and last report dates and the reports. Ranks are not offices.
 */
final class OfficeHolders {
  private static final TitleLexicon TITLES = TitleLexicon.standard();
  private static final OfficeNames OFFICES = OfficeNames.standard();
  private final Jdbc jdbc;

  OfficeHolders(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  private static final class Holding {
    final String office;
    final String state;
    final String personId;
    final String name;
    final TreeSet<String> dates = new TreeSet<>();
    final TreeSet<String> sources = new TreeSet<>();

    Holding(String office, String state, String personId, String name) {
      this.office = office;
      this.state = state;
      this.personId = personId;
      this.name = name;
    }
  }

  /**
   * Rewrites the table from the name rows: one pass over them, no text read. Runs in the caller's
   * transaction.
   */
  void write(List<ResolvedPerson> persons) throws SQLException {
    PersonIndex index = new PersonIndex(persons);
    Map<String, Holding> holdings = new TreeMap<>();
    jdbc.query(
        "SELECT p.report_id, p.name, p.country, p.titles, r.report_date FROM report_person p"
            + " JOIN report r ON r.id = p.report_id",
        rs -> {
          String id = index.idOf(rs.getString(1), rs.getString(2));
          ResolvedPerson rp = id == null ? null : index.person(id);
          if (rp == null) {
            return;
          }
          String state = rs.getString(3) != null ? rs.getString(3) : rp.country();
          List<String> titles =
              ResolutionStore.json(rs.getString(4), new TypeReference<List<String>>() {});
          for (String reported : titles) {
            if (TITLES.normalizeRank(reported).isPresent()) {
              continue;
            }
            String title = OFFICES.canonical(reported);
            String s = state == null ? "" : state;
            Holding h =
                holdings.computeIfAbsent(
                    title + "\u0000" + s + "\u0000" + id,
                    k -> new Holding(title, s, id, rp.name()));
            if (rs.getString(5) != null) {
              h.dates.add(rs.getString(5));
            }
            h.sources.add(rs.getString(1));
          }
        });
    jdbc.update("DELETE FROM office_holder");
    List<Object[]> rows = new ArrayList<>();
    for (Holding h : holdings.values()) {
      rows.add(
          new Object[] {
            h.office,
            h.state,
            h.personId,
            h.name,
            h.dates.isEmpty() ? null : h.dates.first(),
            h.dates.isEmpty() ? null : h.dates.last(),
            ReadingJson.toJson(new ArrayList<>(h.sources))
          });
    }
    jdbc.batch(
        "INSERT INTO office_holder (office, state, person_id, name, first_seen, last_seen,"
            + " sources) VALUES (?, ?, ?, ?, ?, ?, ?)",
        rows);
  }
}
