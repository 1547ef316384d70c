package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.core.events.EventType;
import org.attache.core.query.SourceCount;

/** Builds a {@link Dyad} from the events two states share and the reports naming both. */
final class DyadSummary {
  private DyadSummary() {}

  static Dyad of(
      String a,
      String b,
      List<EventRecord> shared,
      SourceCount sources,
      List<ReportSummary> reports,
      Map<String, List<PersonSummary>> personsByReport) {
    List<EventRecord> timeline =
        shared.stream()
            .sorted(
                Comparator.comparing(
                        EventRecord::day, Comparator.nullsLast(Comparator.<String>naturalOrder()))
                    .thenComparing(EventRecord::id))
            .toList();
    Map<String, Integer> byType = new LinkedHashMap<>();
    for (EventType t : EventType.values()) {
      int n = (int) shared.stream().filter(e -> e.type() == t).count();
      if (n > 0) {
        byType.put(t.name(), n);
      }
    }
    return new Dyad(
        a,
        b,
        shared.size(),
        byType,
        byYear(shared),
        sources.undated(),
        sources,
        timeline,
        officials(a, shared, reports, personsByReport),
        officials(b, shared, reports, personsByReport),
        reports);
  }

  /** Every year from the first to the last, so a chart shows the quiet years too. */
  private static List<Dyad.YearCount> byYear(List<EventRecord> shared) {
    TreeMap<Integer, Map<String, Integer>> years = new TreeMap<>();
    for (EventRecord e : shared) {
      if (e.year() != null) {
        years
            .computeIfAbsent(e.year(), y -> new TreeMap<>())
            .merge(e.type().name(), 1, Integer::sum);
      }
    }
    List<Dyad.YearCount> out = new ArrayList<>();
    if (!years.isEmpty()) {
      for (int y = years.firstKey(); y <= years.lastKey(); y++) {
        Map<String, Integer> counts = years.getOrDefault(y, Map.of());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        out.add(new Dyad.YearCount(y, total, counts));
      }
    }
    return out;
  }

  /** One side's tally while it is built. */
  private static final class Tally {
    String personId;
    String name;
    final LinkedHashSet<String> titles = new LinkedHashSet<>();
    int events;
    int reports;
  }

  private static List<Dyad.Official> officials(
      String state,
      List<EventRecord> events,
      List<ReportSummary> reports,
      Map<String, List<PersonSummary>> personsByReport) {
    Map<String, Tally> byPerson = new LinkedHashMap<>();
    for (EventRecord e : events) {
      e.participants().stream()
          .filter(p -> state.equals(p.country()))
          .map(p -> tally(byPerson, p.personId(), p.name(), p.titles()))
          .distinct()
          .forEach(t -> t.events++);
    }
    for (ReportSummary r : reports) {
      personsByReport.getOrDefault(r.id(), List.of()).stream()
          .filter(p -> state.equals(p.country()))
          .map(p -> tally(byPerson, p.id(), p.name(), p.titles()))
          .distinct()
          .forEach(t -> t.reports++);
    }
    return byPerson.values().stream()
        .map(
            t ->
                new Dyad.Official(
                    t.personId, t.name, state, List.copyOf(t.titles), t.events, t.reports))
        .sorted(
            Comparator.comparingInt(Dyad.Official::events)
                .thenComparingInt(Dyad.Official::reports)
                .reversed()
                .thenComparing(Dyad.Official::name))
        .toList();
  }

  private static Tally tally(
      Map<String, Tally> byPerson, String personId, String name, List<String> titles) {
    Tally t =
        byPerson.computeIfAbsent(personId == null ? "name:" + name : personId, k -> new Tally());
    t.personId = personId;
    t.name = t.name == null ? name : t.name;
    t.titles.addAll(titles);
    return t;
  }
}
