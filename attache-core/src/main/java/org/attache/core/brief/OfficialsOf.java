package org.attache.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeSet;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.ResolvedPerson;

/**
 * The officials of each side of a relationship: who took part in its events and whom of the other
 * side they met there.
 *
 * <p>Example: {@code new OfficialsOf(persons).officials(events, "AZ", "PK")}
 */
final class OfficialsOf {
  private final Map<String, ResolvedPerson> persons;

  OfficialsOf(Map<String, ResolvedPerson> persons) {
    this.persons = persons;
  }

  /** The officials of {@code a} and {@code b} in the events, most events first, then by name. */
  List<Official> officials(List<BriefEvent> events, String a, String b) {
    Map<String, Tally> tallies = new LinkedHashMap<>();
    for (BriefEvent e : events) {
      List<ResolvedPerson> present = present(e, a, b);
      for (ResolvedPerson p : present) {
        Tally t = tallies.computeIfAbsent(p.id(), id -> new Tally(p));
        t.events++;
        t.citations.addAll(e.citations());
        for (ResolvedPerson other : present) {
          if (!other.country().equals(p.country())) {
            t.counterparts.merge(other.name(), 1, Integer::sum);
          }
        }
      }
    }
    return tallies.values().stream()
        .map(Tally::official)
        .sorted(Comparator.comparingInt(Official::events).reversed().thenComparing(Official::name))
        .toList();
  }

  private List<ResolvedPerson> present(BriefEvent e, String a, String b) {
    List<ResolvedPerson> out = new ArrayList<>();
    for (OccurrenceParticipant p : e.occurrence().participants()) {
      ResolvedPerson rp = p.person() == null ? null : persons.get(p.person());
      if (rp != null && (a.equals(rp.country()) || b.equals(rp.country())) && !out.contains(rp)) {
        out.add(rp);
      }
    }
    return out;
  }

  private static final class Tally {
    final ResolvedPerson person;
    int events;
    final TreeSet<Integer> citations = new TreeSet<>();
    final Map<String, Integer> counterparts = new LinkedHashMap<>();

    Tally(ResolvedPerson person) {
      this.person = person;
    }

    Official official() {
      List<String> met =
          counterparts.entrySet().stream()
              .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
              .map(Map.Entry::getKey)
              .toList();
      String title = person.titles().isEmpty() ? null : person.titles().get(0);
      return new Official(
          person.name(), person.country(), title, events, met, List.copyOf(citations));
    }
  }
}
