package org.attache.cli;

import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.ReadingJson;
import org.attache.core.read.ReportReader;
import picocli.CommandLine.Command;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache read FILE}: one report's reading as JSON, no database needed. */
@Command(
    mixinStandardHelpOptions = true,
    name = "read",
    description = "Print one report's reading (metadata, persons, states, dates) as JSON.")
public final class ReadCommand implements Callable<Integer> {
  @Parameters(paramLabel = "FILE", description = "A report: a UTF-8 text file or a saved web page.")
  Path file;

  @Option(
      names = "--max-size",
      description = "Largest report file to read, in bytes (default: ${DEFAULT-VALUE}).")
  long maxSize = ReportLoader.DEFAULT_MAX_BYTES;

  @Override
  public Integer call() throws Exception {
    // A dump, feed or archive holds many reports: this command reads the first.
    List<LoadResult> all = new ReportLoader(maxSize).loadAll(file);
    LoadResult loaded = all.stream().filter(LoadResult::ok).findFirst().orElse(all.get(0));
    if (!loaded.ok()) {
      System.err.println("attache: " + loaded.problem());
      return 1;
    }
    var reading = ReportReader.standard().read(loaded.source());
    System.out.println(
        ReadingJson.MAPPER.writerWithDefaultPrettyPrinter().writeValueAsString(reading));
    return 0;
  }
}
