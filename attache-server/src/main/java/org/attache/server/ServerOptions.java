package org.attache.server;

/**
 * How the server listens and who may write.
 *
 * <p>Example: {@code new ServerOptions("127.0.0.1", 8080, null)}: loopback only, read-only.
 *
 * @param bind the address to listen on; loopback unless the user says otherwise
 * @param port the port, or 0 for any free one
 * @param token the bearer token write endpoints require, or null for a read-only server
 */
public record ServerOptions(String bind, int port, String token) {
  public static final String LOOPBACK = "127.0.0.1";

  public ServerOptions {
    if (port < 0 || port > 65535) {
      throw new IllegalArgumentException("port must be 0 to 65535, got " + port);
    }
    if (token != null && token.isBlank()) {
      throw new IllegalArgumentException("the token must not be blank");
    }
  }

  public boolean writable() {
    return token != null;
  }
}
