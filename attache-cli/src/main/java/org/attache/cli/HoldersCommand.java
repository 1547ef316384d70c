package org.attache.cli;

import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.store.KnowledgeBase;
import org.attache.store.OfficeHolder;
import org.attache.store.Queries;
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

  @Option(
      names = "--state",
      converter = StateArgument.class,
      description = "The state: ISO alpha-2 (AZ) or name (Azerbaijan).")
  String state;

  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      kb.resolve();
      List<OfficeHolder> holders = kb.queries().holders(office, state);
      // Each report is numbered once, oldest first, as a brief numbers its sources.
      List<Queries.Source> sources =
          kb
              .queries()
              .sources(holders.stream().flatMap(h -> h.sources().stream()).distinct().toList())
              .stream()
              .sorted(
                  Comparator.comparing(
                          Queries.Source::date, Comparator.nullsLast(Comparator.naturalOrder()))
                      .thenComparing(Queries.Source::reportId))
              .toList();
      Map<String, Integer> numbers = new HashMap<>();
      sources.forEach(x -> numbers.put(x.reportId(), numbers.size() + 1));
      Table t = new Table("OFFICE", "STATE", "HOLDER", "FIRST SEEN", "LAST SEEN", "SOURCES");
      for (OfficeHolder h : holders) {
        t.row(
            h.office(),
            h.state() == null ? "-" : h.state(),
            h.name(),
            h.firstSeen() == null ? "-" : h.firstSeen(),
            h.lastSeen() == null ? "-" : h.lastSeen(),
            h.sources().stream()
                .map(numbers::get)
                .sorted()
                .map(n -> "[" + n + "]")
                .collect(Collectors.joining(" ")));
      }
      t.print(System.out);
      System.out.printf("%d holders of offices matching \"%s\".%n", holders.size(), office);
      if (!sources.isEmpty()) {
        System.out.println("\nSources");
        sources.forEach(x -> System.out.printf("  [%d] %s%n", numbers.get(x.reportId()), cite(x)));
      }
      return 0;
    }
  }

  /** "Trend, 2022-03-04: Hasanov receives Pakistani delegation (reports/a.txt)". */
  static String cite(Queries.Source s) {
    String outlet = s.outlet() == null ? "outlet not stated" : s.outlet();
    String date = s.date() == null ? "undated" : s.date();
    String title = s.title() == null ? "" : ": " + s.title();
    return outlet + ", " + date + title + " (" + s.path() + ")";
  }
}
