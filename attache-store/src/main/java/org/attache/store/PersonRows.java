package org.attache.store;

import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.ResolvedPerson;

/** The resolved persons as stored: tables {@code person} and {@code person_report}. */
final class PersonRows {
  private final Jdbc jdbc;

  PersonRows(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  static Reading reading(String id, List<Person> persons) {
    return Reading.ofPersons(id, persons);
  }

  List<ResolvedPerson> read() {
    Map<String, List<String>> docs = new HashMap<>();
    jdbc.query(
        "SELECT person_id, report_id FROM person_report ORDER BY person_id, report_id",
        rs -> docs.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    Map<String, ResolvedPerson> out = new LinkedHashMap<>();
    jdbc.query(
        "SELECT id, name, country, titles, aliases FROM person ORDER BY id",
        rs ->
            out.put(
                rs.getString(1),
                new ResolvedPerson(
                    rs.getString(1),
                    rs.getString(2),
                    rs.getString(3),
                    strings(rs.getString(4)),
                    strings(rs.getString(5)),
                    docs.getOrDefault(rs.getString(1), List.of()))));
    return new ArrayList<>(out.values());
  }

  /**
   * Writes the persons that changed and removes those gone.
   *
   * @return the reports whose set of persons changed
   */
  Set<String> write(List<ResolvedPerson> persons) throws SQLException {
    Map<String, ResolvedPerson> stored = new TreeMap<>();
    read().forEach(p -> stored.put(p.id(), p));
    Map<String, ResolvedPerson> now = new TreeMap<>();
    persons.forEach(p -> now.put(p.id(), p));
    Set<String> changedReports = new TreeSet<>();
    Set<String> ids = new TreeSet<>(stored.keySet());
    ids.addAll(now.keySet());
    for (String id : ids) {
      ResolvedPerson before = stored.get(id);
      ResolvedPerson after = now.get(id);
      if (Objects.equals(before, after)) {
        continue;
      }
      changedReports.addAll(difference(before, after));
      jdbc.update("DELETE FROM person_report WHERE person_id = ?", id);
      jdbc.update("DELETE FROM person WHERE id = ?", id);
      if (after != null) {
        insert(after);
      }
    }
    return changedReports;
  }

  private void insert(ResolvedPerson p) throws SQLException {
    jdbc.update(
        "INSERT INTO person (id, name, country, titles, aliases) VALUES (?, ?, ?, ?, ?)",
        p.id(),
        p.name(),
        p.country(),
        ReadingJson.toJson(p.titles()),
        ReadingJson.toJson(p.aliases()));
    List<Object[]> rows = new ArrayList<>();
    p.documents().forEach(d -> rows.add(new Object[] {p.id(), d}));
    jdbc.batch("INSERT INTO person_report (person_id, report_id) VALUES (?, ?)", rows);
  }

  /** Reports that gained or lost the person, or see it under another name or alias. */
  private static Set<String> difference(ResolvedPerson before, ResolvedPerson after) {
    Set<String> out = new TreeSet<>();
    if (before == null || after == null) {
      out.addAll((before == null ? after : before).documents());
      return out;
    }
    if (!before.name().equals(after.name()) || !before.aliases().equals(after.aliases())) {
      out.addAll(before.documents());
      out.addAll(after.documents());
      return out;
    }
    Set<String> a = new TreeSet<>(before.documents());
    Set<String> b = new TreeSet<>(after.documents());
    a.stream().filter(d -> !b.contains(d)).forEach(out::add);
    b.stream().filter(d -> !a.contains(d)).forEach(out::add);
    return out;
  }

  private static List<String> strings(String json) {
    return ResolutionStore.json(json, new TypeReference<List<String>>() {});
  }
}
