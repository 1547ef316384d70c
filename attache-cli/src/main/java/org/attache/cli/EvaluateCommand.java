package org.attache.cli;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.io.OutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.core.evaluate.Evaluation;
import org.attache.core.evaluate.EvaluationHtml;
import org.attache.core.evaluate.Gold;
import org.attache.core.evaluate.Prediction;
import org.attache.core.evaluate.Scorer;
import org.attache.core.export.JsonlExport;
import org.attache.core.read.ReadingJson;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.ArgGroup;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;

/**
 * {@code attache evaluate --gold DIR... (--db DB | --pred EXPORT_DIR) [--misses] [--format
 * table|json|html] [--out FILE]}: the figures of {@code ../shared/corpus/score.py}, computed alike.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "evaluate",
    description = {
      "Score the knowledge base (or its jsonl export) against analysts' gold files"
          + " (NAME.gold.json beside NAME.txt): events loose and strict, per type, dates and"
          + " places, persons, their states and titles, metadata, and merging across reports;"
          + " the figures of the corpus scorer score.py. See docs/EVALUATE.md."
    })
public final class EvaluateCommand implements Callable<Integer> {
  enum Format {
    table,
    json,
    html
  }

  @Option(
      names = "--gold",
      required = true,
      paramLabel = "DIR",
      description = "A folder of gold files (NAME.gold.json); repeat for several.")
  List<Path> gold;

  @ArgGroup(exclusive = true, multiplicity = "1")
  Predictions predictions;

  /** What is scored: a knowledge base, or a folder an export wrote. */
  static final class Predictions {
    @Option(
        names = "--db",
        paramLabel = "DB",
        description =
            "Score this knowledge base (SQLite file or jdbc:postgresql:// URL) as exported.")
    String db;

    @Option(
        names = "--pred",
        paramLabel = "EXPORT_DIR",
        description = "Score the folder `attache export --format jsonl --out DIR` wrote.")
    Path pred;
  }

  @Option(
      names = "--misses",
      description = "Also list every missed (gold, not found) and extra (found, not gold) event.")
  boolean misses;

  @Option(
      names = "--format",
      defaultValue = "table",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      paramLabel = "FILE",
      description = "Write the output to this file instead of standard output.")
  Path out;

  @Override
  public Integer call() throws IOException {
    Gold g;
    Prediction pred;
    try {
      g = Gold.read(gold);
      g.problems().forEach(p -> System.err.println("attache: skipped " + p));
      if (g.reports().isEmpty()) {
        throw new UsageError("no gold file could be used: fix the files named above.");
      }
      pred = predictions.pred != null ? Prediction.read(predictions.pred) : fromDatabase();
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    Evaluation e = new Scorer().score(g, pred);
    if (out != null) {
      Path parent = out.toAbsolutePath().getParent();
      if (parent != null) {
        Files.createDirectories(parent);
      }
      try (OutputStream file = Files.newOutputStream(out);
          PrintStream print = new PrintStream(file, false, StandardCharsets.UTF_8)) {
        write(e, print);
      }
      System.err.printf("Wrote the evaluation of %d reports to %s.%n", e.documents(), out);
    } else {
      write(e, System.out);
      System.out.flush();
    }
    return g.problems().isEmpty() ? 0 : 1;
  }

  /** The database's jsonl export, made in memory as {@code attache export} makes it. */
  private Prediction fromDatabase() {
    try (KnowledgeBase kb = DatabaseOption.of(predictions.db).open()) {
      ExportSource source = ExportSource.of(kb);
      JsonlExport.Records r =
          JsonlExport.records(source.readings(), source.resolution(), source.texts());
      return Prediction.of(r.documents(), r.persons(), r.events());
    }
  }

  private void write(Evaluation e, PrintStream print) {
    switch (format) {
      case json -> print.println(pretty(misses ? e.figuresWithMisses() : e.figures()));
      case html -> print.print(new EvaluationHtml().render(e, against(), misses));
      case table -> table(e, print);
    }
  }

  private static String pretty(JsonNode json) {
    try {
      return ReadingJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(json);
    } catch (JsonProcessingException ex) {
      throw new IllegalStateException(ex);
    }
  }

  private String against() {
    return gold.stream().map(Path::toString).collect(Collectors.joining(", "));
  }

  private void table(Evaluation e, PrintStream print) {
    print.printf("Evaluation against %d gold reports (%s)%n%n", e.documents(), against());
    measures(print, "measure", e.measures());
    print.println();
    Table shares = new Table("share", "value");
    e.shares().forEach(s -> shares.row(s.label(), Evaluation.show(s.value())));
    shares.print(print);
    print.println();
    measures(print, "events by type (loose)", e.byType());
    if (misses) {
      print.printf("%nMissed and extra events: %d%n", e.misses().size());
      for (Evaluation.Miss m : e.misses()) {
        print.printf(
            "%s  %s  %s  %s  %s%n    %s%n",
            m.kind() == Evaluation.Miss.Kind.MISSED ? "missed" : "extra ",
            m.report(),
            m.type(),
            m.date() == null ? "no date" : m.date(),
            String.join(" ", m.countries().stream().map(String::valueOf).toList()),
            m.evidence() == null ? "(no evidence sentence)" : m.evidence());
      }
    }
  }

  private static void measures(PrintStream print, String head, List<Evaluation.Measure> rows) {
    Table t = new Table(head, "P", "R", "F1", "TP", "FP", "FN");
    for (Evaluation.Measure m : rows) {
      if (m.prf() == null) {
        t.row(m.label(), "n/a", "", "", "", "", "(nothing to merge)");
      } else {
        t.row(
            m.label(),
            Evaluation.show(m.prf().p()),
            Evaluation.show(m.prf().r()),
            Evaluation.show(m.prf().f1()),
            Integer.toString(m.prf().tp()),
            Integer.toString(m.prf().fp()),
            Integer.toString(m.prf().fn()));
      }
    }
    t.print(print);
  }
}
