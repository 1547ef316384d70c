package org.attache.server;

/**
 * A request the API refuses, with the HTTP status and a message saying what to change. The server
 * answers it as {@code {"error": message}}.
 *
 * <p>Example: {@code throw ApiError.badRequest("size must be 1 to 500, got 0.")}
 */
public final class ApiError extends RuntimeException {
  private final int status;

  public ApiError(int status, String message) {
    super(message);
    this.status = status;
  }

  public static ApiError badRequest(String message) {
    return new ApiError(400, message);
  }

  public static ApiError notFound(String message) {
    return new ApiError(404, message);
  }

  public int status() {
    return status;
  }
}
