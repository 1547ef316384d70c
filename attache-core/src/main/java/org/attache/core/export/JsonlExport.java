package org.attache.core.export;

import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.BufferedWriter;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.ResolvedPerson;

/**
 * Writes the JSON Lines export: {@code documents.jsonl}, {@code persons.jsonl} and {@code
 * events.jsonl}, as the corpus contract says.
 *
 * <p>Example: {@code new JsonlExport().write(Path.of("out"), readings, persons)}
 */
public final class JsonlExport {

  /**
   * @param texts the original text of each reading, by report id (evidence sentences are cut from
   *     it)
   */
  public void write(
      Path dir, List<Reading> readings, List<ResolvedPerson> persons, Map<String, String> texts)
      throws IOException {
    Files.createDirectories(dir);
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("documents.jsonl"), StandardCharsets.UTF_8)) {
      for (Reading r : readings) {
        w.write(ReadingJson.toJson(document(r)));
        w.newLine();
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("persons.jsonl"), StandardCharsets.UTF_8)) {
      for (ResolvedPerson p : persons) {
        w.write(ReadingJson.toJson(p));
        w.newLine();
      }
    }
    try (BufferedWriter w =
        Files.newBufferedWriter(dir.resolve("events.jsonl"), StandardCharsets.UTF_8)) {
      PersonIndex index = new PersonIndex(persons);
      for (ObjectNode e : new EventOccurrences(readings, index).records(index, texts)) {
        w.write(ReadingJson.toJson(e));
        w.newLine();
      }
    }
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
}
