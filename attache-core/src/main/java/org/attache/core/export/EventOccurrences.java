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
 * reports tell one occurrence when their events have the same type and states, dates that agree,
 * and a person in common (or, naming nobody, the same date or name).
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
      boolean sameReport = g.stream().anyMatch(o -> o.reading() == t.reading());
      if (!sameReport && g.stream().anyMatch(o -> sameOccurrence(o, t))) {
        g.add(t);
        return;
      }
    }
    groups.add(new ArrayList<>(List.of(t)));
  }

  /**
   * One occurrence: same type and states, dates that agree (equal, one the other's month, a
   * year-less day with its year, or one report without a date), and a person in common; without
   * persons on either side, equal dates (or equal names) must carry the identity alone.
   */
  private static boolean sameOccurrence(Told a, Told b) {
    Event x = a.event();
    Event y = b.event();
    if (x.type() != y.type() || !x.countries().equals(y.countries())) {
      return false;
    }
    if (!datesAgree(x.date(), y.date()) || !placesAgree(x, y)) {
      return false;
    }
    if (!a.persons().isEmpty() && !b.persons().isEmpty()) {
      return a.persons().stream().anyMatch(b.persons()::contains);
    }
    boolean named = x.name() != null && x.name().equalsIgnoreCase(y.name());
    return named || (x.date() != null && x.date().equals(y.date()));
  }

  /** One occurrence happens in one state. */
  private static boolean placesAgree(Event x, Event y) {
    return x.location() == null
        || y.location() == null
        || x.location().country().equals(y.location().country());
  }

  private static boolean datesAgree(String a, String b) {
    if (a == null || b == null) {
      return true;
    }
    String x =
        a.startsWith("XXXX") && !b.startsWith("XXXX") ? b.substring(0, 4) + a.substring(4) : a;
    String y =
        b.startsWith("XXXX") && !a.startsWith("XXXX") ? a.substring(0, 4) + b.substring(4) : b;
    return x.startsWith(y) || y.startsWith(x);
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
