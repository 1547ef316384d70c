package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.KnowledgeBase;
import org.attache.store.OfficeHolder;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache holders OFFICE [--state AZ] --db F}: who held an office, as reported. */
@Command(
    mixinStandardHelpOptions = true,
    name = "holders",
    description = "Who held an office of a state, first and last seen, with sources.")
public final class HoldersCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "OFFICE",
      description = "The office, or part of its name (\"Chief of General Staff\").")
  String office;

  @Option(names = "--state", description = "The state (ISO alpha-2).")
  String state;

  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      kb.resolve();
      List<OfficeHolder> holders =
          kb.queries().holders(office, state == null ? null : state.toUpperCase());
      Table t = new Table("OFFICE", "STATE", "HOLDER", "FIRST SEEN", "LAST SEEN", "REPORTS");
      for (OfficeHolder h : holders) {
        t.row(
            h.office(),
            h.state() == null ? "-" : h.state(),
            h.name(),
            h.firstSeen() == null ? "-" : h.firstSeen(),
            h.lastSeen() == null ? "-" : h.lastSeen(),
            String.valueOf(h.sources().size()));
      }
      t.print(System.out);
      System.out.printf("%d holders of offices matching \"%s\".%n", holders.size(), office);
      return 0;
    }
  }
}
