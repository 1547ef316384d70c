package org.attache.core.evaluate;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.io.IOException;
import java.net.URISyntaxException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * The scorer's figures on two small invented reports (a Norwegian minister's visit to Ghana, told
 * by two outlets) and an invented export of them, every figure worked out by hand (see each
 * comment).
 */
class ScorerTest {
  @TempDir Path tmp;

  private static Path fixture(String name) throws URISyntaxException {
    return Path.of(ScorerTest.class.getResource(name).toURI());
  }

  private static Evaluation evaluation() throws Exception {
    return new Scorer()
        .score(Gold.read(List.of(fixture("gold"))), Prediction.read(fixture("pred")));
  }

  @Test
  void eventsAreMatchedLooselyByTypeAndStates() throws Exception {
    Evaluation e = evaluation();

    // report-a: visit, talks and memorandum found, the 2022 drill missed, an arms event extra;
    // report-b: visit, talks and letter of intent all found (the letter under the wrong month).
    assertThat(e.documents()).isEqualTo(2);
    assertThat(e.eventsLoose()).isEqualTo(new Prf(0.857, 0.857, 0.857, 6, 1, 1));
    assertThat(e.misses())
        .extracting(Evaluation.Miss::report, Evaluation.Miss::kind, Evaluation.Miss::type)
        .containsExactly(
            org.assertj.core.groups.Tuple.tuple(
                "report-a", Evaluation.Miss.Kind.MISSED, "EXERCISE"),
            org.assertj.core.groups.Tuple.tuple("report-a", Evaluation.Miss.Kind.EXTRA, "ARMS"));
    assertThat(e.misses().get(0).evidence())
        .isEqualTo("Ghanaian and Norwegian marines held the joint drill Gulf Lantern in 2022.");
    // The arms event's states are GH, NO, GH in the export: each counts once.
    assertThat(e.misses().get(1).countries()).containsExactly("GH", "NO");
  }

  @Test
  void strictMatchingAlsoWantsTheDateAndASharedPerson() throws Exception {
    Evaluation e = evaluation();

    // Strict misses report-a's talks (the export names Ingrid Berg, the gold Lunde and Osei-Baah)
    // and report-b's letter (2023-05 for the gold's 2023-06); report-b's talks pass: the gold's
    // XXXX-05-14 takes the report's own date 2023-05-14, and "K. Osei-Baah" is Kwame Osei-Baah.
    assertThat(e.eventsStrict()).isEqualTo(new Prf(0.571, 0.571, 0.571, 4, 3, 3));
    // Dates: 5 of 6 matched events (the letter is wrong). Places: 5 of 6 (report-a's talks are
    // placed in Accra by the gold, nowhere by the export; placed nowhere by both counts as right).
    assertThat(e.eventDateAccuracy()).isEqualTo(0.833);
    assertThat(e.eventLocationAccuracy()).isEqualTo(0.833);
  }

  @Test
  void eachTypeIsScoredOnItsOwn() throws Exception {
    Map<String, Prf> byType = evaluation().eventsByType();

    assertThat(byType).containsOnlyKeys("AGREEMENT", "ARMS", "EXERCISE", "MEETING", "VISIT");
    assertThat(byType.get("VISIT")).isEqualTo(new Prf(1.0, 1.0, 1.0, 2, 0, 0));
    assertThat(byType.get("MEETING")).isEqualTo(new Prf(1.0, 1.0, 1.0, 2, 0, 0));
    // Nothing of the type to find and one found: precision 0, recall 1, F1 0.
    assertThat(byType.get("ARMS")).isEqualTo(new Prf(0.0, 1.0, 0.0, 0, 1, 0));
    // One to find and nothing found: all 0.
    assertThat(byType.get("EXERCISE")).isEqualTo(new Prf(0.0, 0.0, 0.0, 0, 0, 1));
  }

  @Test
  void mergingAcrossReportsIsScoredPairwise() throws Exception {
    Evaluation e = evaluation();

    // Matched events: the visit is one occurrence in both (true pair); the talks are one in the
    // gold and two in the export (false negative); the memorandum and the letter are two in the
    // gold and one in the export (false positive).
    assertThat(e.eventMerge()).isEqualTo(new Prf(0.5, 0.5, 0.5, 1, 1, 1));
    // Persons: Lunde is one person in both reports (true pair), Osei-Baah two (false negative).
    assertThat(e.personMerge()).isEqualTo(new Prf(1.0, 0.5, 0.667, 1, 0, 1));
  }

  @Test
  void personsTheirStatesTitlesAndMetadata() throws Exception {
    Evaluation e = evaluation();

    // Four gold persons found, Ingrid Berg extra: P 4/5, R 1, F1 8/9.
    assertThat(e.persons()).isEqualTo(new Prf(0.8, 1.0, 0.889, 4, 1, 0));
    // "K. Osei-Baah" has no state: 3 of 4.
    assertThat(e.personCountryAccuracy()).isEqualTo(0.75);
    // "Minister of Defence" is found as "Defence Minister" (2 of 3 words), both "Lieutenant
    // General"s once, "Chief of Defence Staff" and report-b's rank not: 3 of 5.
    assertThat(e.personTitleRecall()).isEqualTo(0.6);
    // Only fields the gold states count; title and dateline fold case and punctuation.
    assertThat(e.metadataAccuracy())
        .containsExactly(
            Map.entry("author", 0.0),
            Map.entry("dateline", 1.0),
            Map.entry("outlet", 0.5),
            Map.entry("published", 1.0),
            Map.entry("title", 1.0));
  }

