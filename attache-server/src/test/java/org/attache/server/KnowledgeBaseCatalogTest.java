package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.attache.core.Problem;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.Reading;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog read from a knowledge base file gives back what was stored, problems included. */
class KnowledgeBaseCatalogTest {
  @TempDir Path dir;

  @Test
  void readsReportsTextsEventsAndProblemsFromTheStore() {
    TestReports reports = TestReports.standard();
    String db = dir.resolve("kb.db").toString();
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      for (Reading r : reports.readings) {
        String text = reports.texts.get(r.id());
        kb.save(new SourceText(r.id(), r.path(), text, r.sha256()), r);
      }
      kb.saveProblem(new Problem("broken.txt", "load", "is empty"));
    }

    Catalog catalog;
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      catalog = KnowledgeBaseCatalog.load(kb);
    }

    assertThat(catalog.reports(ReportFilter.NONE, PageRequest.ALL).total()).isEqualTo(4);
    assertThat(catalog.report("talks0000000001").orElseThrow().text()).isEqualTo(TestReports.TALKS);
    assertThat(catalog.events(EventFilter.NONE, PageRequest.ALL).items())
        .extracting(EventRecord::evidenceText)
        .anyMatch(s -> s.startsWith("Special forces of Pakistan and Azerbaijan"));
    assertThat(catalog.problems())
        .singleElement()
        .extracting(Problem::source)
        .isEqualTo("broken.txt");
    assertThat(catalog.states()).containsExactly("AZ", "PK", "TR", "UZ");
  }
}
