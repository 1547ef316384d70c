package org.attache.core.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attache.core.read.ReadingJson;

/**
 * What the system found, per report, as the scorer sees it in a JSON Lines export ({@code
 * documents.jsonl}, {@code persons.jsonl}, {@code events.jsonl}): a record is tied to its gold by
 * the name of its document's path without the extension ({@code a/b/azpk-001.txt} is {@code
 * azpk-001}), and each report of an occurrence is one event of that report's document.
 *
 * <p>Example: {@code Prediction.read(Path.of("/tmp/out")).events().get("azpk-001")}
 *
 * @param documents each document's metadata fields, by report name
 * @param persons the persons each report names, by report name
 * @param events the events each report tells, by report name, in the export's order
 */
public record Prediction(
    Map<String, Map<String, String>> documents,
    Map<String, List<Person>> persons,
    Map<String, List<Event>> events) {

  /** A person of the export: id, name, state, titles and every surface form. */
  public record Person(
      String id, String name, String country, List<String> titles, List<String> aliases) {}

  /**
   * One report of an occurrence.
   *
   * @param occurrence the occurrence's id (reports of one occurrence share it)
   * @param date the report's own date where the export gives one, else the occurrence's
   * @param countries the occurrence's states, sorted, each once
   * @param names the participants' names
   */
  public record Event(
      String occurrence,
      String type,
      String date,
      List<String> countries,
      Gold.Place location,
      List<String> names,
      String evidence) {}

  /** The export's three files in {@code dir}. */
  public static Prediction read(Path dir) throws IOException {
    if (!Files.isDirectory(dir)) {
      throw new IllegalArgumentException(
          "there is no folder "
              + dir
              + ": give --pred the folder `attache export --db DB --format jsonl --out DIR` wrote.");
    }
    return of(
        lines(dir.resolve("documents.jsonl")),
        lines(dir.resolve("persons.jsonl")),
        lines(dir.resolve("events.jsonl")));
  }

  private static List<JsonNode> lines(Path file) throws IOException {
    if (!Files.isRegularFile(file)) {
      throw new IllegalArgumentException(
          file.getParent()
              + " has no "
              + file.getFileName()
              + ": give --pred a folder written by `attache export --db DB --format jsonl --out"
              + " DIR`, or score the database itself with --db DB.");
    }
    List<JsonNode> out = new ArrayList<>();
    List<String> lines = Files.readAllLines(file, StandardCharsets.UTF_8);
    for (int i = 0; i < lines.size(); i++) {
      if (!lines.get(i).isBlank()) {
        try {
          out.add(ReadingJson.MAPPER.readTree(lines.get(i)));
        } catch (JsonProcessingException e) {
          throw new IllegalArgumentException(
              file
                  + ":"
                  + (i + 1)
                  + ": not JSON ("
                  + e.getOriginalMessage()
                  + "); export again with `attache export --format jsonl`.");
        }
      }
    }
    return out;
  }

  /** The prediction of an export's records, as {@code JsonlExport} makes them. */
  public static Prediction of(
      List<? extends JsonNode> documents,
      List<? extends JsonNode> persons,
      List<? extends JsonNode> events) {
    Map<String, String> docName = new HashMap<>();
    for (JsonNode d : documents) {
      // A document without a path is named by its id.
      String path = d.has("path") ? String.valueOf(Json.text(d, "path")) : Json.text(d, "id");
      docName.put(Json.text(d, "id"), stem(path));
    }
    Map<String, Map<String, String>> docs = new HashMap<>();
    for (JsonNode d : documents) {
      Map<String, String> meta = new HashMap<>();
      Gold.META.forEach(k -> meta.put(k, Json.text(d, k)));
      docs.put(docName.get(Json.text(d, "id")), meta);
    }
    Map<String, Person> byId = new HashMap<>();
    Map<String, List<Person>> personsOf = new LinkedHashMap<>();
    for (JsonNode n : persons) {
      Person p =
          new Person(
              Json.text(n, "id"),
              Json.text(n, "name"),
              Json.text(n, "country"),
              Json.texts(n, "titles"),
              Json.texts(n, "aliases"));
      byId.put(p.id(), p);
      for (String doc : Json.texts(n, "documents")) {
        if (docName.containsKey(doc)) {
          personsOf.computeIfAbsent(docName.get(doc), k -> new ArrayList<>()).add(p);
        }
      }
    }
    Map<String, List<Event>> eventsOf = new LinkedHashMap<>();
    for (JsonNode e : events) {
      List<String> names = new ArrayList<>();
      for (JsonNode x : iterable(e.get("participants"))) {
        Person p = byId.get(Json.text(x, "person"));
        String name =
            p != null && p.name() != null && !p.name().isEmpty() ? p.name() : Json.text(x, "name");
        if (name != null && !name.isEmpty()) {
          names.add(name);
        }
      }
      List<String> countries = List.copyOf(new TreeSet<>(Json.texts(e, "countries")));
      for (JsonNode r : iterable(e.get("reports"))) {
        String name = docName.get(Json.text(r, "document"));
        if (name == null) {
          continue;
        }
        eventsOf
            .computeIfAbsent(name, k -> new ArrayList<>())
            .add(
                new Event(
                    Json.text(e, "id"),
                    Json.text(e, "type"),
                    r.has("date") ? Json.text(r, "date") : Json.text(e, "date"),
                    countries,
                    Gold.place(e.get("location")),
                    List.copyOf(names),
                    Json.text(r, "evidence")));
      }
    }
    return new Prediction(docs, personsOf, eventsOf);
  }

  private static Iterable<JsonNode> iterable(JsonNode n) {
    return n == null || !n.isArray() ? List.of() : n;
  }

  /**
   * The report name of a path: its last part without {@code .gold.json}, {@code .txt}, {@code
   * .html}, {@code .htm}, {@code .md} or {@code .json}.
   */
  public static String stem(String path) {
    String p = path;
    while (p.length() > 1 && p.endsWith("/")) {
      p = p.substring(0, p.length() - 1);
    }
    String name = p.substring(p.lastIndexOf('/') + 1);
    for (String suffix : List.of(Gold.SUFFIX, ".txt", ".html", ".htm", ".md", ".json")) {
      if (name.endsWith(suffix)) {
        return name.substring(0, name.length() - suffix.length());
      }
    }
    return name;
  }
}
