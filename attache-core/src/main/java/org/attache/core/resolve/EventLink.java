package org.attache.core.resolve;

import java.util.Collections;
import java.util.Optional;
import java.util.Set;
import org.attache.core.events.Event;
import org.attache.core.states.Place;
import org.attache.core.states.StateLexicon;

/**
 * Whether two reported events, from two reports, can be one occurrence, and how strongly the
 * reports say so.
 *
 * <p>Example: two MEETINGs of AZ and PK, one dated {@code XXXX-10-28} and one {@code 2023-10-28},
 * sharing the resolved "Zakir Hasanov", score 5 (a shared participant 3, day and month 2). Two
 * undated reports need a shared participant, a shared name or one wire text to be joined.
 */
final class EventLink {
  /** The least score at which two events are taken for one occurrence. */
  static final int THRESHOLD = 2;

  /**
   * Two reports that name at least this many of the same persons tell one story: within it, events
   * of one type and one set of states are one occurrence on weaker dates than elsewhere (see {@link
   * #sameStory}).
   */
  static final int SAME_STORY = 1;

  private EventLink() {}

  /** One event of one report, with its participants resolved across reports. */
  record Item(
      String document,
      int index,
      Event event,
      Set<String> persons,
      String family,
      Set<String> reportPersons,
      String reportDate) {
    String key() {
      return document + ":" + String.format("%05d", index);
    }
  }

  /**
   * How many persons the two reports both name, events or not: between equally supported
   * candidates, the report about the same people is the better match.
   */
  static int kinship(Item a, Item b) {
    int n = 0;
    for (String p : a.reportPersons()) {
      n += b.reportPersons().contains(p) ? 1 : 0;
    }
    return n;
  }

  /** True when nothing the two reports say rules out one occurrence. */
  static boolean compatible(Item a, Item b) {
    Event x = a.event();
    Event y = b.event();
    if (a.document().equals(b.document())
        || x.type() != y.type()
        || !x.countries().equals(y.countries())) {
      return false;
    }
    Optional<EventDate> dx = EventDate.of(x.date());
    Optional<EventDate> dy = EventDate.of(y.date());
    if (dx.isPresent() && dy.isPresent() && !dx.get().compatibleWith(dy.get())) {
      return false;
    }
    if (placesDisagree(x.location(), y.location())) {
      return false;
    }
    boolean bothNamePersons = !a.persons().isEmpty() && !b.persons().isEmpty();
    return !bothNamePersons
        || !Collections.disjoint(a.persons(), b.persons())
        || sameName(x, y)
        || a.family().equals(b.family());
  }

  /** How strongly the two reports say they tell of one occurrence; 0 when they cannot. */
  static int score(Item a, Item b) {
    if (!compatible(a, b)) {
      return 0;
    }
    Event x = a.event();
    Event y = b.event();
    int score = 0;
    if (!Collections.disjoint(a.persons(), b.persons())) {
      score += 3;
    }
    if (sameName(x, y)) {
      score += 3;
    }
    if (a.family().equals(b.family())) {
      score += 3;
    }
    if (sameStory(a, b)) {
      score += 2;
    }
    if (x.date() != null && y.date() != null) {
      score += EventDate.parse(x.date()).agreement(EventDate.parse(y.date()));
    }
    if (x.location() != null
        && y.location() != null
        && NameKey.of(x.location().name()).equals(NameKey.of(y.location().name()))) {
      score += 1;
    }
    return score;
  }

  private static boolean sameName(Event x, Event y) {
    return x.name() != null
        && y.name() != null
        && NameKey.of(x.name()).equals(NameKey.of(y.name()));
  }

  /**
   * True when two reports of one story (they name {@link #SAME_STORY} or more of the same persons)
   * state the same occurrence on dates too weak to join them alone: both dates share at least the
   * year (a war "in 2020" in both), or one report leaves the event undated and the other dates it
   * in the month the report itself was written (the statement made at the visit the story is
   * about). An undated event beside one of the story's past (training "in the winter of 2019")
   * stays apart, and so do events placed at two different named spots.
   */
  static boolean sameStory(Item a, Item b) {
    if (kinship(a, b) < SAME_STORY
        || localPlacesDiffer(a.event().location(), b.event().location())) {
      return false;
    }
    String x = a.event().date();
    String y = b.event().date();
    if (x != null && y != null) {
      EventDate dx = EventDate.parse(x);
      return dx.year() != null && dx.agreement(EventDate.parse(y)) > 0;
    }
    return x != null ? undatedNow(x, a, b) : y != null && undatedNow(y, b, a);
  }

  /**
   * True when {@code dated} gives its event the month its report was written and the report that
   * leaves the event undated, if its own date is known, was written then too.
   */
  private static boolean undatedNow(String date, Item dated, Item undated) {
    return current(date, dated.reportDate())
        && (undated.reportDate() == null || current(undated.reportDate(), dated.reportDate()));
  }

  /** True when an event's date falls in the month its report was written. */
  private static boolean current(String date, String reportDate) {
    if (reportDate == null || reportDate.length() < 7) {
      return false;
    }
    EventDate d = EventDate.parse(date);
    return d.precision() >= 3 && d.compatibleWith(EventDate.parse(reportDate.substring(0, 7)));
  }

  /**
   * True when both events are placed at named spots below the state (a city, a base, an academy)
   * and the spots differ: within one story, training at one academy and at another are two events.
   */
  private static boolean localPlacesDiffer(Place p, Place q) {
    return p != null
        && q != null
        && isLocal(p)
        && isLocal(q)
        && !NameKey.of(p.name()).equals(NameKey.of(q.name()));
  }

  private static boolean isLocal(Place p) {
    return StateLexicon.standard().code(p.name()).isEmpty();
  }

  private static boolean placesDisagree(Place p, Place q) {
    return p != null
        && q != null
        && p.country() != null
        && q.country() != null
        && !p.country().equals(q.country());
  }
}
