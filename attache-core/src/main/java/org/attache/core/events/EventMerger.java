package org.attache.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
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

  private EventMerger() {}

  static List<EventDraft> merge(List<EventDraft> drafts) {
    List<EventDraft> kept = new ArrayList<>();
    for (EventDraft d : drafts) {
      EventDraft same = kept.stream().filter(k -> same(k, d)).findFirst().orElse(null);
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

  private static boolean same(EventDraft a, EventDraft b) {
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
    if (b.date != null && !b.date.equals(a.date) && !refines(a, b)) {
      return false;
    }
    if (a.type() == EventType.SUPPORT && !stem(a).equals(stem(b))) {
      return false; // congratulations and condolences in one visit are two acts
    }
    if (a.type() == EventType.MEETING) {
      Set<String> pa = names(a);
      Set<String> pb = names(b);
      return pa.containsAll(pb) || pb.containsAll(pa);
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
    for (int i = kept.size() - 1; i >= 0; i--) {
      if (kept.get(i).type() == type) {
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
    if (SUBSET_MERGE.contains(kept.type()) && nested) {
      kept.countries.addAll(later.countries);
    }
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
