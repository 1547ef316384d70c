package org.attache.store;

import java.util.ArrayList;
import java.util.List;

/** Full-text search over reports: SQLite's FTS5 index, or PostgreSQL's tsvector. */
final class ReportSearch {
  private final Jdbc jdbc;

  ReportSearch(Jdbc jdbc) {
    this.jdbc = jdbc;
  }

  List<SearchHit> search(String query, int limit) {
    List<SearchHit> out = new ArrayList<>();
    String sql =
        jdbc.sqlite
            ? "SELECT r.id, r.path, r.title FROM report_fts f JOIN report r ON r.rowid = f.rowid"
                + " WHERE report_fts MATCH ? ORDER BY f.rank, r.id LIMIT ?"
            : "SELECT id, path, title FROM report WHERE search @@ plainto_tsquery('english', ?)"
                + " ORDER BY ts_rank(search, plainto_tsquery('english', ?)) DESC, id LIMIT ?";
    Object[] params =
        jdbc.sqlite ? new Object[] {ftsQuery(query), limit} : new Object[] {query, query, limit};
    jdbc.query(
        sql,
        rs -> out.add(new SearchHit(rs.getString(1), rs.getString(2), rs.getString(3))),
        params);
    return out;
  }

  /** Words as FTS5 terms, all required, so that punctuation in a query is never FTS5 syntax. */
  private static String ftsQuery(String query) {
    StringBuilder b = new StringBuilder();
    for (String w : query.split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        b.append(b.length() > 0 ? " " : "").append('"').append(w).append('"');
      }
    }
    return b.length() == 0 ? "\"\"" : b.toString();
  }
}
