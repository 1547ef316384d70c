package org.attache.core.read;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.DeserializationFeature;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.SerializationFeature;

/**
 * The JSON form of readings, shared by the store, the CLI and the exports.
 *
 * <p>Example: {@code ReadingJson.fromJson(ReadingJson.toJson(reading))} equals {@code reading}.
 */
public final class ReadingJson {
  /** Jackson mapper for the project's records; thread-safe once configured. */
  public static final ObjectMapper MAPPER =
      new ObjectMapper()
          .disable(DeserializationFeature.FAIL_ON_UNKNOWN_PROPERTIES)
          .disable(SerializationFeature.FAIL_ON_EMPTY_BEANS);

  private ReadingJson() {}

  public static String toJson(Object value) {
    try {
      return MAPPER.writeValueAsString(value);
    } catch (JsonProcessingException e) {
      throw new IllegalStateException("cannot write " + value.getClass().getSimpleName(), e);
    }
  }

  public static Reading fromJson(String json) {
    try {
      return MAPPER.readValue(json, Reading.class);
    } catch (JsonProcessingException e) {
      throw new IllegalArgumentException("stored reading is not valid JSON: " + e.getMessage(), e);
    }
  }
}
