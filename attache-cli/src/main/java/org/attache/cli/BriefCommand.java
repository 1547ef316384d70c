package org.attache.cli;

import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.brief.Brief;
import org.attache.core.brief.BriefBuilder;
import org.attache.core.brief.BriefHtml;
import org.attache.core.brief.BriefMarkdown;
import org.attache.core.read.Reading;
import org.attache.core.resolve.Resolution;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache brief AZ PK --db F [--from 2020] [--to 2024] --format html|md|pdf [--out F]}. */
@Command(
    mixinStandardHelpOptions = true,
    name = "brief",
    description = "Write a brief of the defence relationship of two states, every statement cited.")
public final class BriefCommand implements Callable<Integer> {
  enum Format {
    html,
    md,
    pdf
  }

  @Parameters(
      index = "0",
      paramLabel = "STATE",
      converter = StateArgument.class,
      description = "First state: ISO 3166-1 alpha-2 (AZ) or name (Azerbaijan).")
  String a;

  @Parameters(
      index = "1",
      paramLabel = "OTHER",
      converter = StateArgument.class,
      description = "Second state: ISO 3166-1 alpha-2 (PK) or name (Pakistan).")
  String b;

  @Mixin DatabaseOption db;

  @Option(
      names = "--from",
      converter = DateBound.Converter.class,
      description = "First year covered (2020).")
  DateBound from;

  @Option(names = "--to", converter = DateBound.Converter.class, description = "Last year covered.")
  DateBound to;

  @Option(
      names = "--format",
      defaultValue = "html",
      description = "Output: ${COMPLETION-CANDIDATES} (default: ${DEFAULT-VALUE}).")
  Format format;

  @Option(
      names = "--out",
      description = "File to write (default: standard output; required for pdf).")
  Path out;

  @Override
  public Integer call() throws Exception {
    for (DateBound bound : Arrays.asList(from, to)) {
      if (bound != null && !bound.isYear()) {
        throw new UsageError(
            "a brief covers whole years, not "
                + bound.value()
                + ". Give a year, e.g. --from 2021.");
      }
    }
    if (format == Format.pdf && out == null) {
      throw new UsageError("a PDF needs a file: add --out brief.pdf.");
    }
    Brief brief;
    try (KnowledgeBase kb = db.open()) {
      List<Reading> readings = kb.readings();
      Map<String, String> texts = new HashMap<>();
      readings.forEach(r -> texts.put(r.id(), kb.text(r.id()).orElse("")));
      kb.resolve();
      Resolution resolution = kb.resolution();
      brief =
          new BriefBuilder(readings, resolution, texts)
              .build(a, b, from == null ? null : from.year(), to == null ? null : to.year());
    }
    switch (format) {
      case html -> emit(new BriefHtml(BriefHtml.Chart.SVG).render(brief));
      case md -> emit(new BriefMarkdown().render(brief));
      case pdf -> BriefPdf.write(new BriefHtml(BriefHtml.Chart.PNG).render(brief), out);
    }
    System.err.printf(
        "Brief of %s and %s: %s%s.%n",
        brief.aName(),
        brief.bName(),
        DyadCommand.summary(brief.sources()),
        out == null ? "" : ", written to " + out);
    return 0;
  }

  private void emit(String text) throws java.io.IOException {
    if (out == null) {
      System.out.print(text);
    } else {
      Files.writeString(out, text, StandardCharsets.UTF_8);
    }
  }
}
