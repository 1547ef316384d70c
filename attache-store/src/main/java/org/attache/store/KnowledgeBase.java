package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import org.attache.core.Problem;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.ReportMeta;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;

/**
 * The knowledge base: reports, their readings and the problems met, over JDBC. Each report is saved
 * in one transaction, so a run killed halfway loses nothing already saved.
 *
 * <p>Example: {@code try (KnowledgeBase kb = KnowledgeBase.open("attache.db")) { kb.save(source,
 * reading); }}
 */
public final class KnowledgeBase implements AutoCloseable {
  private final Connection connection;

  private KnowledgeBase(Connection connection) {
    this.connection = connection;
  }

  /**
   * Opens (creating and migrating as needed) the knowledge base at {@code target}: a file path or a
   * {@code jdbc:postgresql://} URL.
   */
  public static KnowledgeBase open(String target) {
    Database db = Database.of(target);
    try {
      db.migrate();
      return new KnowledgeBase(db.connect());
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(
          "Cannot open the database " + target + ": " + rootMessage(e) + ".", e);
    }
  }

  /** Saves a report and its reading, replacing an earlier reading of the same text. */
  public SaveOutcome save(SourceText source, Reading reading) {
    return inTransaction(
        () -> {
          Optional<String> version = storedVersion(source.id());
          if (version.isPresent() && version.get().equals(reading.pipelineVersion())) {
            updatePath(source);
            return SaveOutcome.UNCHANGED;
          }
          deleteReport(source.id());
          insertReport(source, reading);
          insertPersons(source.id(), reading.persons());
          clearProblems(source.path());
          return version.isPresent() ? SaveOutcome.REPLACED : SaveOutcome.ADDED;
        });
  }

  /** Records that a file could not be read or analysed. */
  public void saveProblem(Problem problem) {
    inTransaction(
        () -> {
          try (PreparedStatement ps =
              connection.prepareStatement(
                  "INSERT INTO ingest_problem (path, stage, message, seen_at) VALUES (?, ?, ?, ?)"
                      + " ON CONFLICT (path, stage) DO UPDATE SET message = excluded.message,"
                      + " seen_at = excluded.seen_at")) {
            ps.setString(1, problem.source());
            ps.setString(2, problem.stage());
            ps.setString(3, problem.message());
            ps.setString(4, Instant.now().toString());
            ps.executeUpdate();
          }
          return null;
        });
  }

  /** Every stored reading, in report id order. */
  public List<Reading> readings() {
    List<Reading> out = new ArrayList<>();
    query(
        "SELECT reading FROM report ORDER BY id",
        rs -> out.add(ReadingJson.fromJson(rs.getString(1))));
    return out;
  }

  /** The original text of a stored report. */
  public Optional<String> text(String reportId) {
    List<String> out = new ArrayList<>();
    query("SELECT text FROM report WHERE id = ?", rs -> out.add(rs.getString(1)), reportId);
    return out.stream().findFirst();
  }

  /** The problems met so far, by path. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    query(
        "SELECT path, stage, message FROM ingest_problem ORDER BY path",
        rs -> out.add(new Problem(rs.getString(1), rs.getString(2), rs.getString(3))));
    return out;
  }

  public int reportCount() {
    int[] n = {0};
    query("SELECT COUNT(*) FROM report", rs -> n[0] = rs.getInt(1));
    return n[0];
  }

  private Optional<String> storedVersion(String id) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("SELECT pipeline_version FROM report WHERE id = ?")) {
      ps.setString(1, id);
      try (ResultSet rs = ps.executeQuery()) {
        return rs.next() ? Optional.of(rs.getString(1)) : Optional.empty();
      }
    }
  }

  private void updatePath(SourceText source) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("UPDATE report SET path = ? WHERE id = ?")) {
      ps.setString(1, source.path());
      ps.setString(2, source.id());
      ps.executeUpdate();
    }
  }

  private void deleteReport(String id) throws SQLException {
    for (String sql :
        List.of(
            "DELETE FROM report_person WHERE report_id = ?", "DELETE FROM report WHERE id = ?")) {
      try (PreparedStatement ps = connection.prepareStatement(sql)) {
        ps.setString(1, id);
        ps.executeUpdate();
      }
    }
  }

  private void insertReport(SourceText source, Reading reading) throws SQLException {
    ReportMeta m = reading.meta();
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO report (id, sha256, path, text, title, outlet, author, published,"
                + " dateline, url, pipeline_version, analyzed_at, reading)"
                + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)")) {
      Object[] values = {
        source.id(),
        source.sha256(),
        source.path(),
        source.text(),
        m.title(),
        m.outlet(),
        m.author(),
        m.published(),
        m.dateline(),
        m.url(),
        reading.pipelineVersion(),
        Instant.now().toString(),
        ReadingJson.toJson(reading)
      };
      for (int i = 0; i < values.length; i++) {
        ps.setString(i + 1, (String) values[i]);
      }
      ps.executeUpdate();
    }
  }

  private void insertPersons(String reportId, List<Person> persons) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement(
            "INSERT INTO report_person (report_id, seq, name, country, titles, mentions)"
                + " VALUES (?, ?, ?, ?, ?, ?)")) {
      for (int i = 0; i < persons.size(); i++) {
        Person p = persons.get(i);
        ps.setString(1, reportId);
        ps.setInt(2, i);
        ps.setString(3, p.name());
        ps.setString(4, p.country());
        ps.setString(5, ReadingJson.toJson(p.titles()));
        ps.setString(6, ReadingJson.toJson(p.mentions()));
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private void clearProblems(String path) throws SQLException {
    try (PreparedStatement ps =
        connection.prepareStatement("DELETE FROM ingest_problem WHERE path = ?")) {
      ps.setString(1, path);
      ps.executeUpdate();
    }
  }

  private interface Work<T> {
    T run() throws SQLException;
  }

  private interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  private <T> T inTransaction(Work<T> work) {
    try {
      connection.setAutoCommit(false);
      try {
        T result = work.run();
        connection.commit();
        return result;
      } catch (SQLException | RuntimeException e) {
        connection.rollback();
        throw e;
      } finally {
        connection.setAutoCommit(true);
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot write to the database: " + rootMessage(e) + ".", e);
    }
  }

  private void query(String sql, Row row, String... params) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (int i = 0; i < params.length; i++) {
        ps.setString(i + 1, params[i]);
      }
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException("Cannot read the database: " + rootMessage(e) + ".", e);
    }
  }

  static String rootMessage(Throwable e) {
    Throwable t = e;
    while (t.getCause() != null && t.getCause() != t) {
      t = t.getCause();
    }
    return t.getMessage() == null ? t.getClass().getSimpleName() : t.getMessage();
  }

  @Override
  public void close() {
    try {
      connection.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close the database: " + e.getMessage(), e);
    }
  }
}
