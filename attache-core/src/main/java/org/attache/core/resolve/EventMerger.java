package org.attache.core.resolve;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeMap;
import org.attache.core.events.Participant;
import org.attache.core.read.Reading;
import org.attache.core.resolve.EventLink.Item;

/**
 * Merges the events of many reports into occurrences: the reports of one real event become one
 * occurrence with every report attached.
 *
 * <p>Example: a MEETING of AZ and PK on {@code XXXX-10-28} with "Hasanov" in one report and on
 * {@code 2023-10-28} with "Zakir Hasanov" in another become one occurrence dated 2023-10-28.
 *
 * <p>Events are compared only within a block of one type and one set of states, so adding a report
 * touches only the blocks of its own events. Within a block, the best-supported pairs are joined
 * first (single link on evidence, complete link on compatibility: every two reports of an
 * occurrence must agree); among equally supported pairs, reports that name more of the same persons
 * go first, then report id and event index, never input order.
 */
public final class EventMerger {

  public List<Occurrence> merge(
      List<Reading> readings, List<ResolvedPerson> persons, ReprintFamilies families) {
    List<ReportedEvent> events = new ArrayList<>();
    for (Reading r : readings) {
      for (int i = 0; i < r.events().size(); i++) {
        events.add(new ReportedEvent(r.id(), i, r.events().get(i), r.meta().reportDate()));
      }
    }
    return mergeEvents(events, persons, families);
  }

  /**
   * Merges reported events; the persons must cover the events' reports. Called with the events of
   * some blocks only, it gives those blocks' occurrences exactly as a merge of everything would.
   */
  public List<Occurrence> mergeEvents(
      List<ReportedEvent> events, List<ResolvedPerson> persons, ReprintFamilies families) {
    PersonIndex index = new PersonIndex(persons);
    Map<String, List<Item>> blocks = new TreeMap<>();
    for (ReportedEvent e : events) {
      Item item = item(e, index, families);
      blocks.computeIfAbsent(e.blockKey(), k -> new ArrayList<>()).add(item);
    }
    List<Occurrence> out = new ArrayList<>();
    OccurrenceBuilder builder = new OccurrenceBuilder(index, families);
    for (List<Item> block : blocks.values()) {
      cluster(block).forEach(c -> out.add(builder.build(c)));
    }
    out.sort(
        Comparator.comparing(
            o -> o.reports().get(0).document() + ":" + o.reports().get(0).index()));
    return out;
  }

  private static Item item(ReportedEvent reported, PersonIndex index, ReprintFamilies families) {
    String doc = reported.document();
    Set<String> ids = new LinkedHashSet<>();
    for (Participant p : reported.event().participants()) {
      String id = index.idOf(doc, p.name());
      ids.add(id != null ? id : "name:" + NameKey.of(p.name()).folded());
    }
    return new Item(
        doc,
        reported.index(),
        reported.event(),
        ids,
        families.familyOf(doc),
        index.personsOf(doc),
        reported.reportDate());
  }

  private record Pair(int score, int kinship, int a, int b) {}

  /** Groups one block's items into occurrences; each list sorted by report id and index. */
  static List<List<Item>> cluster(List<Item> block) {
    List<Item> items = new ArrayList<>(block);
    items.sort(Comparator.comparing(Item::key));
    List<Pair> pairs = new ArrayList<>();
    YearIndex years = new YearIndex(items);
    for (int i = 0; i < items.size(); i++) {
      for (int j : years.partnersAfter(i)) {
        int s = EventLink.score(items.get(i), items.get(j));
        if (s >= EventLink.THRESHOLD) {
          pairs.add(new Pair(s, EventLink.kinship(items.get(i), items.get(j)), i, j));
        }
      }
    }
    pairs.sort(
        Comparator.comparingInt((Pair p) -> -p.score())
            .thenComparingInt(p -> -p.kinship())
            .thenComparingInt(Pair::a)
            .thenComparingInt(Pair::b));
    int[] group = new int[items.size()];
    Map<Integer, List<Integer>> members = new HashMap<>();
    for (int i = 0; i < items.size(); i++) {
      group[i] = i;
      members.put(i, new ArrayList<>(List.of(i)));
    }
    for (Pair p : pairs) {
      int ga = group[p.a()];
      int gb = group[p.b()];
      if (ga != gb && joinable(items, members.get(ga), members.get(gb))) {
        int keep = Math.min(ga, gb);
        int drop = Math.max(ga, gb);
        for (int m : members.remove(drop)) {
          group[m] = keep;
          members.get(keep).add(m);
        }
      }
    }
    List<List<Item>> out = new ArrayList<>();
    new TreeMap<>(members)
        .values()
        .forEach(
            ms -> out.add(ms.stream().sorted().map(items::get).filter(Objects::nonNull).toList()));
    return out;
  }

  /**
   * Events dated in two different years are never one occurrence, so an event is compared only with
   * the events of its own year and those whose year is unknown: a block of many years costs the sum
   * of its years' squares, not the square of its size. The pairs left out all score 0.
   */
  private static final class YearIndex {
    private final Integer[] yearOf;
    private final Map<Integer, List<Integer>> byYear = new HashMap<>();
    private final List<Integer> yearless = new ArrayList<>();
    private final int size;

    YearIndex(List<Item> items) {
      size = items.size();
      yearOf = new Integer[size];
      for (int i = 0; i < size; i++) {
        yearOf[i] = EventDate.of(items.get(i).event().date()).map(EventDate::year).orElse(null);
        if (yearOf[i] == null) {
          yearless.add(i);
        } else {
          byYear.computeIfAbsent(yearOf[i], y -> new ArrayList<>()).add(i);
        }
      }
    }

    /** The items after {@code i} in order that may be one occurrence with it, ascending. */
    List<Integer> partnersAfter(int i) {
      List<Integer> out = new ArrayList<>();
      if (yearOf[i] == null) {
        for (int j = i + 1; j < size; j++) {
          out.add(j);
        }
        return out;
      }
      for (int j : byYear.get(yearOf[i])) {
        if (j > i) {
          out.add(j);
        }
      }
      for (int j : yearless) {
        if (j > i) {
          out.add(j);
        }
      }
      out.sort(null);
      return out;
    }
  }

  private static boolean joinable(List<Item> items, List<Integer> a, List<Integer> b) {
    for (int i : a) {
      for (int j : b) {
        if (!EventLink.compatible(items.get(i), items.get(j))) {
          return false;
        }
      }
    }
    return true;
  }
}
