package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.attache.core.events.EventType;

/** Builds a {@link Dyad} from the events two states share. */
final class DyadSummary {
  private DyadSummary() {}

  static Dyad of(String a, String b, List<EventRecord> shared) {
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
    TreeMap<Integer, Map<String, Integer>> years = new TreeMap<>();
    int undated = 0;
    for (EventRecord e : shared) {
      if (e.year() == null) {
        undated++;
      } else {
        years
            .computeIfAbsent(e.year(), y -> new TreeMap<>())
            .merge(e.type().name(), 1, Integer::sum);
      }
    }
    List<Dyad.YearCount> byYear = new ArrayList<>();
    if (!years.isEmpty()) {
      // Every year of the span, so a chart shows the quiet years too.
      for (int y = years.firstKey(); y <= years.lastKey(); y++) {
        Map<String, Integer> counts = years.getOrDefault(y, Map.of());
        int total = counts.values().stream().mapToInt(Integer::intValue).sum();
        byYear.add(new Dyad.YearCount(y, total, counts));
      }
    }
    return new Dyad(
        a,
        b,
        shared.size(),
        byType,
        byYear,
        undated,
        timeline,
        officials(a, shared),
        officials(b, shared));
  }

  private static List<Dyad.Official> officials(String state, List<EventRecord> events) {
    Map<String, List<EventParticipant>> byPerson = new LinkedHashMap<>();
    for (EventRecord e : events) {
      e.participants().stream()
          .filter(p -> state.equals(p.country()))
          .forEach(
              p ->
                  byPerson
                      .computeIfAbsent(
                          p.personId() == null ? p.name() : p.personId(), k -> new ArrayList<>())
                      .add(p));
    }
    return byPerson.values().stream()
        .map(
            ps ->
                new Dyad.Official(
                    ps.get(0).personId(),
                    ps.get(0).name(),
                    state,
                    ps.stream().flatMap(p -> p.titles().stream()).distinct().toList(),
                    ps.size()))
        .sorted(
            Comparator.comparingInt(Dyad.Official::events)
                .reversed()
                .thenComparing(Dyad.Official::name))
        .toList();
  }
}
