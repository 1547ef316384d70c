package org.attache.core.ingest;

import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.stream.Stream;

/**
 * Turns the paths a user gives into the report files to read: a file is taken as it is; a folder is
 * walked for report files ({@link #KINDS}), in name order, skipping hidden files. The names only
 * choose the files; what each holds is told from its content when it is read.
 *
 * <p>Example: {@code ReportFinder.find(List.of(Path.of("examples")))}
 */
public final class ReportFinder {
  /** The file names a folder is searched for, as a user reads them. */
  public static final String KINDS =
      "*.txt, *.html, *.htm, *.jsonl, *.ndjson, *.rss, *.atom, *.xml, *.warc, each optionally"
          + " .gz";

  private static final List<String> ENDINGS =
      List.of(
          ".txt", ".text", ".html", ".htm", ".xhtml", ".jsonl", ".ndjson", ".rss", ".atom", ".xml",
          ".warc");

  private ReportFinder() {}

  /**
   * @return the files to read; a path that does not exist is returned too, so that the loader
   *     reports it
   */
  public static List<Path> find(List<Path> paths) {
    List<Path> out = new ArrayList<>();
    for (Path p : paths) {
      if (Files.isDirectory(p)) {
        out.addAll(walk(p));
      } else {
        out.add(p);
      }
    }
    return out;
  }

  private static List<Path> walk(Path dir) {
    try (Stream<Path> s = Files.walk(dir)) {
      return s.filter(Files::isRegularFile).filter(ReportFinder::isReportFile).sorted().toList();
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot list " + dir + ": " + e.getMessage(), e);
    }
  }

  /** True for a file whose name says it may hold reports (hidden files never do). */
  public static boolean isReportFile(Path p) {
    String name = p.getFileName().toString().toLowerCase(Locale.ROOT);
    if (name.startsWith(".")) {
      return false;
    }
    String bare = name.endsWith(".gz") ? name.substring(0, name.length() - 3) : name;
    return ENDINGS.stream().anyMatch(bare::endsWith);
  }
}
