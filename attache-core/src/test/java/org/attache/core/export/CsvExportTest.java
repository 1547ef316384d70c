package org.attache.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.MappingIterator;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvParser;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class CsvExportTest {
  @TempDir Path dir;

  private List<List<String>> read(Path file) throws IOException {
    CsvMapper mapper = new CsvMapper().enable(CsvParser.Feature.WRAP_AS_ARRAY);
    try (MappingIterator<List<String>> rows =
        mapper.readerForListOf(String.class).readValues(file.toFile())) {
      return rows.readAll();
    }
  }

  @Test
  void writesOneRowPerEventReportWithQuotedEvidence() throws IOException {
    new CsvExport().write(dir, ExportFixture.resolution(), ExportFixture.texts());

    List<List<String>> rows = read(dir.resolve("events.csv"));
    assertThat(rows.get(0)).containsExactlyElementsOf(CsvExport.EVENT_COLUMNS);
    assertThat(rows).hasSize(4);
    List<String> agreement = rows.get(2);
    assertThat(agreement.get(0)).isEqualTo("e-agree");
    assertThat(agreement.get(5)).isEqualTo("AZ;PK");
    assertThat(agreement.get(10)).contains("\"roadmap, 2022-2025\"");
    assertThat(rows.get(1).get(6)).isEqualTo("Omar Qadir;Elnur Aliyev");
    assertThat(rows.get(1).get(8)).isEqualTo("AZ");
    // RFC 4180: a field with a quote is quoted and its quotes doubled; lines end in CRLF.
    String raw = Files.readString(dir.resolve("events.csv"));
    assertThat(raw).contains("\"\"roadmap, 2022-2025\"\"").contains("\r\n");
  }

  @Test
  void writesPersonsWithTitlesJoined() throws IOException {
    new CsvExport().write(dir, ExportFixture.resolution(), ExportFixture.texts());

    List<List<String>> rows = read(dir.resolve("persons.csv"));
    assertThat(rows).hasSize(3);
    assertThat(rows.get(2))
        .containsExactly("p-aliyev", "Elnur Aliyev", "AZ", "Colonel General", "Elnur Aliyev", "ra");
  }
}
