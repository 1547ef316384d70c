package org.attache.core.brief;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.core.events.EventType;
import org.attache.core.query.SourceCount;

/**
 * What a written brief of a relationship between two states says, ready to render: its events in
 * date order, the officials of each side, and the numbered sources every statement cites.
 *
 * <p>Example: {@code new BriefBuilder(readings, resolution, texts).build("AZ", "PK", 2020, 2024)
 * .byType().get(EventType.MEETING)} lists the meetings of Azerbaijan and Pakistan in 2020-2024.
 *
 * @param a the first state (ISO alpha-2)
 * @param b the second state
 * @param aName the first state's name
 * @param bName the second state's name
 * @param from the first year covered, or null for no bound
 * @param to the last year covered, or null for no bound
 * @param events the events between the two, dated ones first in date order
 * @param officials the officials of both sides, most active first
 * @param citations the sources, by number from 1
 * @param sources what the events rest on, counted as {@code attache dyad} and the web page count it
 */
public record Brief(
    String a,
    String b,
    String aName,
    String bName,
    Integer from,
    Integer to,
    List<BriefEvent> events,
    List<Official> officials,
    List<Citation> citations,
    SourceCount sources) {
  public Brief {
    events = List.copyOf(events);
    officials = List.copyOf(officials);
    citations = List.copyOf(citations);
  }

  /** The events of each type, in date order; types without events are left out. */
  public Map<EventType, List<BriefEvent>> byType() {
    Map<EventType, List<BriefEvent>> out = new EnumMap<>(EventType.class);
    for (BriefEvent e : events) {
      out.computeIfAbsent(e.occurrence().type(), t -> new ArrayList<>()).add(e);
    }
    return out;
  }

  /** Year to event type to count, over the dated events. */
  public Map<Integer, Map<EventType, Integer>> byYear() {
    Map<Integer, Map<EventType, Integer>> out = new TreeMap<>();
    for (BriefEvent e : events) {
      if (e.year() != null) {
        out.computeIfAbsent(e.year(), y -> new EnumMap<>(EventType.class))
            .merge(e.occurrence().type(), 1, Integer::sum);
      }
    }
    return out;
  }

  /** The distinct reports the brief rests on. */
  public int reports() {
    return sources.reports();
  }

  /** The first and last year of a dated event, or an empty list when none is dated. */
  public List<Integer> yearsCovered() {
    TreeSet<Integer> years = new TreeSet<>();
    events.stream().map(BriefEvent::year).filter(Objects::nonNull).forEach(years::add);
    return years.isEmpty() ? List.of() : List.of(years.first(), years.last());
  }

  /** The officials serving {@code state}. */
  public List<Official> officialsOf(String state) {
    return officials.stream().filter(o -> state.equals(o.country())).toList();
  }

  /** The citations of every event of the given types, ascending, each once. */
  public List<Integer> citationsOf(List<BriefEvent> of) {
    return of.stream().flatMap(e -> e.citations().stream()).distinct().sorted().toList();
  }
}
