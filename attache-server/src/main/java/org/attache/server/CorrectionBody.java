package org.attache.server;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayList;
import java.util.EnumMap;
import java.util.Iterator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.attache.core.correct.CorrectionKind;

/**
 * The body of {@code POST /api/corrections}, read and checked against the catalog: every field
 * named, every value of the right form, every person and event known. A refusal is a 400 naming the
 * field.
 *
 * <p>Example: {@code {"kind": "EVENT_DATE", "target": "o-3f2a9c...", "date": "2023-10-28",
 * "author": "jdoe", "reason": "the ministry's release gives the day"}}
 */
final class CorrectionBody {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final int MAX_TEXT = 2000;

  /** A year, year-month, day or season: what an analyst who sets a date knows. */
  private static final Pattern DATE =
      Pattern.compile(
          "\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?|\\d{4}-(SP|SU|FA|AU|WI)");

  /** The fields every kind takes. */
  static final List<String> COMMON = List.of("kind", "target", "author", "reason");

  /** The fields each kind takes besides the common ones; required ones first. */
  static final Map<CorrectionKind, List<String>> FIELDS = new EnumMap<>(CorrectionKind.class);

  static {
    FIELDS.put(CorrectionKind.MERGE_PERSONS, List.of("other"));
    FIELDS.put(CorrectionKind.SPLIT_PERSON, List.of("documents", "name"));
    FIELDS.put(CorrectionKind.EVENT_TYPE, List.of("type"));
    FIELDS.put(CorrectionKind.EVENT_DATE, List.of("date"));
    FIELDS.put(CorrectionKind.EVENT_PLACE, List.of("place", "country"));
    FIELDS.put(CorrectionKind.REJECT_EVENT, List.of());
  }

  private final JsonNode body;
  private final Catalog catalog;

  private CorrectionBody(JsonNode body, Catalog catalog) {
    this.body = body;
    this.catalog = catalog;
  }

  static CorrectionRequest read(String text, Catalog catalog) {
    JsonNode body;
    try {
      body = JSON.readTree(text == null ? "" : text);
    } catch (JsonProcessingException e) {
      throw ApiError.badRequest(
          "The body is not JSON ("
              + e.getOriginalMessage()
              + "); send an object such as "
              + "{\"kind\": \"REJECT_EVENT\", \"target\": \"o-...\", \"author\": \"...\", "
              + "\"reason\": \"...\"}.");
    }
    if (body == null || !body.isObject()) {
      throw ApiError.badRequest(
          "The body must be a JSON object with kind, target, author and reason.");
    }
    return new CorrectionBody(body, catalog).request();
  }

  private CorrectionRequest request() {
    CorrectionKind kind = kind();
    refuseUnknownFields(kind);
    String target = text("target");
    String author = text("author");
    String reason = text("reason");
    Map<String, String> values = new LinkedHashMap<>();
    switch (kind) {
      case MERGE_PERSONS -> {
        person("target", target);
        String other = person("other", text("other"));
        if (other.equals(target)) {
          throw ApiError.badRequest(
              "other must be another person than target, got " + other + " twice.");
        }
        values.put("other", other);
      }
      case SPLIT_PERSON -> {
        values.put("documents", String.join(",", documents(target)));
        String name = optionalText("name");
        if (name != null) {
          values.put("name", name);
        }
      }
      case EVENT_TYPE -> {
        event(target);
        values.put("type", type());
      }
      case EVENT_DATE -> {
        event(target);
        String date = text("date");
        if (!DATE.matcher(date).matches()) {
          throw ApiError.badRequest(
              "date must be a year, month, day or season such as 2021, 2021-05, 2021-05-03 or"
                  + " 2021-SU, got '"
                  + date
                  + "'.");
        }
        values.put("date", date);
      }
      case EVENT_PLACE -> {
        event(target);
        values.put("place", text("place"));
        values.put("country", QueryParams.state("country", text("country")));
      }
      case REJECT_EVENT -> event(target);
      default -> throw new IllegalStateException("unchecked kind " + kind);
    }
    return new CorrectionRequest(kind, target, values, author, reason);
  }

