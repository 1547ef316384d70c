package org.attache.cli;

import java.io.PrintWriter;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/**
 * {@code attache text FILE...}: prints the text Attaché reads from each report, e.g. a web page's
 * main text laid out as a text report (headline, byline and date lines, paragraphs), loaded as
 * {@code analyze} loads it; with {@code --body} only the article's own text, which {@code
 * .ci/html-bench} scores. No models, no database.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "text",
    description =
        "Print the text Attaché reads from each file: a web page's main text, each item of a"
            + " dump, feed or archive.")
public final class TextCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "FILE",
      arity = "1..*",
      description =
          "Text reports, web pages, JSON Lines dumps, RSS/Atom feeds, WARC archives, or folders"
              + " of them.")
  List<Path> files;

  @Option(
      names = "--max-size",
      description = "Largest single report to read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize = ReportLoader.DEFAULT_MAX_BYTES;

  @Option(
      names = "--body",
      description =
          "Only the article's own text: without the headline, byline and date lines laid out"
              + " above it from a page's markup.")
  boolean body;

  @Spec CommandSpec spec;

  private boolean many;

  @Override
  public Integer call() {
    ReportLoader loader = new ReportLoader(maxSize);
    int[] counts = new int[2]; // reports, problems
    List<Path> all = ReportFinder.find(files);
    many = all.size() > 1;
    for (Path f : all) {
      loader.loadAll(f, r -> print(r, counts));
    }
    return counts[1] == 0 ? 0 : 1;
  }

  private void print(LoadResult r, int[] counts) {
    PrintWriter out = spec.commandLine().getOut();
    if (!r.ok()) {
      counts[1]++;
      spec.commandLine().getErr().println("attache: " + r.problem());
      return;
    }
    // A header between reports only when there is more than one to tell apart.
    if (counts[0]++ > 0 || many || r.source().path().contains("#")) {
      out.println("==> " + r.source().path() + " <==");
    }
    String text = body ? r.source().articleText() : r.source().text();
    out.print(text);
    if (!text.endsWith("\n")) {
      out.println();
    }
    out.flush();
  }
}
