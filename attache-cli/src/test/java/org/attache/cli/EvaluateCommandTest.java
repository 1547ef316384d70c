package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.read.ReadingJson;
import org.junit.jupiter.api.BeforeEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache evaluate} on one invented report (a French admiral in Dakar) and an invented
 * export of it: one event found, one missed, one extra.
 */
class EvaluateCommandTest {
  private static final String DRILL =
      "Senegalese and French sailors ran the <Harbour Shield> drill & its \"night phase\" off Dakar"
          + " in March 2024.";
  private static final String DIVERS = "French instructors trained <b>Senegalese</b> divers.";

  @TempDir Path dir;
  private Path gold;
  private Path pred;

  @BeforeEach
  void write() throws IOException {
    gold = Files.createDirectories(dir.resolve("gold"));
    Files.writeString(
        gold.resolve("dakar-admiral.txt"),
        "The French admiral visited Dakar on 2 March 2024.\n" + DRILL + "\n" + DIVERS + "\n");
    Files.writeString(
        gold.resolve("dakar-admiral.gold.json"),
        """
        {"id": "dakar-admiral",
         "meta": {"title": null, "outlet": null, "author": null, "published": null,
                  "dateline": null},
         "persons": [],
         "events": [
          {"id": "E1", "type": "VISIT", "date": "2024-03-02",
           "location": {"name": "Dakar", "country": "SN"}, "participants": [],
           "countries": ["FR", "SN"], "cluster": "admiral-dakar",
           "evidence": "The French admiral visited Dakar on 2 March 2024."},
          {"id": "E2", "type": "EXERCISE", "date": "2024-03", "location": null,
           "participants": [], "countries": ["FR", "SN"], "cluster": "harbour-shield",
           "evidence": %s}
         ]}
        """
            .formatted(ReadingJson.toJson(DRILL)));
    pred = Files.createDirectories(dir.resolve("pred"));
    Files.writeString(
        pred.resolve("documents.jsonl"),
        "{\"id\":\"d1\",\"path\":\"in/dakar-admiral.txt\",\"title\":null}\n");
    Files.writeString(pred.resolve("persons.jsonl"), "");
    Files.writeString(
        pred.resolve("events.jsonl"),
        """
        {"id":"o1","type":"VISIT","date":"2024-03-02","location":{"name":"Dakar","country":"SN"},\
        "countries":["FR","SN"],"participants":[],"reports":[{"document":"d1",\
        "evidence":"The French admiral visited Dakar on 2 March 2024."}]}
        {"id":"o2","type":"TRAINING","date":"2024-03","location":null,"countries":["SN","FR"],\
        "participants":[],"reports":[{"document":"d1","evidence":%s}]}
        """
            .formatted(ReadingJson.toJson(DIVERS)));
  }

  /** {@code attache evaluate} of the gold and the export, with {@code more} arguments. */
  private CommandRun scored(String... more) {
    List<String> args =
        new ArrayList<>(List.of("evaluate", "--gold", gold.toString(), "--pred", pred.toString()));
    args.addAll(List.of(more));
    return CommandRun.of(args.toArray(String[]::new));
  }

  @Test
  void htmlIsAPageWithTheFiguresAndTheEscapedEvidenceOfMisses() throws IOException {
    Path page = dir.resolve("report/evaluation.html");

    CommandRun r = scored("--format", "html", "--misses", "--out", page.toString());

    assertThat(r.status()).as(r.err()).isZero();
    assertThat(r.out()).isEmpty();
    assertThat(r.err()).contains("Wrote the evaluation of 1 reports to " + page);
    String html = Files.readString(page, StandardCharsets.UTF_8);
    assertThat(html).startsWith("<!DOCTYPE html>").endsWith("</html>\n");
    // Loose: the visit found, the exercise missed, the training extra: P, R and F1 1/2.
    assertThat(html)
        .contains(
            "<tr><td>events, loose (type, states)</td><td class=\"n\">0.500</td>"
                + "<td class=\"n\">0.500</td><td class=\"n\">0.500</td><td class=\"n\">1</td>"
                + "<td class=\"n\">1</td><td class=\"n\">1</td></tr>")
        .contains("<tr><td>EXERCISE</td><td class=\"n\">0.000</td>");
    assertThat(html)
        .contains(
            "ran the &lt;Harbour Shield&gt; drill &amp; its &quot;night phase&quot; off Dakar")
        .contains("trained &lt;b&gt;Senegalese&lt;/b&gt; divers.")
        .doesNotContain("<Harbour Shield>")
        .doesNotContain("<b>");
    assertThat(html).contains("<td>missed</td><td>EXERCISE</td><td>2024-03</td><td>FR SN</td>");
    assertThat(html).contains("<td>extra</td><td>TRAINING</td><td>2024-03</td><td>FR SN</td>");
  }

  @Test
  void withoutMissesTheHtmlHasNoEvidence() {
    CommandRun r = scored("--format", "html");

    assertThat(r.status()).isZero();
    assertThat(r.out()).contains("<h2>Events by type (loose)</h2>").doesNotContain("Harbour");
  }

  @Test
  void tableAndJsonListTheMisses() throws IOException {
    CommandRun table = scored("--misses");
    CommandRun json = scored("--format", "json", "--misses");

    assertThat(table.out())
        .contains("events, loose (type, states)       0.500  0.500  0.500  1   1   1")
        .contains("missed  dakar-admiral  EXERCISE  2024-03  FR SN\n    " + DRILL)
        .contains("extra   dakar-admiral  TRAINING  2024-03  FR SN\n    " + DIVERS);
    var tree = ReadingJson.MAPPER.readTree(json.out());
    assertThat(tree.path("events_loose").path("f1").asDouble()).isEqualTo(0.5);
    assertThat(tree.path("misses").get(0).path("evidence").asText()).isEqualTo(DRILL);
    assertThat(tree.path("misses").get(1).path("kind").asText()).isEqualTo("extra");
  }

  @Test
  void aBadGoldFileIsNamedAndTheOthersScored() throws IOException {
    Files.writeString(gold.resolve("broken.gold.json"), "{\"meta\": {\"title\": \"x\",");

    CommandRun r = scored();

    assertThat(r.status()).isEqualTo(1);
    assertThat(r.err())
        .contains("skipped " + gold.resolve("broken.gold.json"))
        .contains("not JSON");
    assertThat(r.out()).contains("Evaluation against 1 gold reports");
  }

  @Test
  void anExportWithoutEventsIsNamedWithWhatToDo() throws IOException {
    Files.delete(pred.resolve("events.jsonl"));

    CommandRun r = scored();

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err())
        .contains(pred + " has no events.jsonl")
        .contains("attache export --db DB --format jsonl");
  }

  @Test
  void aFolderWithoutGoldIsNamed() {
    CommandRun r = CommandRun.of("evaluate", "--gold", pred.toString(), "--pred", pred.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains(pred + " holds no *.gold.json file");
  }

  @Test
  void aDatabaseOrAnExportIsNeeded() {
    CommandRun r = CommandRun.of("evaluate", "--gold", gold.toString());

    assertThat(r.status()).isEqualTo(2);
    assertThat(r.err()).contains("--db").contains("--pred");
  }
}
