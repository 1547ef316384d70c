package org.attache.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import org.attache.core.events.Event;
import org.attache.core.events.Participant;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;

/**
 * Groups the events of all readings into occurrences, one record of {@code events.jsonl} each: two
 * reports tell one occurrence when their events have the same type, states and date, and share a
 * person (or neither names one). Events without a date are never merged across reports.
 *
 * <p>Example: the same visit told by two outlets is one record with two {@code reports}.
 */
final class EventOccurrences {
  private record Told(Reading reading, Event event, Set<String> persons) {}

  private final List<List<Told>> groups = new ArrayList<>();

  EventOccurrences(List<Reading> readings, PersonIndex index) {
    for (Reading r : readings) {
      for (Event e : r.events()) {
        Set<String> persons = new LinkedHashSet<>();
        e.participants().stream()
            .map(p -> index.idOf(r.id(), p.name()))
            .filter(Objects::nonNull)
            .forEach(persons::add);
        add(new Told(r, e, persons));
      }
    }
  }

  private void add(Told t) {
    for (List<Told> g : groups) {
      Told first = g.get(0);
      if (first.reading() != t.reading() && sameOccurrence(first, t)) {
        g.add(t);
        return;
      }
    }
    groups.add(new ArrayList<>(List.of(t)));
  }

  private static boolean sameOccurrence(Told a, Told b) {
    Event x = a.event();
    Event y = b.event();
    if (x.type() != y.type() || !x.countries().equals(y.countries()) || x.date() == null) {
      return false;
    }
    if (!x.date().equals(y.date())) {
      return false;
    }
    if (a.persons().isEmpty() || b.persons().isEmpty()) {
      return a.persons().isEmpty() == b.persons().isEmpty();
    }
    return a.persons().stream().anyMatch(b.persons()::contains);
  }

  List<ObjectNode> records(PersonIndex index, Map<String, String> texts) {
    List<ObjectNode> out = new ArrayList<>();
    for (List<Told> g : groups) {
      out.add(record("E" + (out.size() + 1), g, index, texts));
    }
    return out;
  }

  private static ObjectNode record(
      String id, List<Told> group, PersonIndex index, Map<String, String> texts) {
    Event first = group.get(0).event();
    ObjectNode n = ReadingJson.MAPPER.createObjectNode();
    n.put("id", id);
    n.put("type", first.type().name());
    n.put("cameo", first.cameo());
    n.put("date", first.date());
    n.put("name", first.name());
    n.put("status", first.status().name());
    if (first.location() == null) {
      n.putNull("location");
    } else {
      n.putObject("location")
          .put("name", first.location().name())
          .put("country", first.location().country());
    }
    ArrayNode countries = n.putArray("countries");
    first.countries().forEach(countries::add);
    ArrayNode participants = n.putArray("participants");
    Set<String> seen = new LinkedHashSet<>();
    ArrayNode reports = n.putArray("reports");
    for (Told t : group) {
      for (Participant p : t.event().participants()) {
        String pid = index.idOf(t.reading().id(), p.name());
        if (seen.add(pid != null ? pid : p.name())) {
          ObjectNode pn = participants.addObject();
          pn.put("person", pid);
          pn.put("name", p.name());
          pn.put("role", p.role());
        }
      }
      ObjectNode r = reports.addObject();
      r.put("document", t.reading().id());
      String text = texts.getOrDefault(t.reading().id(), "");
      var span = t.event().evidence();
      r.put("evidence", span.end() <= text.length() ? span.of(text) : null);
      r.put("start", span.start());
      r.put("end", span.end());
      if (!Objects.equals(t.event().date(), first.date())) {
        r.put("date", t.event().date());
      }
    }
    return n;
  }
}
