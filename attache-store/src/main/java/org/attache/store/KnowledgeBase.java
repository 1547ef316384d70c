package org.attache.store;

import java.sql.SQLException;
import java.time.Instant;
import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.TreeSet;
import org.attache.core.Problem;
import org.attache.core.correct.CorrectionApplier;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.ReportMeta;
import org.attache.core.persons.Person;
import org.attache.core.query.SearchableReport.TextHit;
import org.attache.core.query.TextQuery;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.ReportedEvent;
import org.attache.core.resolve.ReprintDetector;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.SameDayEditions;

/**
 * The knowledge base: reports, their readings, the problems met, and the resolution across reports
 * (persons, reprints, occurrences, office holders) with analysts' corrections, over JDBC. Each
 * report is saved in one transaction, so a run killed halfway loses nothing already saved.
 *
 * <p>Example: {@code try (KnowledgeBase kb = KnowledgeBase.open("attache.db")) { kb.save(source,
 * reading); kb.resolve(); }}
 */
public final class KnowledgeBase implements AutoCloseable {
  private final Jdbc jdbc;

  private KnowledgeBase(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  /**
   * Opens (creating and migrating as needed) the knowledge base at {@code target}: a file path or a
   * {@code jdbc:postgresql://} URL.
   */
  public static KnowledgeBase open(String target) {
    Database db = Database.of(target);
    try {
      db.migrate();
      return new KnowledgeBase(new Jdbc(db.connect(), db.sqlite()));
    } catch (SQLException | RuntimeException e) {
      throw new StoreException(
          "Cannot open the database " + target + ": " + rootMessage(e) + ".", e);
    }
  }

  /**
   * Saves a report and its reading, replacing an earlier reading of the same text. The blocks of
   * events it touches are marked for {@link #resolve()}.
   */
  public SaveOutcome save(SourceText source, Reading reading) {
    return jdbc.inTransaction(
        () -> {
          Optional<String> version = storedVersion(source.id());
          if (version.isPresent() && version.get().equals(reading.pipelineVersion())) {
            jdbc.update("UPDATE report SET path = ? WHERE id = ?", source.path(), source.id());
            return SaveOutcome.UNCHANGED;
          }
          markDirty(
              jdbc.strings("SELECT block_key FROM report_event WHERE report_id = ?", source.id()));
          deleteReport(source.id());
          insertReport(source, reading);
          insertOriginal(source);
          insertPersons(source.id(), reading.persons());
          insertEvents(source.id(), reading);
          insertSignature(source, reading);
          insertEditions(source, reading);
          jdbc.update("DELETE FROM ingest_problem WHERE path = ?", source.path());
          return version.isPresent() ? SaveOutcome.REPLACED : SaveOutcome.ADDED;
        });
  }

  /**
   * Brings the resolution across reports up to date with the reports saved since the last call, in
   * one transaction: only the event blocks the new reports touch are merged again.
   */
  public ResolveOutcome resolve() {
    return jdbc.inTransaction(() -> new ResolutionStore(jdbc).refresh());
  }

  /** The stored resolution with every analyst's correction applied. */
  public Resolution resolution() {
    return corrected().resolution();
  }

  /** The stored resolution corrected, and the corrections whose target is gone. */
  public CorrectionApplier.Result corrected() {
    return new Corrections(jdbc).applyTo(new ResolutionStore(jdbc).load());
  }

  /** The analysts' corrections: add, list. */
  public Corrections corrections() {
    return new Corrections(jdbc);
  }

  /** Queries over the corrected resolution (events, persons, office holders, dyads). */
  public Queries queries() {
    return new Queries(this, jdbc);
  }

  /** Records that a file could not be read or analysed. */
  public void saveProblem(Problem problem) {
    jdbc.inTransaction(
        () ->
            jdbc.update(
                "INSERT INTO ingest_problem (path, stage, message, seen_at) VALUES (?, ?, ?, ?)"
                    + " ON CONFLICT (path, stage) DO UPDATE SET message = excluded.message,"
                    + " seen_at = excluded.seen_at",
                problem.source(),
                problem.stage(),
                problem.message(),
                Instant.now().toString()));
  }

  /** Every stored reading, in report id order. */
  public List<Reading> readings() {
    List<Reading> out = new ArrayList<>();
    jdbc.query(
        "SELECT reading FROM report ORDER BY id",
        rs -> out.add(ReadingJson.fromJson(rs.getString(1))));
    return out;
  }

  /** The original text of a stored report. */
  public Optional<String> text(String reportId) {
    return jdbc.strings("SELECT text FROM report WHERE id = ?", reportId).stream().findFirst();
  }

  /** The problems met so far, by path. */
  public List<Problem> problems() {
    List<Problem> out = new ArrayList<>();
    jdbc.query(
        "SELECT path, stage, message FROM ingest_problem ORDER BY path",
        rs -> out.add(new Problem(rs.getString(1), rs.getString(2), rs.getString(3))));
    return out;
  }

  /**
   * The reports a search finds ({@code "joint exercise" Baku}: whole words and phrases in the
   * headline and the text but the site furniture, any case), newest first, as the web page finds
   * them.
   */
  public List<TextHit> search(TextQuery query) {
    return new ReportSearch(jdbc).search(query);
  }

  public int reportCount() {
    return Integer.parseInt(jdbc.strings("SELECT COUNT(*) FROM report").get(0));
  }

  private Optional<String> storedVersion(String id) {
    return jdbc.strings("SELECT pipeline_version FROM report WHERE id = ?", id).stream()
        .findFirst();
  }

  private void markDirty(List<String> blocks) throws SQLException {
    for (String b : new TreeSet<>(blocks)) {
      jdbc.update(
          "INSERT INTO dirty_block (block_key) VALUES (?) ON CONFLICT (block_key) DO NOTHING", b);
    }
  }

  private void deleteReport(String id) throws SQLException {
    for (String table :
        List.of(
            "report_person",
            "report_event",
            "report_signature",
            "report_edition",
            "report_original")) {
      jdbc.update("DELETE FROM " + table + " WHERE report_id = ?", id);
    }
    jdbc.update("DELETE FROM report WHERE id = ?", id);
  }

  private void insertOriginal(SourceText source) throws SQLException {
    if (source.origin().original() != null) {
      jdbc.update(
          "INSERT INTO report_original (report_id, format, original) VALUES (?, ?, ?)",
          source.id(),
          source.origin().format(),
          source.origin().original());
    }
  }

  /** The page, item or line a report's text was made from, when it was not plain text. */
  public Optional<String> original(String reportId) {
    List<String> out =
        jdbc.strings("SELECT original FROM report_original WHERE report_id = ?", reportId);
    return out.stream().findFirst();
  }

  private void insertReport(SourceText source, Reading reading) throws SQLException {
    ReportMeta m = reading.meta();
    jdbc.update(
        "INSERT INTO report (id, sha256, path, text, title, outlet, author, published,"
            + " dateline, url, pipeline_version, analyzed_at, reading, report_date)"
            + " VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?, ?)",
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
        ReadingJson.toJson(reading),
        m.reportDate());
  }

  private void insertPersons(String reportId, List<Person> persons) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    for (int i = 0; i < persons.size(); i++) {
      Person p = persons.get(i);
      rows.add(
          new Object[] {
            reportId,
            i,
            p.name(),
            p.country(),
            ReadingJson.toJson(p.titles()),
            ReadingJson.toJson(p.mentions())
          });
    }
    jdbc.batch(
        "INSERT INTO report_person (report_id, seq, name, country, titles, mentions)"
            + " VALUES (?, ?, ?, ?, ?, ?)",
        rows);
  }

