package org.attache.core.query;

import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.core.resolve.NameKey;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/**
 * Which occurrences a query wants: by state, counterpart state, type, years and person. Null fields
 * do not filter.
 *
 * <p>Example: {@code new EventFilter("AZ", "PK", "MEETING", 2021, 2024, "Hasanov").apply(r)} gives
 * the meetings of Azerbaijan with Pakistan from 2021 to 2024 in which a person called Hasanov took
 * part, by date.
 *
 * @param state a state taking part (ISO alpha-2)
 * @param with another state taking part
 * @param type the event type name
 * @param from the first year
 * @param to the last year
 * @param person a name or part of one, matched against each participant's name and aliases
 */
public record EventFilter(
    String state, String with, String type, Integer from, Integer to, String person) {

  public static EventFilter any() {
    return new EventFilter(null, null, null, null, null, null);
  }

  public List<Occurrence> apply(Resolution r) {
    Map<String, ResolvedPerson> persons =
        r.persons().stream().collect(Collectors.toMap(ResolvedPerson::id, Function.identity()));
    return r.occurrences().stream()
        .filter(o -> state == null || o.countries().contains(upper(state)))
        .filter(o -> with == null || o.countries().contains(upper(with)))
        .filter(o -> type == null || o.type().name().equalsIgnoreCase(type))
        .filter(o -> inYears(o.date()))
        .filter(o -> person == null || o.participants().stream().anyMatch(p -> named(p, persons)))
        .sorted(Comparator.comparing((Occurrence o) -> o.date() == null ? "~" : o.date()))
        .toList();
  }

  /** Undated occurrences pass only when no years are asked for. */
  private boolean inYears(String date) {
    if (from == null && to == null) {
      return true;
    }
    if (date == null || !date.matches("\\d{4}.*")) {
      return false;
    }
    int year = Integer.parseInt(date.substring(0, 4));
    return (from == null || year >= from) && (to == null || year <= to);
  }

  private boolean named(OccurrenceParticipant p, Map<String, ResolvedPerson> persons) {
    String wanted = NameKey.of(person).folded();
    ResolvedPerson rp = p.person() == null ? null : persons.get(p.person());
    List<String> names = rp == null ? List.of(p.name()) : rp.aliases();
    return NameKey.of(p.name()).folded().contains(wanted)
        || names.stream().anyMatch(n -> NameKey.of(n).folded().contains(wanted));
  }

  private static String upper(String s) {
    return s.toUpperCase(Locale.ROOT);
  }
}
