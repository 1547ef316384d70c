package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.Problem;
import org.attache.core.correct.CorrectionKind;
import org.attache.core.events.EventType;
import org.attache.core.export.JsonlExport;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The catalog read from a knowledge base file gives back what was stored, problems included. */
class KnowledgeBaseCatalogTest {
  @TempDir Path dir;

  private String store(TestReports reports) {
    return reports.into(dir.resolve("kb.db"));
  }

  @Test
  void readsReportsTextsEventsAndProblemsFromTheStore() {
    String db = store(TestReports.standard());
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
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

  @Test
  void eventsAreTheStoresOccurrencesWithCorrectionsAsTheExportGivesThem() {
    String db = store(TestReports.withEcho());
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.resolve();
      kb.corrections()
          .add(CorrectionKind.REJECT_EVENT, "hostile00000004:0", Map.of(), "test", "no talks");
      kb.corrections()
          .add(
              CorrectionKind.EVENT_PLACE,
              "drill0000000002:0",
              Map.of("place", "Tarbela", "country", "PK"),
              "test",
              "the ministry names the range");
    }

    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      Catalog catalog = KnowledgeBaseCatalog.load(kb);
      Map<String, String> texts = new HashMap<>();
      kb.readings().forEach(r -> texts.put(r.id(), kb.text(r.id()).orElseThrow()));
      List<ObjectNode> exported =
          kb.queries().events(org.attache.core.query.EventFilter.any()).stream()
              .map(o -> JsonlExport.occurrence(o, texts))
              .toList();
      List<EventRecord> served = catalog.events(EventFilter.NONE, PageRequest.ALL).items();

      assertThat(served)
          .extracting(EventRecord::id)
          .containsExactlyInAnyOrderElementsOf(
              exported.stream().map(o -> o.path("id").asText()).toList());
      assertThat(served).noneMatch(e -> "hostile00000004".equals(e.reportId()));
      assertThat(served)
          .filteredOn(e -> e.type() == EventType.EXERCISE)
          .singleElement()
          .extracting(EventRecord::place)
          .isEqualTo("Tarbela");
      for (ObjectNode o : exported) {
        EventRecord e = catalog.event(o.path("id").asText()).orElseThrow();
        assertThat(e.date()).isEqualTo(o.path("date").textValue());
        assertThat(e.independentSources()).isEqualTo(o.path("independentSources").asInt());
        List<String> said = new ArrayList<>();
        o.path("reports").forEach(r -> said.add(r.path("evidence").asText()));
        assertThat(e.reports())
            .extracting(EventReport::evidenceText)
            .containsExactlyElementsOf(said);
      }
    }
  }
}
