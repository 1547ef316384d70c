package org.attache.server;

import io.javalin.http.Context;
import java.util.Arrays;
import java.util.Locale;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Pattern;
import org.attache.core.events.EventType;

/**
 * Reads and checks a request's query parameters, refusing unknown ones (a misspelt filter would
 * otherwise silently return everything).
 *
 * <p>Example: {@code QueryParams.of(ctx, "page", "size", "state").state("state")} is "AZ" for
 * {@code ?state=az}.
 */
final class QueryParams {
  static final int DEFAULT_SIZE = 50;
  private static final Pattern DAY =
      Pattern.compile("\\d{4}(-(0[1-9]|1[0-2])(-(0[1-9]|[12]\\d|3[01]))?)?");
  private static final Set<String> ISO_STATES = Set.of(Locale.getISOCountries());

  private final Context ctx;

  private QueryParams(Context ctx) {
    this.ctx = ctx;
  }

  static QueryParams of(Context ctx, String... allowed) {
    Set<String> unknown = new TreeSet<>(ctx.queryParamMap().keySet());
    unknown.removeAll(Set.of(allowed));
    if (!unknown.isEmpty()) {
      throw ApiError.badRequest(
          "Unknown query parameter "
              + String.join(", ", unknown)
              + "; this endpoint takes "
              + String.join(", ", allowed)
              + ".");
    }
    return new QueryParams(ctx);
  }

  String text(String name) {
    String v = ctx.queryParam(name);
    return v == null || v.isBlank() ? null : v.strip();
  }

  PageRequest page() {
    int page = number("page", 1, 1, Integer.MAX_VALUE);
    int size = number("size", DEFAULT_SIZE, 1, PageRequest.MAX_SIZE);
    return new PageRequest(page, size);
  }

  private int number(String name, int fallback, int min, int max) {
    String v = text(name);
    if (v == null) {
      return fallback;
    }
    try {
      int n = Integer.parseInt(v);
      if (n >= min && n <= max) {
        return n;
      }
    } catch (NumberFormatException e) {
      // answered below with the accepted range
    }
    throw ApiError.badRequest(
        name + " must be a whole number from " + min + " to " + max + ", got '" + v + "'.");
  }

  String state(String name) {
    return state(name, text(name));
  }

  /** An ISO 3166-1 alpha-2 code, upper-cased; null when absent. */
  static String state(String name, String v) {
    if (v == null) {
      return null;
    }
    String code = v.toUpperCase(Locale.ROOT);
    if (!ISO_STATES.contains(code)) {
      throw ApiError.badRequest(
          name + " must be an ISO 3166-1 alpha-2 state code such as AZ or PK, got '" + v + "'.");
    }
    return code;
  }

  EventType type(String name) {
    return eventType(name, text(name));
  }

  /** An event type in any case; null when absent. */
  static EventType eventType(String name, String v) {
    if (v == null) {
      return null;
    }
    try {
      return EventType.valueOf(v.toUpperCase(Locale.ROOT));
    } catch (IllegalArgumentException e) {
      throw ApiError.badRequest(
          name
              + " must be one of "
              + Arrays.toString(EventType.values()).replaceAll("[\\[\\]]", "")
              + ", got '"
              + v
              + "'.");
    }
  }

  /** An ISO day or its prefix: 2021, 2021-05, 2021-05-03. */
  String day(String name) {
    String v = text(name);
    if (v != null && !DAY.matcher(v).matches()) {
      throw ApiError.badRequest(
          name
              + " must be a year, year-month or day such as 2021, 2021-05 or 2021-05-03, got '"
              + v
              + "'.");
    }
    return v;
  }
}