  private void insertEvents(String reportId, Reading reading) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    List<String> blocks = new ArrayList<>();
    for (int i = 0; i < reading.events().size(); i++) {
      ReportedEvent e =
          new ReportedEvent(reportId, i, reading.events().get(i), reading.meta().reportDate());
      rows.add(new Object[] {reportId, i, e.blockKey(), ReadingJson.toJson(e.event())});
      blocks.add(e.blockKey());
    }
    jdbc.batch(
        "INSERT INTO report_event (report_id, seq, block_key, event) VALUES (?, ?, ?, ?)", rows);
    markDirty(blocks);
  }

  private void insertSignature(SourceText source, Reading reading) throws SQLException {
    Optional<long[]> sig = ReprintDetector.signature(Resolution.body(reading, source.text()));
    if (sig.isPresent()) {
      jdbc.update(
          "INSERT INTO report_signature (report_id, minhash) VALUES (?, ?)",
          source.id(),
          Signatures.format(sig.get()));
    }
  }

  private void insertEditions(SourceText source, Reading reading) throws SQLException {
    List<Object[]> rows = new ArrayList<>();
    SameDayEditions.keys(reading, source.text())
        .forEach(k -> rows.add(new Object[] {source.id(), k}));
    jdbc.batch("INSERT INTO report_edition (report_id, edition_key) VALUES (?, ?)", rows);
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
      jdbc.connection.close();
    } catch (SQLException e) {
      throw new StoreException("Cannot close the database: " + e.getMessage(), e);
    }
  }
}
