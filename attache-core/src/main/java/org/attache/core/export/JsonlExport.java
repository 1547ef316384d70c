package org.attache.core.export;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.function.Function;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/**
 * Writes the JSON Lines export: {@code documents.jsonl}, {@code persons.jsonl} and {@code
 * events.jsonl} (one record per occurrence, with all its reports), as the corpus contract says.
 *
 * <p>Example: {@code new JsonlExport().write(Path.of("out"), readings, resolution, texts)}
 */
public final class JsonlExport {

  /**
   * @param texts the original text of each reading, by report id (evidence sentences are cut from
   *     it)
   */
  public void write(
      Path dir, List<Reading> readings, Resolution resolution, Map<String, String> texts)
      throws IOException {
    Files.createDirectories(dir);
    Records records = records(readings, resolution, texts);
    write(dir, "documents.jsonl", records.documents());
    write(dir, "persons.jsonl", records.persons());
    write(dir, "events.jsonl", records.events());
  }

  /**
   * The records of the export's three files, one list each, in the order they are written: what
   * {@code attache evaluate --db} scores without writing them.
   *
   * @param documents one record per report
   * @param persons one record per real person
   * @param events one record per occurrence
   */
  public record Records(List<JsonNode> documents, List<JsonNode> persons, List<JsonNode> events) {}

  /**
   * The records {@link #write} writes.
   *
   * @param texts the original text of each reading, by report id
   */
  public static Records records(
      List<Reading> readings, Resolution resolution, Map<String, String> texts) {
    List<JsonNode> documents = new ArrayList<>();
    for (Reading r : readings) {
      documents.add(document(r, resolution.reprints().familyOf(r.id())));
    }
    List<JsonNode> persons = new ArrayList<>();
    for (ResolvedPerson p : resolution.persons()) {
      persons.add(ReadingJson.MAPPER.valueToTree(p));
    }
    List<JsonNode> events = new ArrayList<>();
    for (Occurrence o : resolution.occurrences()) {
      events.add(occurrence(o, texts));
    }
    return new Records(documents, persons, events);
  }

  private static void write(Path dir, String name, List<JsonNode> records) throws IOException {
    try (BufferedWriter w = open(dir, name)) {
      for (JsonNode n : records) {
        line(w, n);
      }
    }
  }

  private static BufferedWriter open(Path dir, String name) throws IOException {
    return Files.newBufferedWriter(dir.resolve(name), StandardCharsets.UTF_8);
  }

  private static void line(BufferedWriter w, Object value) throws IOException {
    w.write(ReadingJson.toJson(value));
    w.newLine();
  }

  /**
   * The JSON record of one report, as in {@code documents.jsonl}.
   *
   * @param family the report's reprint family (its own id when it reprints nothing)
   */
  public static ObjectNode document(Reading r, String family) {
    ObjectNode n = document(r);
    if (!family.equals(r.id())) {
      n.put("reprintOf", family);
    }
    return n;
  }

  static ObjectNode document(Reading r) {
    ReportMeta m = r.meta();
    ObjectNode n = ReadingJson.MAPPER.createObjectNode();
    n.put("id", r.id());
    n.put("path", r.path());
    n.put("title", m.title());
    n.put("outlet", m.outlet());
    n.put("author", m.author());
    n.put("published", m.published());
    n.put("dateline", m.dateline());
    n.put("url", m.url());
    return n;
  }

  /** The JSON record of one occurrence, as in {@code events.jsonl}. */
  public static ObjectNode occurrence(Occurrence o, Map<String, String> texts) {
    return occurrence(
        o,
        r -> {
          String text = texts.getOrDefault(r.document(), "");
          return r.evidence() != null && r.evidence().end() <= text.length()
              ? r.evidence().of(text)
              : null;
        });
  }

  /**
   * The JSON record of one occurrence, the evidence sentences given by {@code evidence} (null where
   * a report has none): for callers that keep the sentences rather than whole texts.
   */
  public static ObjectNode occurrence(Occurrence o, Function<OccurrenceReport, String> evidence) {
    ObjectNode n = ReadingJson.MAPPER.createObjectNode();
    n.put("id", o.id());
    n.put("type", o.type().name());
    n.put("cameo", o.cameo());
    n.put("date", o.date());
    if (o.yearFrom() != null) {
      n.put("yearFrom", o.yearFrom());
    }
    if (o.location() == null) {
      n.putNull("location");
    } else {
      n.putObject("location")
          .put("name", o.location().name())
          .put("country", o.location().country());
    }
    ArrayNode countries = n.putArray("countries");
    o.countries().forEach(countries::add);
    ArrayNode participants = n.putArray("participants");
    for (OccurrenceParticipant p : o.participants()) {
      participants
          .addObject()
          .put("person", p.person())
          .put("name", p.name())
          .put("role", p.role());
    }
    n.put("name", o.name());
    n.put("status", o.status() == null ? null : o.status().name());
    n.put("independentSources", o.independentSources());
    ArrayNode reports = n.putArray("reports");
    for (OccurrenceReport r : o.reports()) {
      ObjectNode rn = reports.addObject().put("document", r.document());
      if (r.index() >= 0) {
        // REPORT_ID:INDEX names this report's event durably, e.g. in `attache correct`.
        rn.put("event", r.document() + ":" + r.index());
      }
      String sentence = evidence.apply(r);
      if (sentence != null) {
        rn.put("evidence", sentence);
        rn.put("start", r.evidence().start());
        rn.put("end", r.evidence().end());
      }
      if (!Objects.equals(r.date(), o.date())) {
        rn.put("date", r.date());
      }
    }
    return n;
  }
}
