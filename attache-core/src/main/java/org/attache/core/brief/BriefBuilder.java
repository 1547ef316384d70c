package org.attache.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.core.events.EventType;
import org.attache.core.meta.ReportMeta;
import org.attache.core.query.SourceCount;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.StateLexicon;

/**
 * Gathers what a brief of a relationship says from the resolved record: the events both states take
 * part in within the years asked, numbered sources in the order the timeline cites them, and each
 * side's officials with their counterparts.
 *
 * <p>Example: {@code new BriefBuilder(readings, resolution, texts).build("AZ", "PK", 2020, null)}
 */
public final class BriefBuilder {
  private final Map<String, ReportMeta> metas;
  private final Map<String, ResolvedPerson> persons;
  private final Resolution resolution;
  private final Map<String, String> texts;
  private final Map<String, String> published;
  private final StateLexicon states = StateLexicon.standard();

  /**
   * @param texts the original text of each report, by id (evidence sentences are cut from it)
   */
  public BriefBuilder(List<Reading> readings, Resolution resolution, Map<String, String> texts) {
    this.metas =
        readings.stream().collect(Collectors.toMap(Reading::id, Reading::meta, (x, y) -> x));
    this.persons =
        resolution.persons().stream()
            .collect(Collectors.toMap(ResolvedPerson::id, Function.identity(), (x, y) -> x));
    this.resolution = resolution;
    this.texts = texts;
    this.published = new HashMap<>();
    metas.forEach((id, m) -> published.put(id, m.published()));
  }

  /**
   * The brief of the relationship of {@code a} and {@code b}.
   *
   * @param from the first year, or null
   * @param to the last year, or null
   * @throws IllegalArgumentException when a code is not a state the lexicon knows
   */
  public Brief build(String a, String b, Integer from, Integer to) {
    String sa = a.toUpperCase(Locale.ROOT);
    String sb = b.toUpperCase(Locale.ROOT);
    List<Occurrence> between = new ArrayList<>();
    for (Occurrence o : resolution.occurrences()) {
      Integer year = year(o);
      boolean inRange =
          (from == null && to == null)
              || (year != null && (from == null || year >= from) && (to == null || year <= to));
      if (o.countries().contains(sa) && o.countries().contains(sb) && inRange) {
        between.add(o);
      }
    }
    between.sort(Comparator.comparing(this::sortKey));
    Map<String, Citation> citations = new LinkedHashMap<>();
    List<BriefEvent> events = new ArrayList<>();
    for (Occurrence o : between) {
      List<Integer> cited =
          o.reports().stream().map(r -> cite(r, citations)).distinct().sorted().toList();
      events.add(new BriefEvent(o, year(o), summary(o), cited));
    }
    List<Official> officials = new OfficialsOf(persons).officials(events, sa, sb);
    return new Brief(
        sa,
        sb,
        states.name(sa),
        states.name(sb),
        from,
        to,
        events,
        officials,
        List.copyOf(citations.values()),
        SourceCount.of(between, resolution.reprints(), published));
  }

  private int cite(OccurrenceReport r, Map<String, Citation> citations) {
    String text = texts.getOrDefault(r.document(), "");
    String evidence =
        r.evidence() != null && r.evidence().end() <= text.length()
            ? r.evidence().of(text).strip().replaceAll("\\s+", " ")
            : "";
    String key = r.document() + "\u0000" + evidence;
    Citation c = citations.get(key);
    if (c == null) {
      ReportMeta m = metas.getOrDefault(r.document(), ReportMeta.EMPTY);
      c =
          new Citation(
              citations.size() + 1, r.document(), m.outlet(), m.title(), m.published(), evidence);
      citations.put(key, c);
    }
    return c.number();
  }

  /** The event's year: from its date, else from the first report published. */
  Integer year(Occurrence o) {
    return SourceCount.year(o, published);
  }

  private String sortKey(Occurrence o) {
    String d = o.date();
    Integer year = year(o);
    // Dated events in date order; an event known only by its report's year at that year's end.
    String key = d != null && d.matches("\\d{4}.*") ? d : year == null ? "~" : year + "-~";
    return key + "|" + o.id();
  }

  /**
   * What happened, as a sentence without its full stop: "Meeting between Azerbaijan and Pakistan,
   * with Zakir Hasanov (AZ) and Nadeem Raza (PK), in Baku"; a named event: "Three Brothers 2021, an
   * exercise of Azerbaijan, Pakistan and Türkiye, in Baku".
   */
  private String summary(Occurrence o) {
    String states = states(o);
    String between = o.countries().size() == 2 ? " between " : " of ";
    StringBuilder s = new StringBuilder();
    String host = host(o);
    if (o.name() != null) {
      s.append(o.name()).append(", ").append(Labels.indefinite(o.type()));
      s.append(states.isEmpty() ? "" : between + states).append(',');
    } else if (host != null) {
      String guest = o.countries().stream().filter(c -> !c.equals(host)).findFirst().orElseThrow();
      s.append("Visit from ").append(nameOf(guest)).append(" to ").append(nameOf(host));
    } else {
      s.append(Labels.singular(o.type())).append(states.isEmpty() ? "" : between + states);
    }
    List<String> who = new ArrayList<>();
    for (OccurrenceParticipant p : o.participants()) {
      ResolvedPerson rp = p.person() == null ? null : persons.get(p.person());
      String country = rp == null ? null : rp.country();
      who.add(country == null ? p.name() : p.name() + " (" + country + ")");
    }
    if (!who.isEmpty()) {
      s.append(o.name() != null ? " with " : ", with ").append(Labels.and(who)).append(',');
    }
    // A visit to a state already says where: "in the Islamic Republic of Pakistan" adds nothing.
    boolean onlyTheHost = host != null && o.location().name().endsWith(nameOf(host));
    if (o.location() != null && o.location().name() != null && !onlyTheHost) {
      s.append(" in ").append(o.location().name());
    }
    if (o.status() != null && o.status().name().equals("PLANNED")) {
      s.append(" (planned)");
    }
    return s.toString().replaceAll(",$", "");
  }

  /** The states taking part, by name, in alphabetical order. */
  private String states(Occurrence o) {
    TreeSet<String> names = new TreeSet<>();
    o.countries().forEach(c -> names.add(nameOf(c)));
    return Labels.and(List.copyOf(names));
  }

  private String nameOf(String code) {
    return states.knows(code) ? states.name(code) : code;
  }

  /** The state a visit of two states went to, when its place says; else null. */
  private static String host(Occurrence o) {
    if (o.type() != EventType.VISIT || o.countries().size() != 2 || o.location() == null) {
      return null;
    }
    String c = o.location().country();
    return c != null && o.countries().contains(c) ? c : null;
  }
}
