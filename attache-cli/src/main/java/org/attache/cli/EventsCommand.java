package org.attache.cli;

import java.io.PrintStream;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.core.events.EventType;
import org.attache.core.export.JsonlExport;
import org.attache.core.query.EventFilter;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/**
 * {@code attache events --db F [--state AZ] [--with PK] [--type MEETING] [--from 2021] [--to 2024]
 * [--person Hasanov] [--format table|json|csv]}: the occurrences in the knowledge base, one row
 * each, with analysts' corrections applied.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "events",
    description = "List occurrences (events across reports) with filters, as a table, JSON or CSV.")
public final class EventsCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    csv
  }

  private static final int EVIDENCE_WIDTH = 80;

  @Mixin DatabaseOption db;

  @Option(
      names = "--state",
      converter = StateArgument.class,
      description = "A state taking part: ISO alpha-2 (AZ) or name (Azerbaijan).")
  String state;

  @Option(
      names = "--with",
      converter = StateArgument.class,
      description = "Another state taking part: ISO alpha-2 (PK) or name.")
  String with;

  @Option(names = "--type", description = "${COMPLETION-CANDIDATES}.")
  EventType type;

  @Option(
      names = "--from",
      converter = DateBound.Converter.class,
      description = "First year, month or day: 2021, 2021-05, 2021-05-14.")
  DateBound from;

  @Option(
      names = "--to",
      converter = DateBound.Converter.class,
      description = "Last year, month or day.")
  DateBound to;

  @Option(names = "--person", description = "A person taking part: a name or part of one.")
  String person;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      kb.resolve();
      List<Occurrence> events =
          kb
              .queries()
              .events(
                  new EventFilter(
                      state,
                      with,
                      type == null ? null : type.name(),
                      from == null ? null : from.year(),
                      to == null ? null : to.year(),
                      person))
              .stream()
              .filter(o -> from == null || from.allowsFrom(o.date()))
              .filter(o -> to == null || to.allowsTo(o.date()))
              .toList();
      PrintStream out = System.out;
      switch (format) {
        case json -> {
          Map<String, String> texts = new java.util.HashMap<>();
          for (Occurrence o : events) {
            o.reports()
                .forEach(r -> texts.computeIfAbsent(r.document(), d -> kb.text(d).orElse("")));
          }
          events.forEach(o -> out.println(ReadingJson.toJson(JsonlExport.occurrence(o, texts))));
        }
        case csv -> {
          out.println("id,date,type,states,participants,place,reports,independent_sources");
          events.forEach(o -> out.println(csv(o)));
        }
        default -> table(kb, events, out);
      }
      return 0;
    }
  }

  private static void table(KnowledgeBase kb, List<Occurrence> events, PrintStream out) {
    Table table =
        new Table("DATE", "TYPE", "STATES", "PARTICIPANTS", "PLACE", "SOURCES", "EVIDENCE")
            .cutAt(EVIDENCE_WIDTH);
    for (Occurrence o : events) {
      table.row(
          OccurrenceCells.date(o),
          OccurrenceCells.type(o),
          String.join(" ", o.countries()),
          names(o),
          place(o),
          o.reports().size() + " (" + o.independentSources() + " indep.)",
          evidence(kb, o));
    }
    table.print(out);
    out.printf("%d occurrences.%n", events.size());
  }

  private static String names(Occurrence o) {
    return o.participants().stream()
        .map(OccurrenceParticipant::name)
        .collect(Collectors.joining(", "));
  }

  private static String place(Occurrence o) {
    return o.location() == null ? "-" : o.location().name() + " (" + o.location().country() + ")";
  }

  private static String evidence(KnowledgeBase kb, Occurrence o) {
    if (o.reports().isEmpty() || o.reports().get(0).evidence() == null) {
      return "";
    }
    String text = kb.text(o.reports().get(0).document()).orElse("");
    var span = o.reports().get(0).evidence();
    return span.end() > text.length() ? "" : span.of(text).replaceAll("\\s+", " ").strip();
  }

  private static String csv(Occurrence o) {
    return String.join(
        ",",
        quote(o.id()),
        quote(o.date()),
        quote(o.type().name()),
        quote(String.join(" ", o.countries())),
        quote(names(o)),
        quote(o.location() == null ? null : place(o)),
        String.valueOf(o.reports().size()),
        String.valueOf(o.independentSources()));
  }

  private static String quote(String s) {
    return s == null ? "" : "\"" + s.replace("\"", "\"\"") + "\"";
  }
}
