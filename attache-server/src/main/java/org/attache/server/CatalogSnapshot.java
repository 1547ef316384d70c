package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.persons.Person;
import org.attache.core.query.SearchableReport;
import org.attache.core.query.TextQuery;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.PersonIndex;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/**
 * The knowledge base read once into memory, indexed for the server's questions: the readings for
 * the reports' texts and marks, the resolution (persons, occurrences, with analysts' corrections
 * applied) for everything across reports. Immutable, so every request thread can share it.
 */
final class CatalogSnapshot {
  private static final Pattern ISO_PREFIX = Pattern.compile("^\\d{4}(?:-\\d{2}(?:-\\d{2})?)?");

  /** Newest first; reports without a day last. */
  static final Comparator<ReportSummary> NEWEST_REPORT_FIRST =
      Comparator.comparing(
              ReportSummary::published, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(ReportSummary::id);

  static final Comparator<EventRecord> NEWEST_EVENT_FIRST =
      Comparator.comparing(EventRecord::day, Comparator.nullsLast(Comparator.reverseOrder()))
          .thenComparing(EventRecord::id);

  private static final int LEAD_LENGTH = 200;

  final Map<String, Reading> readings = new LinkedHashMap<>();
  final Map<String, String> texts = new HashMap<>();
  private final Map<String, SearchableReport> searchable = new HashMap<>();
  final Map<String, ReportSummary> reports = new LinkedHashMap<>();
  final Map<String, PersonSummary> persons = new LinkedHashMap<>();
  final List<EventRecord> events = new ArrayList<>();
  final List<String> states;
  final ReprintFamilies reprints;

  /** Each report's publication date, by id, for the reports that give one. */
  final Map<String, String> published = new HashMap<>();

  private final Map<String, Occurrence> occurrences = new HashMap<>();
  private final Map<String, Set<String>> statesByReport = new HashMap<>();
  private final Map<String, ResolvedPerson> resolved = new HashMap<>();
  private final PersonIndex personIndex;

  /** Each event by its occurrence id and by each of its reports' events (REPORT_ID:INDEX). */
  private final Map<String, EventRecord> eventsById = new HashMap<>();

  /** The events each report tells of, quoting that report's evidence. */
  private final Map<String, List<EventRecord>> eventsByReport = new HashMap<>();

  CatalogSnapshot(List<Reading> all, Map<String, String> textById, Resolution resolution) {
    all.forEach(r -> readings.put(r.id(), r));
    textById.forEach(texts::put);
    personIndex = new PersonIndex(resolution.persons());
    reprints = resolution.reprints();
    all.stream()
        .filter(r -> r.meta().published() != null)
        .forEach(r -> published.put(r.id(), r.meta().published()));
    resolution.occurrences().forEach(o -> occurrences.put(o.id(), o));
    resolution.persons().forEach(p -> resolved.put(p.id(), p));
    resolution.persons().stream()
        .sorted(Comparator.comparing(ResolvedPerson::name).thenComparing(ResolvedPerson::id))
        .forEach(p -> persons.put(p.id(), summary(p)));
    for (Occurrence o : resolution.occurrences()) {
      EventRecord e = eventRecord(o);
      events.add(e);
      eventsById.put(e.id(), e);
      for (EventReport r : e.reports()) {
        if (r.event() != null) {
          eventsById.putIfAbsent(r.event(), e);
        }
        eventsByReport.computeIfAbsent(r.reportId(), k -> new ArrayList<>()).add(e.toldBy(r));
      }
    }
    events.sort(NEWEST_EVENT_FIRST);
    for (Reading r : all) {
      reports.put(r.id(), reportSummary(r));
      searchable.put(r.id(), SearchableReport.of(r, texts.getOrDefault(r.id(), "")));
      Set<String> named = new TreeSet<>();
      r.states().forEach(m -> named.add(m.code()));
      r.persons().stream().map(Person::country).filter(c -> c != null).forEach(named::add);
      eventsOf(r.id()).forEach(e -> named.addAll(e.countries()));
      statesByReport.put(r.id(), Set.copyOf(named));
    }
    TreeSet<String> codes = new TreeSet<>();
    events.forEach(e -> codes.addAll(e.countries()));
    persons.values().stream()
        .map(PersonSummary::country)
        .filter(c -> c != null)
        .forEach(codes::add);
    states = List.copyOf(codes);
  }

  /** The text around the first match of each report the query finds, by report id. */
  Map<String, String> snippets(TextQuery query) {
    Map<String, String> out = new HashMap<>();
    searchable.forEach((id, r) -> r.find(query).ifPresent(h -> out.put(id, h.snippet())));
    return out;
  }

  /** The states a report names, as mentions, as its persons' states or in its events. */
  Set<String> statesOf(String reportId) {
    return statesByReport.getOrDefault(reportId, Set.of());
  }

  /** The events a report tells of, in the order of their evidence in its text. */
  List<EventRecord> eventsOf(String reportId) {
    return eventsByReport.getOrDefault(reportId, List.of()).stream()
        .sorted(
            Comparator.comparing(
                (EventRecord e) -> e.evidence() == null ? Integer.MAX_VALUE : e.evidence().start()))
        .toList();
  }

  /** The occurrence with this id, or null. */
  Occurrence occurrence(String id) {
    return occurrences.get(id);
  }

  /** An event by its occurrence id or by one of its reports' events ({@code REPORT_ID:INDEX}). */
  Optional<EventRecord> event(String id) {
    return Optional.ofNullable(eventsById.get(id));
  }

  List<String> reportsNaming(String personId) {
    ResolvedPerson p = resolved.get(personId);
    return p == null ? List.of() : p.documents();
  }

  Optional<String> personId(String reportId, String name) {
    String id = personIndex.idOf(reportId, name);
    return Optional.ofNullable(id != null && persons.containsKey(id) ? id : null);
  }

  private static PersonSummary summary(ResolvedPerson p) {
    return new PersonSummary(
        p.id(), p.name(), p.country(), p.titles(), p.aliases(), p.documents().size());
  }

  private ReportSummary reportSummary(Reading r) {
    return new ReportSummary(
        r.id(),
        r.meta().title(),
        r.meta().outlet(),
        r.meta().author(),
        r.meta().published(),
        r.meta().dateline(),
        r.meta().url(),
        lead(r),
        null,
        r.persons().size(),
        eventsByReport.getOrDefault(r.id(), List.of()).size());
  }

  /** The first sentence, so a list can show what a report is about even without a headline. */
  private String lead(Reading r) {
    String text = texts.getOrDefault(r.id(), "");
    if (r.sentences().isEmpty() || r.sentences().get(0).end() > text.length()) {
      return null;
    }
    String first = r.sentences().get(0).of(text).replaceAll("\\s+", " ").strip();
    if (first.length() <= LEAD_LENGTH) {
      return first;
    }
    int cut = first.lastIndexOf(' ', LEAD_LENGTH);
    return first.substring(0, cut > 0 ? cut : LEAD_LENGTH) + " …";
  }

  private EventRecord eventRecord(Occurrence o) {
    List<EventReport> told = o.reports().stream().map(this::eventReport).toList();
    EventReport quoted =
        told.stream().filter(r -> r.evidenceText() != null).findFirst().orElse(null);
    String published =
        told.stream().map(EventReport::published).filter(p -> p != null).findFirst().orElse(null);
    return new EventRecord(
        o.id(),
        quoted == null ? (told.isEmpty() ? null : told.get(0).reportId()) : quoted.reportId(),
        quoted == null ? null : quoted.reportTitle(),
        o.type(),
        o.cameo(),
        o.date(),
        dayOf(o.date(), quoted == null ? published : quoted.published()),
        o.location() == null ? null : o.location().name(),
        o.location() == null ? null : o.location().country(),
        o.participants().stream().map(this::participant).toList(),
        o.countries(),
        o.name(),
        o.status(),
        quoted == null ? null : quoted.evidence(),
        quoted == null ? null : quoted.evidenceText(),
        o.yearFrom(),
        o.independentSources(),
        told);
  }

  private EventReport eventReport(OccurrenceReport r) {
    Reading reading = readings.get(r.document());
    String text = texts.getOrDefault(r.document(), "");
    boolean quotable = r.evidence() != null && r.evidence().end() <= text.length();
    return new EventReport(
        r.document(),
        reading == null ? null : reading.meta().title(),
        reading == null ? null : reading.meta().outlet(),
        reading == null ? null : reading.meta().published(),
        r.index() < 0 ? null : r.document() + ":" + r.index(),
        r.date(),
        quotable ? r.evidence() : null,
        quotable ? r.evidence().of(text) : null);
  }

  private EventParticipant participant(OccurrenceParticipant p) {
    ResolvedPerson person = p.person() == null ? null : resolved.get(p.person());
    if (person == null) {
      return new EventParticipant(p.name(), p.role(), null, null, List.of());
    }
    return new EventParticipant(p.name(), p.role(), person.id(), person.country(), person.titles());
  }

  /** The event's own date when it carries a year, else the report's day. */
  static String dayOf(String timex, String published) {
    if (timex != null) {
      Matcher m = ISO_PREFIX.matcher(timex);
      if (m.find()) {
        return m.group();
      }
    }
    return published != null && ISO_PREFIX.matcher(published).find() ? published : null;
  }
}
