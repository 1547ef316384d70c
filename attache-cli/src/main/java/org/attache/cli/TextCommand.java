package org.attache.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache text FILE...}: prints the text Attaché reads from each report, e.g. a web page's
 * main text laid out as a text report (headline, byline and date lines, paragraphs). No models, no
 * database.
 */
@Command(
    name = "text",
    description =
        "Print the text Attaché reads from each file: a web page's main text, each item of a"
            + " dump, feed or archive.")
public final class TextCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description = "Text reports, web pages, JSON Lines dumps, RSS/Atom feeds, WARC archives.")
  List<Path> files;

  @Option(
      names = "--max-size",
      description = "Largest single report to read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize = ReportLoader.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() {
    ReportLoader loader = new ReportLoader(maxSize);
    int[] counts = new int[2]; // reports, problems
    for (Path f : files) {
      loader.loadAll(f, r -> print(r, counts));
    }
    return counts[1] == 0 ? 0 : 1;
  }

  private void print(LoadResult r, int[] counts) {
    if (!r.ok()) {
      counts[1]++;
      System.err.println("attache: " + r.problem());
      return;
    }
    // A header between reports only when there is more than one to tell apart.
    if (counts[0]++ > 0 || files.size() > 1 || r.source().path().contains("#")) {
      System.out.println("==> " + r.source().path() + " <==");
    }
    System.out.print(r.source().text());
    if (!r.source().text().endsWith("\n")) {
      System.out.println();
    }
  }
}
