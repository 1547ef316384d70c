package org.attache.core.export;

import com.fasterxml.jackson.databind.SequenceWriter;
import com.fasterxml.jackson.dataformat.csv.CsvMapper;
import com.fasterxml.jackson.dataformat.csv.CsvSchema;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/**
 * Writes {@code events.csv} (one row per report of an event) and {@code persons.csv} for
 * spreadsheets, quoted as RFC 4180 says (Jackson's CSV writer); lists are joined by {@code ;}.
 *
 * <p>Example: {@code new CsvExport().write(Path.of("out"), resolution, texts)}
 */
public final class CsvExport {
  static final List<String> EVENT_COLUMNS =
      List.of(
          "id",
          "type",
          "cameo",
          "date",
          "status",
          "countries",
          "participants",
          "location",
          "location_country",
          "document",
          "evidence");
  static final List<String> PERSON_COLUMNS =
      List.of("id", "name", "country", "titles", "aliases", "documents");

  private final CsvMapper mapper = new CsvMapper();

  /**
   * @param texts the original text of each report, by id (evidence sentences are cut from it)
   */
  public void write(Path dir, Resolution resolution, Map<String, String> texts) throws IOException {
    Files.createDirectories(dir);
    List<List<String>> events = new ArrayList<>();
    for (Occurrence o : resolution.occurrences()) {
      for (OccurrenceReport r : o.reports()) {
        events.add(eventRow(o, r, texts.getOrDefault(r.document(), "")));
      }
    }
    List<List<String>> persons = new ArrayList<>();
    for (ResolvedPerson p : resolution.persons()) {
      persons.add(
          List.of(
              p.id(),
              orEmpty(p.name()),
              orEmpty(p.country()),
              String.join(";", p.titles()),
              String.join(";", p.aliases()),
              String.join(";", p.documents())));
    }
    table(dir.resolve("events.csv"), EVENT_COLUMNS, events);
    table(dir.resolve("persons.csv"), PERSON_COLUMNS, persons);
  }

  static List<String> eventRow(Occurrence o, OccurrenceReport r, String text) {
    String evidence =
        r.evidence() != null && r.evidence().end() <= text.length() ? r.evidence().of(text) : "";
    return List.of(
        o.id(),
        o.type().name(),
        orEmpty(o.cameo()),
        orEmpty(r.date() != null ? r.date() : o.date()),
        o.status() == null ? "" : o.status().name(),
        String.join(";", o.countries()),
        o.participants().stream().map(OccurrenceParticipant::name).collect(Collectors.joining(";")),
        o.location() == null ? "" : orEmpty(o.location().name()),
        o.location() == null ? "" : orEmpty(o.location().country()),
        r.document(),
        evidence.strip());
  }

  private void table(Path file, List<String> header, List<List<String>> rows) throws IOException {
    // Rows are written as arrays so the header order is ours, not a bean's.
    CsvSchema schema = CsvSchema.emptySchema().withLineSeparator("\r\n");
    try (BufferedWriter w = Files.newBufferedWriter(file, StandardCharsets.UTF_8);
        SequenceWriter out = mapper.writer(schema).writeValues(w)) {
      out.write(header);
      for (List<String> row : rows) {
        out.write(row);
      }
    }
  }

  private static String orEmpty(String s) {
    return s == null ? "" : s;
  }
}
