package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attache.cli.SearchAgreement.Hit;
import org.attache.core.Span;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.read.Reading;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@code attache search} and the web page's search find the same reports, the same way. */
class SearchAgreesTest {
  private static final String FURNITURE = "Subscribe to our newsletter | Cookies help us";
  private static final String ARMY =
      "The army of Ruritania and the navy of Elbonia opened a joint exercise near Vellmar.";
  private static final String ARM =
      "The naval arm of Elbonia will join the Joint Exercise with Ruritania next year.";
  private static final String UNDATED =
      "Officers of Ruritania visited Elbonia; a joint naval exercise was discussed.";

  @TempDir Path dir;
  private String db;
  private String army;
  private String arm;
  private String undated;

  @BeforeEach
  void store() {
    db = dir.resolve("search.db").toString();
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      army = save(kb, "army.txt", ARMY, "2024-03-05", "Vellmar Courier");
      arm = save(kb, "arm.txt", ARM, "2024-03-06", "Elbonian Times");
      undated = save(kb, "undated.txt", UNDATED, null, null);
    }
  }

  @Test
  void matchesWholeWordsNeverThePrefixOfALongerWord() {
    Map<String, List<Hit>> hits = SearchAgreement.agreeOn(db, "army", "arm", "ARM", "exercis");

    assertThat(hits.get("army")).extracting(Hit::id).containsExactly(army);
    assertThat(hits.get("arm")).extracting(Hit::id).containsExactly(arm);
    assertThat(hits.get("ARM")).isEqualTo(hits.get("arm"));
    assertThat(hits.get("exercis")).isEmpty();
  }

  @Test
  void requiresEveryWordAndReadsQuotedPhrasesAsConsecutiveWords() {
    Map<String, List<Hit>> hits =
        SearchAgreement.agreeOn(
            db, "joint exercise", "\"joint exercise\"", "\"naval exercise\"", "Vellmar Tashkent");

    assertThat(hits.get("joint exercise")).extracting(Hit::id).containsExactly(arm, army, undated);
    assertThat(hits.get("\"joint exercise\"")).extracting(Hit::id).containsExactly(arm, army);
    assertThat(hits.get("\"naval exercise\"")).extracting(Hit::id).containsExactly(undated);
    assertThat(hits.get("Vellmar Tashkent")).isEmpty();
  }

  @Test
  void aHitCarriesTheSnippetTheDayAndTheOutlet() {
    Hit hit = SearchAgreement.agreeOn(db, "navy").get("navy").get(0);

    assertThat(hit).isEqualTo(new Hit(army, "2024-03-05", "Vellmar Courier", ARMY));
  }

  @Test
  void doesNotFindTheSiteFurniture() {
    Map<String, List<Hit>> hits = SearchAgreement.agreeOn(db, "newsletter", "cookies elbonia");

    assertThat(hits.get("newsletter")).isEmpty();
    assertThat(hits.get("cookies elbonia")).isEmpty();
  }

  /** Saves a report whose first line is site furniture and whose second is its body. */
  private static String save(
      KnowledgeBase kb, String path, String body, String published, String outlet) {
    String text = FURNITURE + "\n" + body + "\n";
    SourceText s =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES)
            .decode(path, text.getBytes(StandardCharsets.UTF_8))
            .source();
    Span bodySpan = new Span(FURNITURE.length() + 1, FURNITURE.length() + 1 + body.length());
    kb.save(
        s,
        new Reading(
            s.id(),
            s.path(),
            s.sha256(),
            new ReportMeta(null, outlet, null, published, null, null, null),
            List.of(
                new TextBlock(new Span(0, FURNITURE.length()), BlockRole.FURNITURE),
                new TextBlock(bodySpan, BlockRole.BODY)),
            List.of(bodySpan),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "v1"));
    return s.id();
  }
}
