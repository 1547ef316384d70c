package org.attache.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.persons.Person;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.StateMention;

/**
 * What one report is about, as far as its events need it: the two states it is mostly about (its
 * dyad), the state visited and the visiting state, and the report's own date.
 *
 * <p>Example: a report on a Pakistani delegation in Baku has dyad [AZ, PK], host AZ, visitor PK.
 *
 * @param dyad the two states named most (fewer when the report names fewer)
 * @param host the state visited, or null
 * @param visitor the visiting state, or null
 * @param anchor the report's date as a TIMEX3 value ({@code 2023-05-25}, {@code XXXX-10-28}), or
 *     null
 * @param datelineState the state of the dateline's city ("BANGUI –" gives CF), or null
 */
record ReportContext(
    List<String> dyad, String host, String visitor, String anchor, String datelineState) {

  static ReportContext of(ReportFacts facts, List<EventDraft> visits, PlaceGazetteer places) {
    List<String> dyad = dyad(facts);
    String host = null;
    String visitor = null;
    String datelineState =
        facts.meta().dateline() == null
            ? null
            : places
                .lookup(facts.meta().dateline().split("/")[0].strip())
                .map(p -> p.country())
                .orElse(null);
    for (EventDraft v : visits) {
      if (v.host != null) {
        host = v.host;
        visitor = v.visitor;
        break;
      }
    }
    if (host == null && !visits.isEmpty()) {
      host = datelineState;
    }
    if (visitor == null && host != null) {
      String h = host;
      visitor = dyad.stream().filter(c -> !c.equals(h)).findFirst().orElse(null);
    }
    if (host != null && host.equals(visitor)) {
      visitor = null;
    }
    return new ReportContext(dyad, host, visitor, anchor(facts), datelineState);
  }

  /** The other state of the dyad, or null when {@code code} is not in it. */
  String partnerOf(String code) {
    if (dyad.size() == 2 && dyad.contains(code)) {
      return dyad.get(0).equals(code) ? dyad.get(1) : dyad.get(0);
    }
    return null;
  }

  /** The anchor's month ({@code 2023-05}), or null. */
  String anchorMonth() {
    return anchor == null || anchor.length() < 7 ? null : anchor.substring(0, 7);
  }

  private static List<String> dyad(ReportFacts facts) {
    Map<String, Integer> count = new LinkedHashMap<>();
    for (StateMention m : facts.states()) {
      count.merge(m.code(), 1, Integer::sum);
    }
    Map<String, Integer> byPerson = new HashMap<>();
    for (Person p : facts.persons()) {
      if (p.country() != null) {
        byPerson.merge(p.country(), p.mentions().size(), Integer::sum);
      }
    }
    byPerson.forEach((c, n) -> count.merge(c, n, Integer::sum));
    List<Map.Entry<String, Integer>> ranked = new ArrayList<>(count.entrySet());
    ranked.sort((a, b) -> b.getValue() - a.getValue()); // stable: ties keep first mention order
    return ranked.stream().limit(2).map(Map.Entry::getKey).toList();
  }

  private static String anchor(ReportFacts facts) {
    String published = facts.meta().published();
    if (published != null && published.matches("\\d{4}-\\d{2}-\\d{2}")) {
      return published;
    }
    String dateline = facts.meta().datelineDate();
    return dateline != null && dateline.matches("(?:\\d{4}|XXXX)-\\d{2}(?:-\\d{2})?")
        ? dateline
        : null;
  }
}
