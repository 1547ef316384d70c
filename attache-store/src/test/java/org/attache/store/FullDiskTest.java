package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.Connection;
import java.sql.DriverManager;
import java.sql.ResultSet;
import java.sql.SQLException;
import java.sql.Statement;
import java.util.List;
import org.attache.core.Span;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * A database that cannot grow (SQLite's max_page_count raises the very error a full disk does,
 * SQLITE_FULL) gives a clear message, and the report that did not fit leaves nothing behind.
 */
class FullDiskTest {
  @TempDir Path dir;

  private static SourceText source(String text) {
    return new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES)
        .decode("r.txt", text.getBytes())
        .source();
  }

  private static Reading reading(SourceText s) {
    return new Reading(
        s.id(),
        s.path(),
        s.sha256(),
        ReportMeta.EMPTY,
        List.of(),
        List.of(new Span(0, s.text().length())),
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        "v1");
  }

  private static int pages(String url) throws SQLException {
    try (Connection c = DriverManager.getConnection(url);
        Statement st = c.createStatement();
        ResultSet rs = st.executeQuery("PRAGMA page_count")) {
      rs.next();
      return rs.getInt(1);
    }
  }

  @Test
  void aFullDatabaseIsAClearErrorAndNothingIsHalfWritten() throws SQLException {
    Path file = dir.resolve("kb.db");
    SourceText small = source("Talks were held in Ankara on Monday.");
    try (KnowledgeBase kb = KnowledgeBase.open(file.toString())) {
      kb.save(small, reading(small));
    }
    String full = "jdbc:sqlite:" + file + "?max_page_count=" + (pages("jdbc:sqlite:" + file) + 1);
    SourceText big = source("The delegation visited the academy. ".repeat(20_000));

    try (KnowledgeBase kb = KnowledgeBase.open(full)) {
      assertThatThrownBy(() -> kb.save(big, reading(big)))
          .isInstanceOf(StoreException.class)
          .hasMessageContaining("Cannot write to the database")
          .hasMessageContaining("full")
          .hasMessageContaining("Free disk space");
    }
    try (KnowledgeBase kb = KnowledgeBase.open(file.toString())) {
      assertThat(kb.readings()).extracting(Reading::id).containsExactly(small.id());
      assertThat(kb.text(big.id())).isEmpty();
    }
  }
}
