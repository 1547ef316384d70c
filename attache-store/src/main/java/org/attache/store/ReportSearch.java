package org.attache.store;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.query.SearchableReport;
import org.attache.core.query.SearchableReport.TextHit;
import org.attache.core.query.TextQuery;
import org.attache.core.read.ReadingJson;

/**
 * Search over stored reports with the semantics of {@link TextQuery}: the database's full-text
 * index (SQLite's FTS5) or a plain text scan (PostgreSQL, whose index stems English words) narrows
 * the reports to those that may match; each is then searched as the web page searches it, so that
 * the command line and the page find the same reports.
 */
final class ReportSearch {
  private final Jdbc jdbc;

  ReportSearch(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<TextHit> search(TextQuery query) {
    List<TextHit> out = new ArrayList<>();
    List<Object> params = new ArrayList<>();
    jdbc.query(
        "SELECT reading, text FROM report WHERE " + narrowing(query, params) + " ORDER BY id",
        rs ->
            SearchableReport.of(ReadingJson.fromJson(rs.getString(1)), rs.getString(2))
                .find(query)
                .ifPresent(out::add),
        params.toArray());
    out.sort(SearchableReport.NEWEST_FIRST);
    return out;
  }

  /**
   * A condition every report the query matches meets: FTS5 folds case and accents more loosely than
   * the query, so its terms as FTS5 phrases find a superset; on PostgreSQL, each ASCII word as a
   * substring of the lower-cased text (lower() folds ASCII under any collation).
   */
  private String narrowing(TextQuery query, List<Object> params) {
    if (jdbc.sqlite) {
      StringBuilder fts = new StringBuilder();
      for (List<String> term : query.terms()) {
        fts.append(fts.length() > 0 ? " " : "").append('"').append(String.join(" ", term));
        fts.append('"');
      }
      params.add(fts.toString());
      return "rowid IN (SELECT rowid FROM report_fts WHERE report_fts MATCH ?)";
    }
    StringBuilder where = new StringBuilder("TRUE");
    for (String word : query.words()) {
      if (word.chars().allMatch(c -> c < 128)) {
        where.append(" AND strpos(lower(coalesce(title, '') || ' ' || text), ?) > 0");
        params.add(word);
      }
    }
    return where.toString();
  }
}
