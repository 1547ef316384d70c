package org.attache.spark.internal;

import java.util.Iterator;
import java.util.List;
import org.apache.spark.api.java.JavaRDD;
import org.attache.core.Problem;
import org.attache.store.KnowledgeBase;

/**
 * Stores the reports and their readings in a PostgreSQL knowledge base, each executor over its own
 * connection, then brings the base's resolution up to date the way {@code attache analyze} does, so
 * every command of the CLI and the server works on it.
 */
public final class DatabaseOutput {
  private DatabaseOutput() {}

  public static void save(JavaRDD<ReadReport> read, List<Problem> problems, String url) {
    // Migrate once, before the executors connect.
    try (KnowledgeBase kb = KnowledgeBase.open(url)) {
      problems.forEach(kb::saveProblem);
    }
    read.foreachPartition(reports -> saveAll(reports, url));
    try (KnowledgeBase kb = KnowledgeBase.open(url)) {
      kb.resolve();
    }
  }

  private static void saveAll(Iterator<ReadReport> reports, String url) {
    try (KnowledgeBase kb = KnowledgeBase.open(url)) {
      while (reports.hasNext()) {
        ReadReport r = reports.next();
        kb.save(r.source(), r.reading());
      }
    }
  }
}
