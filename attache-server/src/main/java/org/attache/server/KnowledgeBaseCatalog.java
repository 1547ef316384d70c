package org.attache.server;

import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;
import org.attache.core.Problem;
import org.attache.core.Span;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.query.SourceCount;
import org.attache.core.query.TextQuery;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Resolution;
import org.attache.store.KnowledgeBase;

/**
 * The catalog over a {@link KnowledgeBase}: readings, texts and the store's resolution across
 * reports (resolved persons and occurrences, with analysts' corrections applied, as {@code attache
 * events} and {@code attache export} give them) are read once; queries then run in memory.
 *
 * <p>Example: {@code Catalog c = KnowledgeBaseCatalog.load(KnowledgeBase.open("kb.db"));}
 */
public final class KnowledgeBaseCatalog implements Catalog {
  private final CatalogSnapshot snapshot;
  private final List<Problem> problems;

  private KnowledgeBaseCatalog(CatalogSnapshot snapshot, List<Problem> problems) {
    this.snapshot = snapshot;
    this.problems = List.copyOf(problems);
  }

  /**
   * Brings the store's resolution up to date with the reports saved since (as {@code attache
   * events} does), then reads every report and the corrected resolution; the knowledge base may be
   * closed afterwards.
   */
  public static KnowledgeBaseCatalog load(KnowledgeBase kb) {
    kb.resolve();
    List<Reading> readings = kb.readings();
    Map<String, String> texts = new HashMap<>();
    readings.forEach(r -> kb.text(r.id()).ifPresent(t -> texts.put(r.id(), t)));
    return new KnowledgeBaseCatalog(
        new CatalogSnapshot(readings, texts, kb.resolution()), kb.problems());
  }

  /**
   * A catalog over {@code kb} that reads it again when reports, problems or corrections were added,
   * at most once per {@code interval}. The knowledge base stays open while the catalog is used.
   */
  public static ReloadingCatalog reloading(KnowledgeBase kb, Duration interval) {
    return new ReloadingCatalog(() -> load(kb), () -> version(kb), interval);
  }

  /** Changes when reports, problems or analysts' corrections are added. */
  private static long version(KnowledgeBase kb) {
    return (kb.reportCount() * 1_000_003L + kb.problems().size()) * 1_000_003L
        + kb.corrections().list().size();
  }

  /**
   * A catalog over readings held in memory, with each report's text by id, resolved across reports
   * as the store would (no corrections).
   */
  public static KnowledgeBaseCatalog of(List<Reading> readings, Map<String, String> texts) {
    return new KnowledgeBaseCatalog(
        new CatalogSnapshot(readings, texts, Resolution.of(readings, texts)), List.of());
  }

  @Override
  public Page<ReportSummary> reports(ReportFilter filter, PageRequest page) {
    TextQuery query = filter.q() == null ? null : TextQuery.parse(filter.q());
    Map<String, String> snippets = query == null ? Map.of() : snapshot.snippets(query);
    List<ReportSummary> hits =
        snapshot.reports.values().stream()
            .filter(r -> query == null || snippets.containsKey(r.id()))
            .filter(r -> filter.outlet() == null || filter.outlet().equalsIgnoreCase(r.outlet()))
            .filter(
                r -> filter.state() == null || snapshot.statesOf(r.id()).contains(filter.state()))
            .filter(r -> filter.with() == null || snapshot.statesOf(r.id()).contains(filter.with()))
            .sorted(CatalogSnapshot.NEWEST_REPORT_FIRST)
            .toList();
    Page<ReportSummary> found = Page.of(hits, page);
    if (query == null) {
      return found;
    }
    List<ReportSummary> withMatch =
        found.items().stream().map(r -> r.withMatch(snippets.get(r.id()))).toList();
    return new Page<>(withMatch, found.page(), found.size(), found.total());
  }

