package org.attache.server;

import java.nio.charset.StandardCharsets;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.Problem;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.read.ReportReader;
import org.attache.store.KnowledgeBase;

/**
 * The test reports read by the real {@link ReportReader} into a knowledge base file. The event
 * reader lands on another branch, so each report gets the event its text states here, pinned to the
 * sentence the reader found that holds a phrase of it.
 */
final class AnalysedReports {
  private record Stated(
      String text, EventType type, String date, String phrase, List<String> states) {}

  private static final List<Stated> REPORTS =
      List.of(
          new Stated(
              TestReports.TALKS,
              EventType.MEETING,
              "2023-10-28",
              "met General",
              List.of("AZ", "PK")),
          new Stated(
              TestReports.DRILL,
              EventType.EXERCISE,
              "2021-05-12",
              "two-week exercise",
              List.of("AZ", "PK")),
          new Stated(
              TestReports.ACCORD,
              EventType.AGREEMENT,
              "2022-03-03",
              "signed a military",
              List.of("TR", "UZ")),
          new Stated(
              TestReports.HOSTILE, EventType.MEETING, null, "staff talks", List.of("AZ", "PK")));

  private AnalysedReports() {}

  /** Reads the reports, stores them in {@code db} and returns the catalog over it. */
  static Catalog into(Path db) {
    ReportReader reader = ReportReader.standard();
    ReportLoader loader = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES);
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      int n = 0;
      for (Stated s : REPORTS) {
        SourceText source =
            loader
                .decode("report-" + n++ + ".txt", s.text().getBytes(StandardCharsets.UTF_8))
                .source();
        Reading read = reader.read(source);
        kb.save(source, withEvent(read, source.text(), s));
      }
      kb.saveProblem(new Problem("scans/page-7.txt", "load", "is binary (a PDF?), not text"));
      return KnowledgeBaseCatalog.load(kb);
    }
  }

  private static Reading withEvent(Reading r, String text, Stated s) {
    int at = text.indexOf(s.phrase());
    Span evidence =
        r.sentences().stream()
            .filter(x -> x.contains(at))
            .findFirst()
            .orElseGet(() -> TestReports.sentence(text, s.phrase()));
    List<Participant> participants = new ArrayList<>();
    for (Person p : r.persons()) {
      if (p.mentions().stream().anyMatch(m -> evidence.contains(m.span().start()))) {
        participants.add(new Participant(p.name(), "participant"));
      }
    }
    Event e =
        new Event(
            s.type(),
            s.type().cameo(),
            s.date(),
            null,
            participants,
            s.states(),
            null,
            EventStatus.HAPPENED,
            evidence);
    return new Reading(
        r.id(),
        r.path(),
        r.sha256(),
        r.meta(),
        r.blocks(),
        r.sentences(),
        r.states(),
        r.times(),
        r.persons(),
        List.of(e),
        r.pipelineVersion());
  }
}
