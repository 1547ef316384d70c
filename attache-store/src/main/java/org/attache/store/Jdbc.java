package org.attache.store;

import java.sql.Connection;
import java.sql.PreparedStatement;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.util.ArrayList;
import java.util.List;

/** The one connection of a knowledge base, with the few ways the store uses it. */
final class Jdbc {
  final Connection connection;
  final boolean sqlite;

  Jdbc(Connection connection, boolean sqlite) {
    this.connection = connection;
    this.sqlite = sqlite;
  }

  interface Work<T> {
    T run() throws SQLException;
  }

  interface Row {
    void accept(ResultSet rs) throws SQLException;
  }

  /** Runs the work in one transaction: all of it is committed, or none. */
  <T> T inTransaction(Work<T> work) {
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
      throw new StoreException(
          "Cannot write to the database: " + KnowledgeBase.rootMessage(e) + "." + advice(e), e);
    }
  }

  /** What the user can do about a failed write; reports saved before it are kept either way. */
  static String advice(SQLException e) {
    String m = String.valueOf(KnowledgeBase.rootMessage(e)).toLowerCase(java.util.Locale.ROOT);
    if (m.contains("full") || m.contains("no space")) {
      return " Free disk space, or pass --db a database on another disk, and run again: the"
          + " reports already stored are kept and will not be read twice.";
    }
    if (m.contains("locked") || m.contains("busy")) {
      return " Another program is writing to it: wait until it has finished, then run again.";
    }
    return "";
  }

  void query(String sql, Row row, Object... params) {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, params);
      try (ResultSet rs = ps.executeQuery()) {
        while (rs.next()) {
          row.accept(rs);
        }
      }
    } catch (SQLException e) {
      throw new StoreException(
          "Cannot read the database: " + KnowledgeBase.rootMessage(e) + ".", e);
    }
  }

  List<String> strings(String sql, Object... params) {
    List<String> out = new ArrayList<>();
    query(sql, rs -> out.add(rs.getString(1)), params);
    return out;
  }

  /** Runs an update inside a transaction the caller holds. */
  int update(String sql, Object... params) throws SQLException {
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      bind(ps, params);
      return ps.executeUpdate();
    }
  }

  /** Runs one statement for each row of parameters, batched. */
  void batch(String sql, List<Object[]> rows) throws SQLException {
    if (rows.isEmpty()) {
      return;
    }
    try (PreparedStatement ps = connection.prepareStatement(sql)) {
      for (Object[] row : rows) {
        bind(ps, row);
        ps.addBatch();
      }
      ps.executeBatch();
    }
  }

  private static void bind(PreparedStatement ps, Object[] params) throws SQLException {
    for (int i = 0; i < params.length; i++) {
      Object p = params[i];
      if (p instanceof Integer n) {
        ps.setInt(i + 1, n);
      } else {
        ps.setString(i + 1, p == null ? null : p.toString());
      }
    }
  }
}
