package org.attache.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.export.CsvExport;
import org.attache.core.export.GraphmlExport;
import org.attache.core.export.JsonlExport;
import org.attache.core.export.PloverExport;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Resolution;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;

/** {@code attache export --db FILE --format jsonl|csv|graphml|plover --out DIR}. */
@Command(
    mixinStandardHelpOptions = true,
    name = "export",
    description = "Export the knowledge base (documents, persons, events).")
public final class ExportCommand implements Callable<Integer> {
  enum Format {
    jsonl,
    csv,
    graphml,
    plover
  }

  @Mixin DatabaseOption db;

  @Option(
      names = "--format",
      defaultValue = "jsonl",
      description = "Export format: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      required = true,
      description = "Folder to write the export into (created if missing).")
  Path out;

  @Override
  public Integer call() throws Exception {
    try (KnowledgeBase kb = db.open()) {
      ExportSource source = ExportSource.of(kb);
      List<Reading> readings = source.readings();
      Map<String, String> texts = source.texts();
      Resolution resolution = source.resolution();
      switch (format) {
        case jsonl -> new JsonlExport().write(out, readings, resolution, texts);
        case csv -> new CsvExport().write(out, resolution, texts);
        case graphml -> new GraphmlExport().write(out, resolution);
        case plover -> new PloverExport().write(out, readings, resolution, texts);
      }
      System.err.printf(
          "Exported %d documents, %d persons and %d events to %s.%n",
          readings.size(), resolution.persons().size(), resolution.occurrences().size(), out);
      return 0;
    }
  }
}
