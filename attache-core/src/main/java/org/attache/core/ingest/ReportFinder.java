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
 * walked for report files ({@code .txt}), in name order, skipping hidden files.
 *
 * <p>Example: {@code ReportFinder.find(List.of(Path.of("examples")))}
 */
public final class ReportFinder {
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

  static boolean isReportFile(Path p) {
    String name = p.getFileName().toString();
    return !name.startsWith(".") && name.toLowerCase(Locale.ROOT).endsWith(".txt");
  }
}
