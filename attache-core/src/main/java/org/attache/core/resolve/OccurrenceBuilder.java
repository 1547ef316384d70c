package org.attache.core.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.Participant;
import org.attache.core.resolve.EventLink.Item;
import org.attache.core.states.Place;

/** Builds one occurrence out of the reported events that tell of it. */
final class OccurrenceBuilder {
  private final PersonIndex persons;
  private final ReprintFamilies families;

  OccurrenceBuilder(PersonIndex persons, ReprintFamilies families) {
    this.persons = persons;
    this.families = families;
  }

  /**
   * @param items the reported events, sorted by report id and index
   */
  Occurrence build(List<Item> items) {
    Event first = items.get(0).event();
    List<OccurrenceReport> reports = new ArrayList<>();
    for (Item i : items) {
      reports.add(
          new OccurrenceReport(i.document(), i.index(), i.event().evidence(), i.event().date()));
    }
    OccurrenceDates.Pick date = OccurrenceDates.of(reports);
    boolean happened = items.stream().anyMatch(i -> i.event().status() == EventStatus.HAPPENED);
    return new Occurrence(
        idOf(items.get(0).key()),
        first.type(),
        first.cameo(),
        date.value(),
        date.yearFrom(),
        location(items),
        first.countries(),
        participants(items),
        mostFrequent(items.stream().map(i -> i.event().name()).filter(Objects::nonNull).toList()),
        happened ? EventStatus.HAPPENED : first.status(),
        reports,
        families.independent(items.stream().map(Item::document).toList()));
  }

  /** The place most reports name; among equals the longest name, as the most specific. */
  private static Place location(List<Item> items) {
    Map<Place, Integer> counts = new LinkedHashMap<>();
    items.stream()
        .map(i -> i.event().location())
        .filter(Objects::nonNull)
        .forEach(p -> counts.merge(p, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(
            Comparator.comparingInt((Map.Entry<Place, Integer> e) -> e.getValue())
                .thenComparingInt(e -> e.getKey().name().length()))
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  private List<OccurrenceParticipant> participants(List<Item> items) {
    Map<String, OccurrenceParticipant> out = new LinkedHashMap<>();
    for (Item i : items) {
      for (Participant p : i.event().participants()) {
        String id = persons.idOf(i.document(), p.name());
        ResolvedPerson rp = id == null ? null : persons.person(id);
        String key = id != null ? id : "name:" + NameKey.of(p.name()).folded();
        out.putIfAbsent(
            key, new OccurrenceParticipant(id, rp == null ? p.name() : rp.name(), p.role()));
      }
    }
    return List.copyOf(out.values());
  }

  private static String mostFrequent(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream()
        .max(Map.Entry.comparingByValue())
        .map(Map.Entry::getKey)
        .orElse(null);
  }

  static String idOf(String key) {
    try {
      byte[] h = MessageDigest.getInstance("SHA-256").digest(key.getBytes(StandardCharsets.UTF_8));
      return "o-" + HexFormat.of().formatHex(h).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
