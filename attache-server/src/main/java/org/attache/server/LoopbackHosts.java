package org.attache.server;

import io.javalin.http.Context;
import java.util.Locale;
import java.util.Set;

/**
 * A server on loopback answers only requests addressed to loopback. A web page elsewhere could
 * otherwise point its own host name at 127.0.0.1 (DNS rebinding) and read the knowledge base
 * through the analyst's browser.
 *
 * <p>Example: {@code Host: 127.0.0.1:8080} and {@code Host: localhost:8080} pass; {@code Host:
 * evil.example:8080} gets 403.
 */
final class LoopbackHosts {
  private static final Set<String> NAMES = Set.of("127.0.0.1", "localhost", "[::1]", "::1");

  private LoopbackHosts() {}

  static boolean isLoopback(String bind) {
    return NAMES.contains(bind.toLowerCase(Locale.ROOT)) || bind.startsWith("127.");
  }

  static void requireLoopbackHost(Context ctx) {
    String host = ctx.header("Host");
    if (host == null || !isLoopback(withoutPort(host))) {
      throw new ApiError(
          403,
          "This server listens on loopback and answers only requests to 127.0.0.1 or localhost,"
              + " not to '"
              + host
              + "'. Start it with --bind to serve other names.");
    }
  }

  private static String withoutPort(String host) {
    if (host.startsWith("[")) {
      int end = host.indexOf(']');
      return end < 0 ? host : host.substring(0, end + 1);
    }
    int colon = host.lastIndexOf(':');
    return colon < 0 ? host : host.substring(0, colon);
  }
}
