package org.attache.spark.internal;

import com.fasterxml.jackson.core.JsonProcessingException;
import org.attache.core.read.ReadingJson;

/** The project's records travel between Spark's machines as JSON, in the store's own form. */
public final class Json {
  private Json() {}

  public static <T> T parse(String json, Class<T> type) {
    try {
      return ReadingJson.MAPPER.readValue(json, type);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException(
          "cannot read a " + type.getSimpleName() + " back from JSON: " + e.getMessage(), e);
    }
  }
}
