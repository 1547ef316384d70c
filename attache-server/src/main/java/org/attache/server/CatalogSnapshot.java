package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.events.Event;
import org.attache.core.events.Participant;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.resolve.PersonResolver;
import org.attache.core.resolve.ResolvedPerson;

/**
 * The knowledge base read once into memory, indexed for the server's questions. Immutable, so every
 * request thread can share it.
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
  final Map<String, String> searchable = new HashMap<>();
  final Map<String, ReportSummary> reports = new LinkedHashMap<>();
  final Map<String, PersonSummary> persons = new LinkedHashMap<>();
  final List<EventRecord> events = new ArrayList<>();
  final List<String> states;
  private final Map<String, Set<String>> statesByReport = new HashMap<>();

  /** Ids of the reports naming each resolved person. */
  private final Map<String, List<String>> reportsByPerson = new HashMap<>();

  /** Resolved person id of each (report id, name as the report gives it). */
  private final Map<String, Map<String, String>> personIds = new HashMap<>();

  CatalogSnapshot(List<Reading> all, Map<String, String> textById) {
    all.forEach(r -> readings.put(r.id(), r));
    textById.forEach(texts::put);
    List<ResolvedPerson> resolved = new PersonResolver().resolve(all);
    resolved.stream()
        .sorted(Comparator.comparing(ResolvedPerson::name))
        .forEach(p -> persons.put(p.id(), summary(p)));
    resolved.forEach(this::indexPerson);
    for (Reading r : all) {
      List<Event> stated = r.events();
      for (int i = 0; i < stated.size(); i++) {
        events.add(eventRecord(r, i, stated.get(i)));
      }
    }
    events.sort(NEWEST_EVENT_FIRST);
    for (Reading r : all) {
      reports.put(r.id(), reportSummary(r));
      String text = texts.getOrDefault(r.id(), "");
      String title = r.meta().title() == null ? "" : r.meta().title();
      searchable.put(r.id(), (title + "\n" + text).toLowerCase(Locale.ROOT));
      Set<String> named = new TreeSet<>();
      r.states().forEach(m -> named.add(m.code()));
      r.persons().stream().map(Person::country).filter(c -> c != null).forEach(named::add);
      r.events().forEach(e -> named.addAll(e.countries()));
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

  /** The states a report names, as mentions, as its persons' states or in its events. */
  Set<String> statesOf(String reportId) {
    return statesByReport.getOrDefault(reportId, Set.of());
  }

  List<EventRecord> eventsOf(String reportId) {
    return events.stream()
        .filter(e -> e.reportId().equals(reportId))
        .sorted(Comparator.comparing(e -> e.evidence().start()))
        .toList();
  }

  List<String> reportsNaming(String personId) {
    return reportsByPerson.getOrDefault(personId, List.of());
  }

  Optional<String> personId(String reportId, String name) {
    return Optional.ofNullable(personIds.getOrDefault(reportId, Map.of()).get(name));
  }

  private static PersonSummary summary(ResolvedPerson p) {
    return new PersonSummary(
        p.id(), p.name(), p.country(), p.titles(), p.aliases(), p.documents().size());
  }

  private void indexPerson(ResolvedPerson rp) {
    reportsByPerson.put(rp.id(), List.copyOf(rp.documents()));
    for (String reportId : rp.documents()) {
      Reading r = readings.get(reportId);
      for (Person p : r.persons()) {
        boolean same =
            rp.aliases().contains(p.name())
                || p.mentions().stream().map(Mention::text).anyMatch(rp.aliases()::contains);
        if (same) {
          personIds.computeIfAbsent(reportId, k -> new HashMap<>()).putIfAbsent(p.name(), rp.id());
        }
      }
    }
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
        r.events().size());
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

  private EventRecord eventRecord(Reading r, int index, Event e) {
    String text = texts.getOrDefault(r.id(), "");
    String evidence =
        e.evidence() != null && e.evidence().end() <= text.length() ? e.evidence().of(text) : null;
    return new EventRecord(
        r.id() + "-" + index,
        r.id(),
        r.meta().title(),
        e.type(),
        e.cameo(),
        e.date(),
        dayOf(e.date(), r.meta().published()),
        e.location() == null ? null : e.location().name(),
        e.location() == null ? null : e.location().country(),
        e.participants().stream().map(p -> participant(r, p)).toList(),
        e.countries(),
        e.name(),
        e.status(),
        e.evidence(),
        evidence);
  }

  private EventParticipant participant(Reading r, Participant p) {
    Person person =
        r.persons().stream()
            .filter(
                x ->
                    x.name().equals(p.name())
                        || x.mentions().stream().anyMatch(m -> m.text().equals(p.name())))
            .findFirst()
            .orElse(null);
    if (person == null) {
      return new EventParticipant(p.name(), p.role(), null, null, List.of());
    }
    return new EventParticipant(
        p.name(),
        p.role(),
        personId(r.id(), person.name()).orElse(null),
        person.country(),
        person.titles());
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
