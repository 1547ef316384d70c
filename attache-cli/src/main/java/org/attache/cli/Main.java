package org.attache.cli;

import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;

/** Entry point of the {@code attache} command. */
public final class Main {
  /** Held so the logging configuration is not collected with a weak logger reference. */
  private static final Logger FLYWAY = Logger.getLogger("org.flywaydb");

  private Main() {}

  public static void main(String[] args) {
    System.exit(run(args));
  }

  /** Runs the command line and returns its exit status (0 ok, 1 some reports failed, 2 usage). */
  public static int run(String... args) {
    FLYWAY.setLevel(Level.WARNING);
    CommandLine cli = new CommandLine(new AttacheCommand());
    cli.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          boolean verbose = parsed.hasMatchedOption("--verbose");
          if (verbose) {
            ex.printStackTrace(line.getErr());
          } else {
            line.getErr().println("attache: " + ex.getMessage());
            line.getErr().println("(run again with --verbose for the details)");
          }
          return 3;
        });
    return cli.execute(args);
  }
}
