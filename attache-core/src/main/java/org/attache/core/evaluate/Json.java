package org.attache.core.evaluate;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;

/** Reading loosely typed JSON records: a missing field and a JSON null are both null. */
final class Json {
  private Json() {}

  /** The field's text (a number's digits), or null when it is missing or null. */
  static String text(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    return v == null || v.isNull() ? null : v.isValueNode() ? v.asText() : v.toString();
  }

  /** The texts of an array field; none when it is missing, null or not an array. */
  static List<String> texts(JsonNode n, String field) {
    JsonNode v = n == null ? null : n.get(field);
    if (v == null || !v.isArray()) {
      return List.of();
    }
    List<String> out = new ArrayList<>();
    for (JsonNode x : v) {
      out.add(x.isNull() ? null : x.asText());
    }
    return Collections.unmodifiableList(out);
  }
}
