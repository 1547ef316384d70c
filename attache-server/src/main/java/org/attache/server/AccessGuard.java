package org.attache.server;

import io.javalin.http.Context;
import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;

/**
 * Lets a write through only with {@code Authorization: Bearer TOKEN} matching the server's token; a
 * server started without a token is read-only.
 *
 * <p>Example: {@code new AccessGuard("s3cret").requireWriter(ctx)} throws a 401 {@link ApiError}
 * when the header is missing and a 403 when the token differs.
 */
final class AccessGuard {
  private static final String BEARER = "Bearer ";
  private final byte[] token;

  AccessGuard(String token) {
    this.token = token == null ? null : token.getBytes(StandardCharsets.UTF_8);
  }

  void requireWriter(Context ctx) {
    if (token == null) {
      throw new ApiError(
          403, "This server is read-only: start it with --token to accept corrections.");
    }
    String header = ctx.header("Authorization");
    if (header == null || !header.startsWith(BEARER)) {
      ctx.header("WWW-Authenticate", "Bearer");
      throw new ApiError(401, "Send the server's token as 'Authorization: Bearer TOKEN'.");
    }
    byte[] given = header.substring(BEARER.length()).strip().getBytes(StandardCharsets.UTF_8);
    // Constant-time comparison: the time taken says nothing about how much of the token matched.
    if (!MessageDigest.isEqual(given, token)) {
      throw new ApiError(403, "The token does not match the server's.");
    }
  }
}
