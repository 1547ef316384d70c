package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.List;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Tags the TempEval-3 platinum reports ({@code ${attache.corpus}/../timebank/docs}) and writes the
 * answers to {@code target/timebank-pred/NAME.json} for {@code .ci/timebank-score} to score.
 */
class TempEvalIT {
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void tagsEveryTempEvalReportWithinItsText() throws IOException {
    String corpus = System.getProperty("attache.corpus", "../shared/corpus");
    Path docs = Path.of(corpus).resolve("../timebank/docs").normalize();
    assumeTrue(Files.isDirectory(docs), "TempEval-3 reports absent at " + docs);
    Path out = Files.createDirectories(Path.of("target", "timebank-pred"));
    List<Path> texts;
    try (Stream<Path> files = Files.list(docs)) {
      texts = files.filter(p -> p.toString().endsWith(".txt")).sorted().toList();
    }
    int found = 0;
    for (Path text : texts) {
      found += tag(text, out);
    }
    assertThat(texts).isNotEmpty();
    assertThat(found).isGreaterThan(texts.size());
  }

  private static int tag(Path textFile, Path out) throws IOException {
    String name = textFile.getFileName().toString().replaceFirst("\\.txt$", "");
    String text = Files.readString(textFile, StandardCharsets.UTF_8);
    JsonNode gold = JSON.readTree(textFile.resolveSibling(name + ".gold.json").toFile());
    TimeAnchor anchor = TimeAnchor.of(LocalDate.parse(gold.get("dct").asText().substring(0, 10)));
    List<Timex> timexes = TimexTagger.standard().tag(text, anchor);
    ArrayNode answers = JSON.createArrayNode();
    for (Timex t : timexes) {
      assertThat(t.span().of(text)).isEqualTo(t.text());
      ObjectNode a = answers.addObject();
      a.put("start", t.span().start());
      a.put("end", t.span().end());
      a.put("type", t.type().name());
      a.put("value", t.value());
      a.put("text", t.text());
    }
    JSON.writerWithDefaultPrettyPrinter().writeValue(out.resolve(name + ".json").toFile(), answers);
    return timexes.size();
  }
}
