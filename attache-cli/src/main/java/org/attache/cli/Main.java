package org.attache.cli;

import java.io.PrintWriter;
import java.util.logging.Level;
import java.util.logging.Logger;
import picocli.CommandLine;
import picocli.CommandLine.ParameterException;
import picocli.CommandLine.UnmatchedArgumentException;

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
    cli.setCaseInsensitiveEnumValuesAllowed(true);
    cli.setParameterExceptionHandler(Main::usageError);
    cli.setExecutionExceptionHandler(
        (ex, line, parsed) -> {
          if (ex instanceof UsageError) {
            return usage(line, ex.getMessage());
          }
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

  /**
   * A value the user gave is wrong (an unknown option, state or type, a missing database): the
   * message names it and says what to do; the usage is one {@code --help} away, not printed.
   */
  private static int usageError(ParameterException ex, String[] args) {
    PrintWriter err = ex.getCommandLine().getErr();
    err.println("attache: " + ex.getMessage());
    UnmatchedArgumentException.printSuggestions(ex, err);
    return seeHelp(ex.getCommandLine());
  }

  private static int usage(CommandLine line, String message) {
    line.getErr().println("attache: " + message);
    return seeHelp(line);
  }

  private static int seeHelp(CommandLine line) {
    line.getErr().println("See '" + line.getCommandSpec().qualifiedName() + " --help'.");
    line.getErr().flush();
    return 2;
  }
}
