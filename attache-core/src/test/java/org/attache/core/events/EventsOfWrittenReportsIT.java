package org.attache.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.stream.Stream;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.Reading;
import org.attache.core.read.ReportReader;
import org.junit.jupiter.api.Test;

/**
 * Reads the project's own written reports (test resources {@code reports/}) end to end, with the
 * language models, and compares their events with the gold beside them by type and states, as
 * score.py's loose match does.
 */
class EventsOfWrittenReportsIT {

  @Test
  void findsTheGoldEventsOfTheWrittenReports() throws IOException {
    Path folder = Path.of("src/test/resources/reports");
    int tp = 0;
    int predicted = 0;
    int gold = 0;
    List<String> misses = new ArrayList<>();
    try (Stream<Path> files = Files.list(folder)) {
      for (Path g : files.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        Path txt = Path.of(g.toString().replace(".gold.json", ".txt"));
        LoadResult loaded = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).load(txt);
        Reading reading = ReportReader.standard().read(loaded.source());
        List<String> found = new ArrayList<>();
        reading.events().forEach(e -> found.add(e.type() + " " + e.countries()));
        predicted += found.size();
        for (JsonNode e : new ObjectMapper().readTree(g.toFile()).get("events")) {
          gold++;
          List<String> states = new ArrayList<>();
          e.get("countries").forEach(c -> states.add(c.asText()));
          String key = e.get("type").asText() + " " + states.stream().sorted().toList();
          if (found.remove(key)) {
            tp++;
          } else {
            misses.add(g.getFileName() + ": " + key);
          }
        }
      }
    }
    double p = predicted == 0 ? 0 : (double) tp / predicted;
    double r = gold == 0 ? 0 : (double) tp / gold;
    double f1 = p + r == 0 ? 0 : 2 * p * r / (p + r);
    System.out.printf("events on written reports: P %.3f R %.3f F1 %.3f%n", p, r, f1);
    misses.forEach(m -> System.out.println("  missed " + m));
    assertThat(f1).isGreaterThanOrEqualTo(0.85);
  }

  @Test
  void aSubjectPronounStandsForTheOfficialTheSentenceBeforeIsAbout() {
    String text =
        "Indian minister visits Viet Nam\n\nNEW DELHI, June 3, 2025 - Indian Defence Minister Arjun"
            + " Mehta arrived in Hanoi on Monday for a three-day visit to Viet Nam. He met his"
            + " Vietnamese counterpart General Tran Van Long on Tuesday.\n";
    var source = new ReportLoader(1 << 20).decode("t.txt", text.getBytes()).source();
    List<org.attache.core.events.Event> meetings =
        ReportReader.standard().read(source).events().stream()
            .filter(e -> e.type() == EventType.MEETING)
            .toList();
    assertThat(meetings).hasSize(1);
    assertThat(meetings.get(0).participants())
        .extracting(Participant::name)
        .contains("Arjun Mehta", "Tran Van Long");
  }
}
