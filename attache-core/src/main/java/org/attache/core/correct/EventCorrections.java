package org.attache.core.correct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceDates;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.Place;

/** Corrections of events: type, date, place, participants; rejecting one, adding one. */
final class EventCorrections {
  private EventCorrections() {}

  /** The corrected resolution, or null when the event named is not in it. */
  static Resolution apply(Resolution r, Correction c) {
    if (c.kind() == CorrectionKind.ADD_EVENT) {
      List<Occurrence> out = new ArrayList<>(r.occurrences());
      out.add(added(r, c));
      return new Resolution(r.persons(), r.reprints(), out);
    }
    int at = indexOf(r.occurrences(), c.target());
    if (at < 0) {
      return null;
    }
    List<Occurrence> out = new ArrayList<>(r.occurrences());
    Occurrence o = out.get(at);
    switch (c.kind()) {
      case REJECT_EVENT -> reject(out, at, c.target());
      case EVENT_TYPE ->
          out.set(
              at,
              with(o, EventType.valueOf(c.value("type")), o.date(), o.yearFrom(), o.location()));
      case EVENT_DATE -> out.set(at, with(o, o.type(), c.value("date"), null, o.location()));
      case EVENT_PLACE -> out.set(at, with(o, o.type(), o.date(), o.yearFrom(), place(c)));
      case EVENT_PARTICIPANTS -> out.set(at, withParticipants(o, participants(r, c)));
      default -> throw new IllegalArgumentException("not an event correction: " + c.kind());
    }
    return new Resolution(r.persons(), r.reprints(), out);
  }

  /**
   * Rejecting an occurrence removes it; rejecting one report's event takes that report off its
   * occurrence (the others may still tell of a real event), and the occurrence goes with its last
   * report.
   */
  private static void reject(List<Occurrence> out, int at, String target) {
    Occurrence o = out.get(at);
    List<OccurrenceReport> rest =
        o.reports().stream().filter(r -> !(r.document() + ":" + r.index()).equals(target)).toList();
    if (o.id().equals(target) || rest.isEmpty()) {
      out.remove(at);
    } else {
      // The date is the remaining reports' own (a year the rejected report gave goes with it),
      // unless an analyst set it.
      OccurrenceDates.Pick before = OccurrenceDates.of(o.reports());
      boolean machineDate =
          java.util.Objects.equals(before.value(), o.date())
              && java.util.Objects.equals(before.yearFrom(), o.yearFrom());
      OccurrenceDates.Pick date =
          machineDate ? OccurrenceDates.of(rest) : new OccurrenceDates.Pick(o.date(), o.yearFrom());
      out.set(
          at,
          new Occurrence(
              o.id(),
              o.type(),
              o.cameo(),
              date.value(),
              date.yearFrom(),
              o.location(),
              o.countries(),
              o.participants(),
              o.name(),
              o.status(),
              rest,
              Math.min(o.independentSources(), rest.size())));
    }
  }

  /** The occurrence named by its id or by one of its reports' events ({@code REPORT:INDEX}). */
  static int indexOf(List<Occurrence> occurrences, String target) {
    for (int i = 0; i < occurrences.size(); i++) {
      Occurrence o = occurrences.get(i);
      if (o.id().equals(target)) {
        return i;
      }
      for (OccurrenceReport r : o.reports()) {
        if ((r.document() + ":" + r.index()).equals(target)) {
          return i;
        }
      }
    }
    return -1;
  }

  private static Occurrence added(Resolution r, Correction c) {
    EventType type = EventType.valueOf(c.value("type"));
    List<String> countries =
        Arrays.stream(c.values().getOrDefault("countries", "").split("\\s*,\\s*"))
            .filter(s -> !s.isEmpty())
            .sorted()
            .toList();
    String doc = c.value("document");
    List<OccurrenceReport> reports =
        doc == null ? List.of() : List.of(new OccurrenceReport(doc, -1, null, c.value("date")));
    return new Occurrence(
        c.target(),
        type,
        type.cameo(),
        c.value("date"),
        null,
        place(c),
        countries,
        participants(r, c),
        c.value("name"),
        EventStatus.HAPPENED,
        reports,
        reports.size());
  }

  private static Place place(Correction c) {
    String name = c.value("place");
    return name == null || name.isBlank() ? null : new Place(name, c.value("country"));
  }

  private static List<OccurrenceParticipant> participants(Resolution r, Correction c) {
    List<OccurrenceParticipant> out = new ArrayList<>();
    for (String id : c.values().getOrDefault("persons", "").split("\\s*,\\s*")) {
      if (!id.isEmpty()) {
        String name = PersonCorrections.find(r, id).map(ResolvedPerson::name).orElse(id);
        out.add(new OccurrenceParticipant(id, name, "participant"));
      }
    }
    return out;
  }

  private static Occurrence with(
      Occurrence o, EventType type, String date, String yearFrom, Place location) {
    return new Occurrence(
        o.id(),
        type,
        type.cameo(),
        date,
        yearFrom,
        location,
        o.countries(),
        o.participants(),
        o.name(),
        o.status(),
        o.reports(),
        o.independentSources());
  }

  static Occurrence withParticipants(Occurrence o, List<OccurrenceParticipant> participants) {
    return new Occurrence(
        o.id(),
        o.type(),
        o.cameo(),
        o.date(),
        o.yearFrom(),
        o.location(),
        o.countries(),
        participants,
        o.name(),
        o.status(),
        o.reports(),
        o.independentSources());
  }
}
