package org.attache.store;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.ArrayList;
import java.util.List;
import java.util.UUID;

/**
 * The databases every store test runs on: a fresh SQLite file always, and a fresh schema of the
 * PostgreSQL server named by {@code ATTACHE_TEST_PG_URL} when that is set.
 */
final class TestDatabases {
  static final String PG_ENV = "ATTACHE_TEST_PG_URL";

  private TestDatabases() {}

  static List<String> targets(Path tempDir) throws SQLException {
    List<String> out = new ArrayList<>();
    out.add(tempDir.resolve("kb-" + UUID.randomUUID() + ".db").toString());
    String pg = System.getenv(PG_ENV);
    if (pg != null && !pg.isBlank()) {
      out.add(freshSchema(pg));
    }
    return out;
  }

  private static String freshSchema(String url) throws SQLException {
    String schema =
        "attache_test_" + UUID.randomUUID().toString().replace("-", "").substring(0, 12);
    try (Connection c = DriverManager.getConnection(url);
        Statement s = c.createStatement()) {
      s.execute("CREATE SCHEMA " + schema);
    }
    return url + (url.contains("?") ? "&" : "?") + "currentSchema=" + schema;
  }
}
