package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.read.Reading;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/** {@code attache events --db FILE}: a readable table of the events in the knowledge base. */
@Command(
    name = "events",
    description = "List events with their dates, types, states, persons, places and evidence.")
public final class EventsCommand implements Callable<Integer> {
  private static final int EVIDENCE_WIDTH = 80;

  @Option(
      names = "--db",
      defaultValue = "attache.db",
      description = "SQLite file or jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      List<Reading> readings = kb.readings();
      Table table =
          new Table("DATE", "TYPE", "STATES", "PARTICIPANTS", "PLACE", "EVIDENCE")
              .cutAt(EVIDENCE_WIDTH);
      int events = 0;
      for (Reading r : readings) {
        String text = kb.text(r.id()).orElse("");
        for (Event e : r.events()) {
          events++;
          table.row(
              e.date() == null ? "-" : e.date(),
              e.type().name() + (e.status() == EventStatus.PLANNED ? "?" : ""),
              String.join(" ", e.countries()),
              e.participants().stream().map(p -> p.name()).collect(Collectors.joining(", ")),
              e.location() == null
                  ? "-"
                  : e.location().name() + " (" + e.location().country() + ")",
              evidence(text, e));
        }
      }
      table.print(System.out);
      System.out.printf("%d events in %d reports (TYPE? = planned).%n", events, readings.size());
      return 0;
    }
  }

  private static String evidence(String text, Event e) {
    if (e.evidence().end() > text.length()) {
      return "";
    }
    String s = e.evidence().of(text).replaceAll("\\s+", " ").strip();
    return s.length() > EVIDENCE_WIDTH ? s.substring(0, EVIDENCE_WIDTH - 1) + "…" : s;
  }
}
