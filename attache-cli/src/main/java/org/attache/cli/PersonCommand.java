package org.attache.cli;

import java.io.PrintStream;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.resolve.NameKey;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.store.KnowledgeBase;
import org.attache.store.Queries.PersonSighting;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Parameters;

/** {@code attache person NAME --db F}: a person's titles over time, events and counterparts. */
@Command(
    mixinStandardHelpOptions = true,
    name = "person",
    description = "A person: titles over time, events, counterparts.")
public final class PersonCommand implements Callable<Integer> {
  @Parameters(paramLabel = "NAME", description = "The name, or part of it (\"Hasanov\").")
  String name;

  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      kb.resolve();
      Resolution r = kb.resolution();
      String wanted = NameKey.of(name).folded();
      List<ResolvedPerson> found =
          r.persons().stream()
              .filter(
                  p -> p.aliases().stream().anyMatch(a -> NameKey.of(a).folded().contains(wanted)))
              .toList();
      if (found.isEmpty()) {
        System.err.println(
            "attache: no person called \""
                + name
                + "\". Try part of the name, or `attache persons`.");
        return 1;
      }
      for (ResolvedPerson p : found) {
        show(kb, r, p, System.out);
      }
      return 0;
    }
  }

  private static void show(KnowledgeBase kb, Resolution r, ResolvedPerson p, PrintStream out) {
    out.printf("%s (%s)  %s%n", p.name(), p.country() == null ? "-" : p.country(), p.id());
    out.println("  also: " + String.join("; ", p.aliases()));
    out.println("\n  Titles over time");
    Table titles = new Table("  DATE", "STATE", "TITLES", "REPORT");
    for (PersonSighting s : kb.queries().sightings(p, r.persons())) {
      titles.row(
          "  " + (s.date() == null ? "-" : s.date()),
          s.country() == null ? "-" : s.country(),
          String.join("; ", s.titles()),
          s.reportId());
    }
    titles.print(out);
    List<Occurrence> events =
        r.occurrences().stream()
            .filter(o -> o.participants().stream().anyMatch(x -> p.id().equals(x.person())))
            .sorted(
                java.util.Comparator.comparing((Occurrence o) -> o.date() == null ? "~" : o.date()))
            .toList();
    out.println("\n  Events");
    Table t = new Table("  DATE", "TYPE", "STATES", "PLACE", "REPORTS");
    Map<String, Integer> counterparts = new LinkedHashMap<>();
    for (Occurrence o : events) {
      t.row(
          "  " + OccurrenceCells.date(o),
          OccurrenceCells.type(o),
          String.join(" ", o.countries()),
          o.location() == null ? "-" : o.location().name(),
          String.valueOf(o.reports().size()));
      for (OccurrenceParticipant x : o.participants()) {
        if (!p.id().equals(x.person())) {
          counterparts.merge(x.name(), 1, Integer::sum);
        }
      }
    }
    t.print(out);
    out.println("\n  Counterparts");
    counterparts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .forEach(e -> out.printf("    %s (%d)%n", e.getKey(), e.getValue()));
    out.println();
  }
}
