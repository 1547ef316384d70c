package org.attache.cli;

import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** The top-level {@code attache} command: its subcommands do the work. */
@Command(
    name = "attache",
    mixinStandardHelpOptions = true,
    version = "attache 0.1.0",
    description = "Reads news reports on defense diplomacy into a verified, queryable record.",
    subcommands = {
      ReadCommand.class,
      AnalyzeCommand.class,
      ExportCommand.class,
      EvaluateCommand.class,
      BriefCommand.class,
      PersonsCommand.class,
      EventsCommand.class,
      PersonCommand.class,
      DyadCommand.class,
      HoldersCommand.class,
      CorrectCommand.class,
      SearchCommand.class,
      BenchCommand.class,
      TimexCommand.class,
      TextCommand.class,
      WatchCommand.class,
      ServeCommand.class
    })
public final class AttacheCommand implements Runnable {
  @Option(
      names = "--verbose",
      scope = picocli.CommandLine.ScopeType.INHERIT,
      description = "Show stack traces of errors.")
  boolean verbose;

  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }
}
