package org.attache.core.ingest.items;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/** Reads the fields of a dump's item, saying which field has the wrong type. */
final class Fields {
  private static final Pattern ISO_DATE = Pattern.compile("^(\\d{4}-\\d{2}-\\d{2})");

  private Fields() {}

  /** The text of field {@code key}, null when absent or null. */
  static String string(JsonNode n, String key) throws WrongType {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    if (!v.isTextual()) {
      throw new WrongType(
          String.format(
              "has a field \"%s\" that is %s, not text. Fix the dump's field type.", key, kind(v)));
    }
    String s = v.asText().strip();
    return s.isEmpty() ? null : s;
  }

  /** Names from a list of strings (or one string), joined with "and"; null when none. */
  static String names(JsonNode n, String key) throws WrongType {
    JsonNode v = n.get(key);
    if (v == null || v.isNull()) {
      return null;
    }
    List<String> out = new ArrayList<>();
    if (v.isTextual()) {
      out.add(v.asText().strip());
    } else if (v.isArray()) {
      for (JsonNode one : v) {
        if (!one.isTextual()) {
          throw new WrongType(
              String.format(
                  "has a field \"%s\" with %s among its names. It must be a list of names.",
                  key, kind(one)));
        }
        out.add(one.asText().strip());
      }
    } else {
      throw new WrongType(
          String.format(
              "has a field \"%s\" that is %s. It must be a list of names.", key, kind(v)));
    }
    out.removeIf(String::isEmpty);
    return out.isEmpty() ? null : String.join(" and ", out);
  }

  static String isoDate(String value) {
    if (value == null) {
      return null;
    }
    Matcher m = ISO_DATE.matcher(value);
    return m.find() ? m.group(1) : null;
  }

  /** Paragraphs of a plain text: split at blank lines or, when it has none, at line ends. */
  static List<String> paragraphs(String text) {
    String normal = text.replace("\r\n", "\n").replace('\r', '\n');
    String[] parts = normal.contains("\n\n") ? normal.split("\n\\s*\n") : normal.split("\n");
    return Arrays.stream(parts)
        .map(p -> p.replaceAll("[ \\t\\x0B\\f\\u00A0]+", " ").strip())
        .filter(p -> !p.isEmpty())
        .toList();
  }

  private static String kind(JsonNode v) {
    return switch (v.getNodeType()) {
      case NUMBER -> "a number";
      case BOOLEAN -> "true or false";
      case ARRAY -> "a list";
      case OBJECT -> "an object";
      default -> v.getNodeType().name().toLowerCase();
    };
  }
}
