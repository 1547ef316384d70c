package org.attache.cli;

/**
 * A value the user gave cannot be used (a database that is not there, a path that does not exist):
 * the command stops, the message says what to do, and the exit status is 2, as for a wrong option.
 */
final class UsageError extends RuntimeException {
  UsageError(String message) {
    super(message);
  }
}
