package org.attache.store;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Resolution;

/**
 * Adding reports one batch at a time, resolving after each, gives the same persons and occurrences
 * as resolving everything at once: the incremental path never needs the whole base rebuilt.
 */
class IncrementalResolutionPropertiesTest {
  private static final List<String> NAMES =
      List.of("Rashad Aliyev", "Aliyev", "Omar Siddiqui", "O. Siddiqui", "Farid Nasirli");
  private static final List<String> DATES =
      List.of("2023-10-28", "XXXX-10-28", "2023-10", "2022-05", "2014-WI");

  private record Item(SourceText source, Reading reading) {}

  @Property(tries = 25)
  void resolvingBatchByBatchEqualsResolvingEverything(
      @ForAll("reports") List<List<Event>> reports, @ForAll("cuts") List<Integer> cuts)
      throws IOException {
    List<Item> items = new ArrayList<>();
    for (int i = 0; i < reports.size(); i++) {
      items.add(item(i, reports.get(i)));
    }
    Path db = Files.createTempFile("kb-prop", ".db");
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      for (int i = 0; i < items.size(); i++) {
        kb.save(items.get(i).source(), items.get(i).reading());
        if (cuts.contains(i)) {
          kb.resolve();
        }
      }
      kb.resolve();
      Map<String, String> texts = new HashMap<>();
      items.forEach(it -> texts.put(it.source().id(), it.source().text()));
      Resolution full = Resolution.of(items.stream().map(Item::reading).toList(), texts);
      Resolution stored = kb.resolution();
      assertThat(stored.occurrences()).isEqualTo(full.occurrences());
      assertThat(stored.persons()).containsExactlyInAnyOrderElementsOf(full.persons());
    } finally {
      for (String suffix : List.of("", "-wal", "-shm")) {
        Files.deleteIfExists(Path.of(db + suffix));
      }
    }
  }

  @Provide
  Arbitrary<List<Integer>> cuts() {
    return Arbitraries.integers().between(0, 7).list().ofMaxSize(3);
  }

  @Provide
  Arbitrary<List<List<Event>>> reports() {
    Arbitrary<Event> events =
        Combinators.combine(
                Arbitraries.of(EventType.MEETING, EventType.VISIT),
                Arbitraries.of(DATES).injectNull(0.2),
                Arbitraries.of(NAMES).list().ofMaxSize(2).uniqueElements(),
                Arbitraries.of(List.of("AZ", "PK"), List.of("AZ", "TR")))
            .as(IncrementalResolutionPropertiesTest::event);
    return events.list().ofMinSize(1).ofMaxSize(3).list().ofMinSize(1).ofMaxSize(8);
  }

  private static Event event(EventType type, String date, List<String> names, List<String> states) {
    List<Participant> ps = names.stream().map(n -> new Participant(n, "participant")).toList();
    return new Event(
        type, type.cameo(), date, null, ps, states, null, EventStatus.HAPPENED, new Span(0, 4));
  }

  private static Item item(int i, List<Event> events) {
    String text = "Report number " + i + " on defence talks between the ministries.";
    SourceText s =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES)
            .decode("r" + i + ".txt", text.getBytes())
            .source();
    List<Person> persons =
        events.stream()
            .flatMap(e -> e.participants().stream())
            .map(Participant::name)
            .distinct()
            .map(
                n ->
                    new Person(
                        n,
                        n.contains("Siddiqui") ? "PK" : "AZ",
                        List.of("Minister"),
                        List.of(new Mention(new Span(0, 4), n))))
            .toList();
    Reading r =
        new Reading(
            s.id(),
            s.path(),
            s.sha256(),
            ReportMeta.EMPTY,
            List.of(new TextBlock(new Span(0, text.length()), BlockRole.BODY)),
            List.of(),
            List.of(),
            List.of(),
            persons,
            events,
            "v1");
    return new Item(s, r);
  }
}
