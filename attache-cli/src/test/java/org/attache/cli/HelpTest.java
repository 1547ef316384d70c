package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import picocli.CommandLine;

/** Every command and subcommand answers {@code --help} with its usage, and nothing else runs. */
class HelpTest {
  @Test
  void everySubcommandAnswersHelpWithItsUsage() {
    List<List<String>> commands = new ArrayList<>();
    collect(new CommandLine(new AttacheCommand()), List.of(), commands);
    assertThat(commands).hasSizeGreaterThanOrEqualTo(16 + 9);

    for (List<String> command : commands) {
      List<String> args = new ArrayList<>(command);
      args.add("--help");
      CommandRun r = CommandRun.of(args.toArray(String[]::new));
      assertThat(r.status()).as("status of %s", args).isZero();
      assertThat(r.out())
          .as("usage of %s", args)
          .startsWith("Usage: attache " + String.join(" ", command));
      assertThat(r.err()).as("errors of %s", args).isEmpty();
    }
  }

  private static void collect(CommandLine line, List<String> path, List<List<String>> out) {
    line.getSubcommands()
        .forEach(
            (name, sub) -> {
              List<String> p = new ArrayList<>(path);
              p.add(name);
              out.add(p);
              collect(sub, p, out);
            });
  }
}
