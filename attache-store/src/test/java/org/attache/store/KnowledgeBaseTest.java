package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.nio.file.Path;
import java.sql.SQLException;
import java.util.List;
import org.attache.core.Problem;
import org.attache.core.Span;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.junit.jupiter.api.io.TempDir;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

class KnowledgeBaseTest {
  @TempDir static Path temp;

  static List<String> databases() throws SQLException {
    return TestDatabases.targets(temp);
  }

  private static SourceText source(String text) {
    LoadResult r =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).decode("r.txt", text.getBytes());
    return r.source();
  }

  private static Reading reading(SourceText s, String version) {
    Person p =
        new Person(
            "Aydin Karimli",
            "AZ",
            List.of("Minister of Defense"),
            List.of(new Mention(new Span(0, 13), "Aydin Karimli")));
    return new Reading(
        s.id(),
        s.path(),
        s.sha256(),
        new ReportMeta("A headline", "Trend", null, "2022-05-01", "Baku", "2022-05-01", null),
        List.of(new TextBlock(new Span(0, s.text().length()), BlockRole.BODY)),
        List.of(new Span(0, s.text().length())),
        List.of(),
        List.of(),
        List.of(p),
        List.of(),
        version);
  }

  @ParameterizedTest
  @MethodSource("databases")
  void savingTheSameReportTwiceChangesNothing(String db) {
    SourceText s = source("Aydin Karimli met his counterpart in Baku.");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      assertThat(kb.save(s, reading(s, "v1"))).isEqualTo(SaveOutcome.ADDED);
      assertThat(kb.save(s, reading(s, "v1"))).isEqualTo(SaveOutcome.UNCHANGED);
      assertThat(kb.reportCount()).isEqualTo(1);
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aNewPipelineVersionReplacesTheReading(String db) {
    SourceText s = source("Aydin Karimli received the delegation.");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(s, reading(s, "v1"));
      assertThat(kb.save(s, reading(s, "v2"))).isEqualTo(SaveOutcome.REPLACED);
      assertThat(kb.readings())
          .singleElement()
          .extracting(Reading::pipelineVersion)
          .isEqualTo("v2");
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void theOriginalPageIsKeptBesideTheTextMadeFromIt(String db) {
    String page = "<html><body><h1>Talks in Baku</h1><p>Talks were held.</p></body></html>";
    SourceText s =
        SourceText.derived(
            "page.html",
            "Talks in Baku\n\nTalks were held.",
            new org.attache.core.ingest.Origin("html", ReportMeta.EMPTY, page));
    SourceText plain = source("A plain text report from Ankara.");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(s, reading(s, "v1"));
      kb.save(plain, reading(plain, "v1"));
      kb.save(s, reading(s, "v2"));
    }
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      assertThat(kb.original(s.id())).contains(page);
      assertThat(kb.original(plain.id())).isEmpty();
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void readingsSurviveReopening(String db) {
    SourceText s = source("The delegation arrived in Islamabad on Monday.");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.save(s, reading(s, "v1"));
    }
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      Reading r = kb.readings().get(0);
      assertThat(r.persons()).extracting(Person::name).containsExactly("Aydin Karimli");
      assertThat(r.meta().outlet()).isEqualTo("Trend");
      assertThat(kb.text(s.id())).contains(s.text());
    }
  }

  @ParameterizedTest
  @MethodSource("databases")
  void aProblemIsKeptUntilTheFileIsReadWell(String db) {
    SourceText s = source("Talks were held in Ankara.");
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.saveProblem(new Problem("r.txt", "ingest", "is empty. Nothing to read."));
      kb.saveProblem(new Problem("r.txt", "ingest", "is binary."));
      assertThat(kb.problems()).extracting(Problem::message).containsExactly("is binary.");
      kb.save(s, reading(s, "v1"));
      assertThat(kb.problems()).isEmpty();
    }
  }

  @org.junit.jupiter.api.Test
  void aDatabaseInAMissingFolderIsAClearError() {
    assertThatThrownBy(() -> KnowledgeBase.open(temp.resolve("no/such/dir/kb.db").toString()))
        .hasMessageContaining("does not exist");
  }
}
