package org.attache.store;

import java.nio.file.Files;
import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.SQLException;
import java.sql.Statement;
import org.flywaydb.core.Flyway;

/**
 * Where a knowledge base lives: an embedded SQLite file by default, or any PostgreSQL server by
 * JDBC URL.
 *
 * <p>Example: {@code Database.of("attache.db")} or {@code
 * Database.of("jdbc:postgresql://127.0.0.1:5432/test")}
 */
public record Database(String url, boolean sqlite) {

  public static Database of(String target) {
    if (target.startsWith("jdbc:postgresql:")) {
      return new Database(target, false);
    }
    if (target.startsWith("jdbc:sqlite:")) {
      return new Database(target, true);
    }
    if (target.startsWith("jdbc:")) {
      throw new IllegalArgumentException(
          "Unsupported database "
              + target
              + ": use a file path (SQLite) or a jdbc:postgresql:// URL.");
    }
    Path file = Path.of(target).toAbsolutePath();
    Path dir = file.getParent();
    if (dir != null && !Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "Cannot create the database "
              + target
              + ": the folder "
              + dir
              + " does not exist. Create it first.");
    }
    return new Database("jdbc:sqlite:" + file, true);
  }

  Connection connect() throws SQLException {
    Connection c = DriverManager.getConnection(url);
    if (sqlite) {
      try (Statement s = c.createStatement()) {
        // WAL lets readers work while a batch writes; busy_timeout waits out a short lock.
        s.execute("PRAGMA journal_mode=WAL");
        s.execute("PRAGMA busy_timeout=10000");
        s.execute("PRAGMA foreign_keys=ON");
      }
    }
    return c;
  }

  void migrate() {
    Flyway.configure()
        .dataSource(url, null, null)
        // Portable migrations, then each database's own (full-text search differs).
        .locations(
            "classpath:db/migration", "classpath:db/vendor/" + (sqlite ? "sqlite" : "postgresql"))
        .load()
        .migrate();
  }
}
