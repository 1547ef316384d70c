package org.attache.core.evaluate;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attache.core.read.ReadingJson;

/**
 * An analyst's gold files ({@code NAME.gold.json} beside {@code NAME.txt}; see {@code
 * docs/EVALUATE.md}), by report name. A file that cannot be used is named in {@link #problems()}
 * and left out; the others are read.
 *
 * <p>Example: {@code Gold.read(List.of(Path.of("examples"))).reports().get("ukng-reid-abuja")}
 *
 * @param reports the gold of each report, by the file's name without {@code .gold.json}, in name
 *     order (a name given by two folders is the later folder's)
 * @param problems one line per file left out: the file and what is wrong with it
 */
public record Gold(SortedMap<String, Report> reports, List<String> problems) {
  static final String SUFFIX = ".gold.json";

  /** The metadata fields, in the order a gold file gives them. */
  public static final List<String> META =
      List.of("title", "outlet", "author", "published", "dateline");

  /** One report's gold: its metadata (null where the report states none), persons and events. */
  public record Report(
      String name, Map<String, String> meta, List<Person> persons, List<Event> events) {}

  /** A person of the gold: id, fullest name, state served, titles and surface forms. */
  public record Person(
      String id, String name, String country, List<String> titles, List<String> mentions) {}

  /** An event of the gold; {@code cluster} is the same for every record of one occurrence. */
  public record Event(
      String id,
      String type,
      String date,
      Place location,
      List<String> participants,
      List<String> countries,
      String cluster,
      String evidence) {}

  /** A place: its name and its state. */
  public record Place(String name, String country) {}

  /**
   * Reads every {@code *.gold.json} of the folders.
   *
   * @throws IllegalArgumentException when a folder is not there or holds no gold file
   */
  public static Gold read(List<Path> dirs) throws IOException {
    SortedMap<String, Report> reports = new TreeMap<>();
    List<String> problems = new ArrayList<>();
    for (Path dir : dirs) {
      if (!Files.isDirectory(dir)) {
        throw new IllegalArgumentException(
            "there is no folder "
                + dir
                + ": give --gold the folder that holds the NAME.gold.json files (beside their"
                + " NAME.txt).");
      }
      List<Path> files;
      try (Stream<Path> list = Files.list(dir)) {
        files =
            list.filter(p -> p.getFileName().toString().endsWith(SUFFIX))
                .filter(Files::isRegularFile)
                .sorted()
                .toList();
      }
      if (files.isEmpty()) {
        throw new IllegalArgumentException(
            dir
                + " holds no *.gold.json file: give --gold a folder of reports with their gold"
                + " (NAME.txt and NAME.gold.json; see docs/EVALUATE.md).");
      }
      for (Path file : files) {
        String name = file.getFileName().toString();
        name = name.substring(0, name.length() - SUFFIX.length());
        try {
          reports.put(name, report(name, Files.readString(file, StandardCharsets.UTF_8)));
        } catch (JsonProcessingException e) {
          problems.add(
              file
                  + ": not JSON ("
                  + e.getOriginalMessage()
                  + " at line "
                  + e.getLocation().getLineNr()
                  + "); fix it (python3 -m json.tool "
                  + file.getFileName()
                  + " shows where) or move it out of the folder.");
        } catch (IllegalArgumentException e) {
          problems.add(file + ": " + e.getMessage() + "; fix it as docs/EVALUATE.md says.");
        } catch (IOException e) {
          problems.add(file + ": cannot be read (" + e.getMessage() + ").");
        }
      }
    }
    return new Gold(reports, List.copyOf(problems));
  }

  /**
   * Reads one gold file's JSON.
   *
   * @throws IllegalArgumentException when a field the scoring needs is missing or of the wrong kind
   */
  static Report report(String name, String json) throws JsonProcessingException {
    JsonNode g = ReadingJson.MAPPER.readTree(json);
    if (g == null || !g.isObject()) {
      throw new IllegalArgumentException("not a JSON object");
    }
    JsonNode metaNode = need(g, "meta", "an object", JsonNode::isObject);
    Map<String, String> meta = new HashMap<>();
    for (String k : META) {
      meta.put(k, Json.text(metaNode, k));
    }
    List<Person> persons = new ArrayList<>();
    for (JsonNode p : need(g, "persons", "an array", JsonNode::isArray)) {
      persons.add(
          new Person(
              required(p, "id", "a person"),
              required(p, "name", "person " + Json.text(p, "id")),
              Json.text(p, "country"),
              Json.texts(p, "titles"),
              Json.texts(p, "mentions")));
    }
    List<Event> events = new ArrayList<>();
    for (JsonNode e : need(g, "events", "an array", JsonNode::isArray)) {
      String what = "event " + Json.text(e, "id");
      events.add(
          new Event(
              Json.text(e, "id"),
              required(e, "type", what),
              Json.text(e, "date"),
              place(e.get("location")),
              Json.texts(e, "participants"),
              Json.texts(e, "countries"),
              required(e, "cluster", what),
              Json.text(e, "evidence")));
    }
    return new Report(name, meta, List.copyOf(persons), List.copyOf(events));
  }

  static Place place(JsonNode n) {
    return n == null || !n.isObject()
        ? null
        : new Place(Json.text(n, "name"), Json.text(n, "country"));
  }

  private static JsonNode need(
      JsonNode g, String field, String kind, java.util.function.Predicate<JsonNode> ok) {
    JsonNode n = g.get(field);
    if (n == null || !ok.test(n)) {
      throw new IllegalArgumentException("\"" + field + "\" is missing or not " + kind);
    }
    return n;
  }

  private static String required(JsonNode n, String field, String what) {
    String v = Json.text(n, field);
    if (v == null) {
      throw new IllegalArgumentException(what + " has no \"" + field + "\"");
    }
    return v;
  }
}
