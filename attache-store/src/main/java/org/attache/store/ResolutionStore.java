package org.attache.store;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.type.TypeReference;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.core.events.Event;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.EventMerger;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.PersonResolver;
import org.attache.core.resolve.ReportedEvent;
import org.attache.core.resolve.ReprintDetector;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/**
 * The machine's resolution across reports, as stored, and how it is brought up to date.
 *
 * <p>What a refresh recomputes, and why it is cheap: persons are resolved again from the stored
 * name rows ({@code report_person}: names, states, titles; no text, no language model), and reprint
 * families from the stored 64-value signatures and same-day edition keys; both are in-memory passes
 * over small rows. Occurrences, the costly part, are merged again only in the blocks (one event
 * type, one set of states) that the new reports' events fall in, or whose reports saw their persons
 * or reprint family change; a block's occurrences depend on nothing outside the block. Only rows
 * that changed are written.
 */
final class ResolutionStore {
  private final Jdbc jdbc;

  ResolutionStore(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /** Runs inside the caller's transaction. */
  ResolveOutcome refresh() throws SQLException {
    List<ResolvedPerson> persons = new PersonResolver().resolve(personRows());
    Set<String> changedReports = new TreeSet<>(new PersonRows(jdbc).write(persons));
    ReprintFamilies families = new ReprintDetector().familiesOf(signatures(), editions());
    changedReports.addAll(writeFamilies(families));
    Set<String> blocks = new TreeSet<>(jdbc.strings("SELECT block_key FROM dirty_block"));
    for (String report : changedReports) {
      blocks.addAll(jdbc.strings("SELECT block_key FROM report_event WHERE report_id = ?", report));
    }
    List<ReportedEvent> events = new ArrayList<>();
    for (String block : blocks) {
      jdbc.query(
          "SELECT e.report_id, e.seq, e.event, r.report_date FROM report_event e"
              + " JOIN report r ON r.id = e.report_id WHERE e.block_key = ?",
          rs ->
              events.add(
                  new ReportedEvent(
                      rs.getString(1), rs.getInt(2), event(rs.getString(3)), rs.getString(4))),
          block);
    }
    List<Occurrence> occurrences = new EventMerger().mergeEvents(events, persons, families);
    OccurrenceRows rows = new OccurrenceRows(jdbc);
    for (String block : blocks) {
      rows.deleteBlock(block);
    }
    for (Occurrence o : occurrences) {
      rows.insert(o);
    }
    new OfficeHolders(jdbc).write(persons);
    jdbc.update("DELETE FROM dirty_block");
    return new ResolveOutcome(persons.size(), blocks.size(), occurrences.size());
  }

  /** The stored machine resolution, as the last refresh left it. */
  Resolution load() {
    List<ResolvedPerson> persons = new PersonRows(jdbc).read();
    Map<String, String> familyOf = new HashMap<>();
    jdbc.query(
        "SELECT report_id, family_id FROM reprint",
        rs -> familyOf.put(rs.getString(1), rs.getString(2)));
    return new Resolution(
        persons, new ReprintFamilies(familyOf), new OccurrenceRows(jdbc).readAll());
  }

  /** The persons of each report, as minimal readings: all person resolution needs. */
  private List<Reading> personRows() {
    Map<String, List<Person>> byReport = new TreeMap<>();
    jdbc.query(
        "SELECT report_id, name, country, titles, mentions FROM report_person"
            + " ORDER BY report_id, seq",
        rs ->
            byReport
                .computeIfAbsent(rs.getString(1), k -> new ArrayList<>())
                .add(
                    new Person(
                        rs.getString(2),
                        rs.getString(3),
                        json(rs.getString(4), new TypeReference<List<String>>() {}),
                        json(rs.getString(5), new TypeReference<List<Mention>>() {}))));
    List<Reading> out = new ArrayList<>();
    byReport.forEach((id, ps) -> out.add(PersonRows.reading(id, ps)));
    return out;
  }

  private Map<String, long[]> signatures() {
    Map<String, long[]> out = new TreeMap<>();
    jdbc.query(
        "SELECT report_id, minhash FROM report_signature",
        rs -> out.put(rs.getString(1), Signatures.parse(rs.getString(2))));
    return out;
  }

  /** Each report's same-day edition keys, for the reports that have any. */
  private Map<String, List<String>> editions() {
    Map<String, List<String>> out = new TreeMap<>();
    jdbc.query(
        "SELECT report_id, edition_key FROM report_edition",
        rs -> out.computeIfAbsent(rs.getString(1), k -> new ArrayList<>()).add(rs.getString(2)));
    return out;
  }

  /** Writes the reports whose family changed; returns them. */
  private Set<String> writeFamilies(ReprintFamilies families) throws SQLException {
    Map<String, String> stored = new HashMap<>();
    jdbc.query(
        "SELECT report_id, family_id FROM reprint",
        rs -> stored.put(rs.getString(1), rs.getString(2)));
    Set<String> changed = new TreeSet<>();
    Set<String> all = new TreeSet<>(stored.keySet());
    all.addAll(families.familyOf().keySet());
    for (String report : all) {
      String now = families.familyOf().get(report);
      if (!Objects.equals(now, stored.get(report))) {
        changed.add(report);
        jdbc.update("DELETE FROM reprint WHERE report_id = ?", report);
        if (now != null) {
          jdbc.update("INSERT INTO reprint (report_id, family_id) VALUES (?, ?)", report, now);
        }
      }
    }
    return changed;
  }

  static Event event(String json) {
    return json(json, new TypeReference<Event>() {});
  }

  static <T> T json(String json, TypeReference<T> type) {
    try {
      return ReadingJson.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("stored JSON is not valid: " + e.getMessage(), e);
    }
  }
}