  @Test
  void theFiguresHaveTheScorersKeys() throws Exception {
    var json = evaluation().figures();

    assertThat(json.fieldNames())
        .toIterable()
        .containsExactly(
            "documents",
            "events_loose",
            "events_strict",
            "events_by_type",
            "event_date_accuracy",
            "event_location_accuracy",
            "persons",
            "person_country_accuracy",
            "person_title_recall",
            "metadata_accuracy",
            "cross_doc_event_merge",
            "cross_doc_person_merge");
    assertThat(json.path("events_strict").toString())
        .isEqualTo("{\"p\":0.571,\"r\":0.571,\"f1\":0.571,\"tp\":4,\"fp\":3,\"fn\":3}");
  }

  @Test
  void theBestScoringPairIsMatchedFirst() {
    Gold.Event january = meeting("2023-01-10", "january");
    Gold.Event february = meeting("2023-02-02", "february");
    Gold gold =
        new Gold(
            new java.util.TreeMap<>(
                Map.of("r", new Gold.Report("r", Map.of(), List.of(), List.of(january, february)))),
            List.of());
    Prediction.Event found =
        new Prediction.Event(
            "o", "MEETING", "2023-02-02", List.of("FR", "SN"), null, List.of(), "");
    Prediction pred = new Prediction(Map.of(), Map.of(), Map.of("r", List.of(found)));

    Evaluation e = new Scorer().score(gold, pred);

    // Both gold meetings are compatible; the one with the same date wins though it comes second.
    assertThat(e.eventDateAccuracy()).isEqualTo(1.0);
    assertThat(e.eventsStrict().tp()).isEqualTo(1);
    assertThat(e.misses())
        .singleElement()
        .extracting(Evaluation.Miss::date)
        .isEqualTo("2023-01-10");
    // One matched event: no pair to merge, no figure.
    assertThat(e.eventMerge()).isNull();
  }

  private static Gold.Event meeting(String date, String cluster) {
    return new Gold.Event(
        cluster, "MEETING", date, null, List.of(), List.of("SN", "FR"), cluster, "They met.");
  }

  @Test
  void aBadGoldFileIsNamedAndSkipped() throws Exception {
    Gold gold = Gold.read(List.of(fixture("mixed")));

    assertThat(gold.reports()).containsOnlyKeys("report-a");
    assertThat(gold.problems())
        .singleElement()
        .asString()
        .contains("broken.gold.json")
        .contains("not JSON");
  }

  @Test
  void aGoldFileWithoutEventsIsNamed() throws Exception {
    Files.writeString(tmp.resolve("x.gold.json"), "{\"meta\": {}, \"persons\": []}");

    assertThat(Gold.read(List.of(tmp)).problems())
        .singleElement()
        .asString()
        .contains("x.gold.json")
        .contains("\"events\" is missing");
  }

  @Test
  void aFolderWithoutGoldIsAnError() {
    assertThatThrownBy(() -> Gold.read(List.of(tmp)))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining(tmp.toString())
        .hasMessageContaining("holds no *.gold.json");
  }

  @Test
  void anExportWithoutEventsIsAnError() throws IOException {
    Files.writeString(tmp.resolve("documents.jsonl"), "");
    Files.writeString(tmp.resolve("persons.jsonl"), "");

    assertThatThrownBy(() -> Prediction.read(tmp))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("has no events.jsonl");
  }

  @Test
  void foldingDropsAccentsCaseAndPunctuation() {
    assertThat(Fold.words("Defence Minister İsmayıl Çavuşoğlu"))
        .containsExactly("defense", "minister", "ismayil", "cavusoglu");
    assertThat(Fold.words("Col.-Gen. N. Raza")).containsExactly("col", "gen", "n", "raza");
    // A mark of combining class 0 (Devanagari vowel sign u) is not dropped: it breaks the word.
    assertThat(Fold.words("ka\u0941b")).containsExactly("ka", "b");
    assertThat(Fold.words(null)).isEmpty();
    assertThat(Fold.words(" - ")).isEmpty();
  }

  @Test
  void roundingIsHalfToEvenOnTheExactValue() {
    // 1.0005 is stored a little below, 0.0005 a little above: Python's round(x, 3) gives 1.0,
    // 0.001.
    assertThat(Prf.round(1.0005)).isEqualTo(1.0);
    assertThat(Prf.round(0.0005)).isEqualTo(0.001);
    assertThat(Prf.round(2.0 / 3)).isEqualTo(0.667);
    // Nothing predicted and nothing to find: precision and recall 1.
    assertThat(Prf.of(0, 0, 0)).isEqualTo(new Prf(1.0, 1.0, 1.0, 0, 0, 0));
  }
}
