package org.attache.core.ingest.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.List;
import org.attache.core.ingest.LoadResult;
import org.junit.jupiter.api.Test;

class JsonLinesReaderTest {
  private final JsonLinesReader reader = new JsonLinesReader(10_000);

  private List<LoadResult> read(String dump) throws IOException {
    return reader.readAll(
        "dump.jsonl", new ByteArrayInputStream(dump.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void eachLineBecomesAReportNamedByItsLineNumber() throws IOException {
    List<LoadResult> r =
        read(
            "{\"title\": \"Navies train together\", \"maintext\": \"The two navies held a drill."
                + "\\n\\nIt lasted three days.\", \"date_publish\": \"2022-05-03 10:00:00\","
                + " \"authors\": [\"Lena Park\", \"Omar Said\"], \"url\": \"https://n.example/a\","
                + " \"source_domain\": \"n.example\"}\n"
                + "\n"
                + "{\"title\": \"Second\", \"maintext\": \"Talks were held in Baku.\"}\n");

    assertThat(r).hasSize(2).allMatch(LoadResult::ok);
    assertThat(r.get(0).source().path()).isEqualTo("dump.jsonl#1");
    assertThat(r.get(1).source().path()).isEqualTo("dump.jsonl#3");
    assertThat(r.get(0).source().text())
        .isEqualTo(
            "Navies train together\n\nBy Lena Park and Omar Said\nPublished: 2022-05-03\n\n"
                + "The two navies held a drill.\n\nIt lasted three days.\n");
    assertThat(r.get(0).source().origin().hints().outlet()).isEqualTo("n.example");
    assertThat(r.get(0).source().origin().hints().url()).isEqualTo("https://n.example/a");
    assertThat(r.get(0).source().origin().format()).isEqualTo("jsonl");
  }

  @Test
  void aLineWithWrongTypesIsThatItemsProblemNamingTheField() throws IOException {
    List<LoadResult> r =
        read(
            "{\"title\": 7, \"maintext\": \"x\"}\n"
                + "{\"authors\": [1, 2], \"maintext\": \"x\"}\n"
                + "{\"maintext\": {\"a\": 1}}\n"
                + "[1, 2]\n"
                + "{\"title\": \"no text\"}\n"
                + "{not json\n"
                + "{\"maintext\": \"Fine text.\"}\n");

    assertThat(r).hasSize(7);
    assertThat(r.get(0).problem().message()).contains("\"title\" that is a number");
    assertThat(r.get(1).problem().message()).contains("\"authors\" with a number");
    assertThat(r.get(2).problem().message()).contains("\"maintext\" that is an object");
    assertThat(r.get(3).problem().message()).contains("not a JSON object");
    assertThat(r.get(4).problem().message()).contains("no article text");
    assertThat(r.get(5).problem().message()).contains("not valid JSON");
    assertThat(r.get(6).ok()).isTrue();
    assertThat(r.get(5).problem().source()).isEqualTo("dump.jsonl#6");
  }

  @Test
  void anOverlongLineIsSkippedWithoutReadingItIntoMemory() throws IOException {
    String longLine = "{\"maintext\": \"" + "a".repeat(20_000) + "\"}";
    List<LoadResult> r = read(longLine + "\n{\"maintext\": \"Short.\"}\n");

    assertThat(r).hasSize(2);
    assertThat(r.get(0).problem().message()).contains("line over 10,000 bytes");
    assertThat(r.get(1).ok()).isTrue();
  }
}
