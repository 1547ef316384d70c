package org.attache.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.core.events.EventType;
import org.attache.core.query.EventFilter;
import org.attache.core.query.SourceCount;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.Resolution;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code attache dyad AZ PK --db F}: two states' relationship in figures and a timeline. */
@Command(
    mixinStandardHelpOptions = true,
    name = "dyad",
    description = "Two states' defence relations: figures and a timeline.")
public final class DyadCommand implements Callable<Integer> {
  @Parameters(
      index = "0",
      paramLabel = "STATE",
      converter = StateArgument.class,
      description = "ISO alpha-2 (AZ) or name (Azerbaijan).")
  String a;

  @Parameters(
      index = "1",
      paramLabel = "OTHER",
      converter = StateArgument.class,
      description = "ISO alpha-2 (PK) or name (Pakistan).")
  String b;

  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      kb.resolve();
      Resolution resolution = kb.resolution();
      List<Occurrence> events = new EventFilter(a, b, null, null, null, null).apply(resolution);
      Map<String, String> published = kb.queries().published();
      SourceCount sources = SourceCount.of(events, resolution.reprints(), published);
      PrintStream out = System.out;
      out.printf("%s – %s: %s%n%n", a, b, summary(sources));
      Map<EventType, Long> byType =
          events.stream()
              .collect(
                  Collectors.groupingBy(Occurrence::type, TreeMap::new, Collectors.counting()));
      byType.forEach((t, n) -> out.printf("  %-10s %3d  %s%n", t, n, "█".repeat(n.intValue())));
      out.println("\nBy year (an event without its year in the year of its first report)");
      Map<String, List<Occurrence>> byYear =
          events.stream()
              .collect(
                  Collectors.groupingBy(
                      o -> year(SourceCount.year(o, published)),
                      TreeMap::new,
                      Collectors.toList()));
      byYear.forEach(
          (y, os) ->
              out.printf(
                  "  %-8s %3d  %s%n",
                  y,
                  os.size(),
                  os.stream()
                      .map(o -> o.type().name().substring(0, 1))
                      .collect(Collectors.joining())));
      out.println("  (V visit, M meeting, E exercise, A agreement/arms, T training, S support)");
      out.println("\nTimeline");
      Table t = new Table("  DATE", "TYPE", "PERSONS", "PLACE", "SOURCES");
      for (Occurrence o : events) {
        t.row(
            "  " + OccurrenceCells.date(o),
            OccurrenceCells.type(o),
            o.participants().stream()
                .map(OccurrenceParticipant::name)
                .collect(Collectors.joining(", ")),
            o.location() == null ? "-" : o.location().name(),
            String.valueOf(o.independentSources()));
      }
      t.print(out);
      return 0;
    }
  }

  private static String year(Integer year) {
    return year == null ? "undated" : String.valueOf(year);
  }

  /**
   * "8 occurrences in 3 reports (1 reprint family), 2 independent sources; 3 undated": the same
   * counts as the web page's and the brief's.
   */
  static String summary(SourceCount s) {
    return String.format(
        "%d occurrences in %d reports (%d reprint %s), %d independent sources; %d undated",
        s.occurrences(),
        s.reports(),
        s.reprintFamilies(),
        s.reprintFamilies() == 1 ? "family" : "families",
        s.independentSources(),
        s.undated());
  }
}
