package org.attache.core.events;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.time.temporal.ChronoUnit;
import java.util.ArrayList;
import java.util.Collections;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.function.Predicate;
import java.util.regex.Pattern;
import java.util.stream.Collectors;

/**
 * Merges the drafts of one report that tell the same occurrence: a report names its visit in the
 * lead, again in "during the visit", again in "before leaving". Two drafts are one event when they
 * have the same type and states, dates that do not differ, and, for meetings, persons of which one
 * side's are among the other's (meetings with different officials on one visit stay apart). The
 * first telling is kept, completed by the later ones.
 *
 * <p>Example: "Hasanov met the delegation on May 3." and "The meeting also discussed training." are
 * one MEETING.
 */
final class EventMerger {
  /** Types whose first telling may already refer back: "During the visit, ..." in a lead. */
  private static final Set<EventType> PRESUPPOSED = Set.of(EventType.VISIT, EventType.MEETING);

  /** Types whose occurrence on one day between overlapping states is one occurrence. */
  private static final Set<EventType> SUBSET_MERGE =
      Set.of(EventType.EXERCISE, EventType.AGREEMENT, EventType.ARMS);

  /**
   * How far from a referring phrase its own date may stand: "the meeting held ... on 27 July", "In
   * the winter of 2014, during the fifth meeting".
   */
  private static final int DATE_REACH = 70;

  private static final Pattern COUNTERPART = Pattern.compile("(?i)\\bcounterparts?\\b");

  /** How many days apart two tellings of one visitor's stay may be dated. */
  private static final int STAY_DAYS = 3;

  private EventMerger() {}