  private CorrectionKind kind() {
    String v = text("kind");
    try {
      CorrectionKind kind = CorrectionKind.valueOf(v.toUpperCase(Locale.ROOT));
      if (FIELDS.containsKey(kind)) {
        return kind;
      }
    } catch (IllegalArgumentException e) {
      // answered below with the kinds accepted
    }
    throw ApiError.badRequest(
        "kind must be one of "
            + String.join(", ", FIELDS.keySet().stream().map(Enum::name).toList())
            + ", got '"
            + v
            + "'.");
  }

  private void refuseUnknownFields(CorrectionKind kind) {
    Set<String> allowed = new TreeSet<>(COMMON);
    allowed.addAll(FIELDS.get(kind));
    List<String> unknown = new ArrayList<>();
    for (Iterator<String> names = body.fieldNames(); names.hasNext(); ) {
      String name = names.next();
      if (!allowed.contains(name)) {
        unknown.add(name);
      }
    }
    if (!unknown.isEmpty()) {
      throw ApiError.badRequest(
          "Unknown field "
              + String.join(", ", unknown)
              + "; a "
              + kind
              + " correction takes "
              + String.join(", ", allowed)
              + ".");
    }
  }

  /** A required string field, stripped. */
  private String text(String field) {
    String v = optionalText(field);
    if (v == null) {
      throw ApiError.badRequest(field + " is required: a non-empty string.");
    }
    return v;
  }

  private String optionalText(String field) {
    JsonNode v = body.get(field);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw ApiError.badRequest(
          field
              + " must be a string, got "
              + v.getNodeType().name().toLowerCase(Locale.ROOT)
              + ".");
    }
    String s = v.asText().strip();
    if (s.length() > MAX_TEXT) {
      throw ApiError.badRequest(field + " is over " + MAX_TEXT + " characters.");
    }
    return s.isEmpty() ? null : s;
  }

  private String person(String field, String id) {
    if (catalog.person(id).isEmpty()) {
      throw ApiError.badRequest(
          field + ": no person has id '" + id + "'; list them at /api/persons.");
    }
    return id;
  }

  private void event(String id) {
    if (catalog.event(id).isEmpty()) {
      throw ApiError.badRequest(
          "target: no event has id '"
              + id
              + "'; give an event id (o-...) or one report's event"
              + " (REPORT_ID:INDEX) from /api/events.");
    }
  }

  private String type() {
    return QueryParams.eventType("type", text("type")).name();
  }

  /** The reports to split off: some, not all, of the reports naming the person. */
  private List<String> documents(String target) {
    PersonDetail person =
        catalog
            .person(target)
            .orElseThrow(
                () ->
                    ApiError.badRequest(
                        "target: no person has id '" + target + "'; list them at /api/persons."));
    JsonNode v = body.get("documents");
    if (v == null || !v.isArray() || v.isEmpty()) {
      throw ApiError.badRequest(
          "documents is required: an array of the ids of the reports that name another person.");
    }
    Set<String> naming = new TreeSet<>();
    person.appearances().forEach(a -> naming.add(a.report().id()));
    List<String> out = new ArrayList<>();
    for (JsonNode d : v) {
      if (!d.isTextual() || !naming.contains(d.asText())) {
        throw ApiError.badRequest(
            "documents: "
                + d
                + " is not a report naming "
                + person.person().name()
                + "; those are "
                + String.join(", ", naming)
                + ".");
      }
      out.add(d.asText());
    }
    if (new TreeSet<>(out).size() >= naming.size()) {
      throw ApiError.badRequest(
          "documents must leave "
              + person.person().name()
              + " at least one report; to rename the person, merge instead.");
    }
    return out;
  }
}