  @Override
  public Optional<ReportDetail> report(String id) {
    Reading r = snapshot.readings.get(id);
    if (r == null) {
      return Optional.empty();
    }
    List<EventRecord> events = snapshot.eventsOf(id);
    List<PersonSummary> persons =
        r.persons().stream()
            .map(p -> snapshot.personId(id, p.name()).map(snapshot.persons::get).orElse(null))
            .filter(Objects::nonNull)
            .distinct()
            .toList();
    return Optional.of(
        new ReportDetail(
            snapshot.reports.get(id),
            snapshot.texts.getOrDefault(id, ""),
            ReportHighlights.of(r, events, snapshot::personId),
            events,
            persons));
  }

  @Override
  public Page<PersonSummary> persons(PersonFilter filter, PageRequest page) {
    String q = filter.q() == null ? null : Folding.fold(filter.q());
    List<PersonSummary> hits =
        snapshot.persons.values().stream()
            .filter(p -> filter.state() == null || filter.state().equals(p.country()))
            .filter(
                p -> q == null || p.aliases().stream().anyMatch(a -> Folding.fold(a).contains(q)))
            .toList();
    return Page.of(hits, page);
  }

  @Override
  public Optional<PersonDetail> person(String id) {
    PersonSummary person = snapshot.persons.get(id);
    if (person == null) {
      return Optional.empty();
    }
    List<EventRecord> events =
        events(new EventFilter(null, null, null, null, null, id), PageRequest.ALL).items();
    Map<String, Integer> met = new LinkedHashMap<>();
    events.forEach(
        e ->
            e.participants().stream()
                .map(EventParticipant::personId)
                .filter(p -> p != null && !p.equals(id))
                .distinct()
                .forEach(p -> met.merge(p, 1, Integer::sum)));
    List<PersonSummary> counterparts =
        met.entrySet().stream()
            .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
            .map(e -> snapshot.persons.get(e.getKey()))
            .toList();
    List<Appearance> appearances =
        snapshot.reportsNaming(id).stream()
            .map(snapshot.reports::get)
            .sorted(CatalogSnapshot.NEWEST_REPORT_FIRST)
            .map(r -> appearance(r, id))
            .filter(Objects::nonNull)
            .toList();
    return Optional.of(new PersonDetail(person, appearances, events, counterparts));
  }

  /** How one report names the person, or null when it does not. */
  private Appearance appearance(ReportSummary report, String personId) {
    Reading r = snapshot.readings.get(report.id());
    String text = snapshot.texts.getOrDefault(report.id(), "");
    List<Person> named =
        r.persons().stream()
            .filter(p -> snapshot.personId(r.id(), p.name()).filter(personId::equals).isPresent())
            .toList();
    if (named.isEmpty()) {
      return null;
    }
    List<String> titles = named.stream().flatMap(p -> p.titles().stream()).distinct().toList();
    TreeSet<Integer> sentences = new TreeSet<>();
    for (Person p : named) {
      for (Mention m : p.mentions()) {
        for (int i = 0; i < r.sentences().size(); i++) {
          if (r.sentences().get(i).contains(m.span().start())) {
            sentences.add(i);
          }
        }
      }
    }
    List<Appearance.Quote> quotes = new ArrayList<>();
    for (int i : sentences) {
      Span s = r.sentences().get(i);
      if (s.end() <= text.length()) {
        String said = s.of(text).replaceAll("\\s+", " ").strip();
        quotes.add(new Appearance.Quote("s" + i, s.start(), s.end(), said));
      }
    }
    return new Appearance(report, titles, quotes);
  }

  @Override
  public Page<EventRecord> events(EventFilter filter, PageRequest page) {
    return Page.of(snapshot.events.stream().filter(filter::matches).toList(), page);
  }

  @Override
  public Optional<EventRecord> event(String id) {
    return snapshot.event(id);
  }

  @Override
  public SourceCount sources(List<EventRecord> events) {
    return SourceCount.of(
        events.stream().map(e -> snapshot.occurrence(e.id())).filter(Objects::nonNull).toList(),
        snapshot.reprints,
        snapshot.published);
  }

  @Override
  public List<Problem> problems() {
    return problems;
  }

  @Override
  public List<String> states() {
    return snapshot.states;
  }
}