  /**
   * The report's drafts merged; {@code sides} gives the state each person of the report serves
   * (persons without one are absent).
   */
  static List<EventDraft> merge(List<EventDraft> drafts, Map<String, String> sides) {
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft d : drafts) {
      EventDraft same = kept.stream().filter(k -> same(k, d, sides)).findFirst().orElse(null);
      if (same == null && d.departure) {
        // "returned to Seoul from the trip": the last visit between its states, whatever its date
        same = last(kept, k -> k.type() == EventType.VISIT && k.countries.equals(d.countries));
      }
      if (same == null && d.candidate.refers()) {
        same = lastOfType(kept, d.type());
        if (same != null && datedApart(same, d)) {
          same = null; // "the meeting held on 27 July" is another meeting than the one just told
        }
        if (same == null && !d.candidate.states() && !PRESUPPOSED.contains(d.type())) {
          continue; // "the exercise will strengthen ties" with no exercise told: nothing
        }
      }
      if (same == null) {
        kept.add(d);
      } else {
        absorb(same, d);
      }
    }
    return kept;
  }

  private static boolean same(EventDraft a, EventDraft b, Map<String, String> sides) {
    if (a.type() != b.type()) {
      return false;
    }
    if (!a.countries.equals(b.countries)) {
      // "the drills will start in Baku on 12 September" after the trilateral drills of that day
      return SUBSET_MERGE.contains(a.type())
          && a.date != null
          && a.date.equals(b.date)
          && (a.countries.containsAll(b.countries) || b.countries.containsAll(a.countries));
    }
    // A later telling without a date retells; a later dated one after an undated first is
    // another occurrence ("signed a deal on Friday ... In 2022 it signed ...").
    if (b.date != null && !b.date.equals(a.date) && !refines(a, b) && !sameStay(a, b)) {
      return false;
    }
    if (a.type() == EventType.SUPPORT && !stem(a).equals(stem(b))) {
      return false; // congratulations and condolences in one visit are two acts
    }
    if (a.type() == EventType.MEETING) {
      Set<String> pa = names(a);
      Set<String> pb = names(b);
      return pa.containsAll(pb)
          || pb.containsAll(pa)
          || (unnamedCounterpart(a) || unnamedCounterpart(b))
              && sideBySide(pa, pb, a.countries, sides);
    }
    return true;
  }

  /**
   * A date from the context ("2023-05") and one the text gives ("2023-05-03") may agree; so may the
   * month of a range of days ("from 16 to 20 January") and a day in it.
   */
  private static boolean refines(EventDraft a, EventDraft b) {
    if (a.date == null || !(a.dateInherited || b.dateInherited || a.dateSpan || b.dateSpan)) {
      return false;
    }
    return a.date.startsWith(b.date) || b.date.startsWith(a.date);
  }

  /**
   * A visitor's calls on the days of one stay are that stay: "arrived in Pakistan on 3 March ... On
   * 4 March, he visited the university". Two tellings of a visit by the same guest, dated to days
   * at most {@value #STAY_DAYS} apart, are one visit.
   */
  private static boolean sameStay(EventDraft a, EventDraft b) {
    if (a.type() != EventType.VISIT || a.date == null || a.date.length() != 10) {
      return false;
    }
    if (b.date.length() != 10 || Collections.disjoint(names(a), names(b))) {
      return false;
    }
    try {
      long days = ChronoUnit.DAYS.between(LocalDate.parse(a.date), LocalDate.parse(b.date));
      return Math.abs(days) <= STAY_DAYS;
    } catch (DateTimeParseException e) {
      return false; // a week or a season written as a value of ten characters
    }
  }

  /** Whether a referring phrase carries a date of its own that differs from the antecedent's. */
  private static boolean datedApart(EventDraft antecedent, EventDraft d) {
    int after = d.ownDateAt - d.candidate.trigger().end();
    int before = d.candidate.trigger().start() - d.ownDateAt;
    return d.ownDate != null
        && antecedent.date != null
        && !d.ownDate.equals(antecedent.date)
        && d.ownDateAt >= 0
        && (after >= 0 ? after < DATE_REACH : before < DATE_REACH);
  }

  private static EventDraft lastOfType(List<EventDraft> kept, EventType type) {
    return last(kept, k -> k.type() == type);
  }

  private static EventDraft last(List<EventDraft> kept, Predicate<EventDraft> which) {
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (which.test(kept.get(i))) {
        return kept.get(i);
      }
    }
    return null;
  }

  private static void absorb(EventDraft kept, EventDraft later) {
    boolean dated = later.date != null && later.candidate.states();
    if (dated && (kept.date == null || (kept.dateInherited && !later.dateInherited))) {
      kept.date = later.date;
      kept.dateInherited = later.dateInherited;
    }
    if (kept.location == null && later.locationOwn) {
      kept.location = later.location; // a place taken from the context belongs to the later one
      kept.locationOwn = true;
    }
    kept.name = kept.name != null ? kept.name : later.name;
    // "The meeting, also attended by the ambassador": those at a meeting or visit take part;
    // "the deal marks a first under President Lee" names no party to the deal.
    if (later.candidate.states() || PRESUPPOSED.contains(kept.type())) {
      later.participants.forEach(p -> kept.addParticipant(p.name(), p.role()));
    }
    boolean nested =
        kept.countries.containsAll(later.countries) || later.countries.containsAll(kept.countries);
    // "Contingents from France and Canada also joined the drills": states join the exercise told
    boolean joins =
        kept.type() == EventType.EXERCISE && later.candidate.refers() && later.candidate.states();
    if (SUBSET_MERGE.contains(kept.type()) && (nested || joins)) {
      kept.countries.addAll(later.countries);
    }
  }

  /** A telling that gives the other side only as "his counterpart(s)". */
  private static boolean unnamedCounterpart(EventDraft d) {
    return COUNTERPART.matcher(d.sentence().text()).find();
  }

  /**
   * Two tellings of one meeting may each name one side: "held talks with his Pakistani counterpart"
   * names the visitor, "With Pakistan's minister, Ali, he discussed" the host. They are one meeting
   * when every person named serves one of its states and, state by state, one telling's persons are
   * among the other's: two officials of one state met apart stay two meetings.
   */
  private static boolean sideBySide(
      Set<String> pa, Set<String> pb, Set<String> states, Map<String, String> sides) {
    if (pa.isEmpty() || pb.isEmpty()) {
      return false;
    }
    for (String p : union(pa, pb)) {
      if (!states.contains(sides.get(p))) {
        return false;
      }
    }
    for (String state : states) {
      Set<String> sa = ofState(pa, state, sides);
      Set<String> sb = ofState(pb, state, sides);
      if (!sa.containsAll(sb) && !sb.containsAll(sa)) {
        return false;
      }
    }
    return true;
  }

  private static Set<String> union(Set<String> a, Set<String> b) {
    Set<String> all = new HashSet<>(a);
    all.addAll(b);
    return all;
  }

  private static Set<String> ofState(Set<String> persons, String state, Map<String, String> sides) {
    return persons.stream().filter(p -> state.equals(sides.get(p))).collect(Collectors.toSet());
  }

  /** Congratulations, condolences and support proper are different acts of support. */
  private static String stem(EventDraft d) {
    String t = d.candidate.triggerText().toLowerCase(java.util.Locale.ROOT);
    return t.contains("congrat")
        ? "congratulation"
        : t.contains("condol") ? "condolence" : "support";
  }

  private static Set<String> names(EventDraft d) {
    return d.participants.stream().map(Participant::name).collect(Collectors.toSet());
  }
}
