package org.attache.cli;

import java.io.IOException;
import java.nio.file.FileSystems;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.StandardWatchEventKinds;
import java.nio.file.WatchEvent;
import java.nio.file.WatchKey;
import java.nio.file.WatchService;
import java.time.Duration;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.TimeUnit;
import org.attache.core.ingest.ReportFinder;

/**
 * Watches one folder for report files that arrive in it. A file counts as arrived once it has
 * stopped changing for a short quiet time, so that a file still being copied is not read half
 * written. Files whose names are not reports (and hidden files, e.g. a copy's temporary name) are
 * ignored.
 *
 * <p>Example: {@code try (FolderWatch w = new FolderWatch(dir, Duration.ofMillis(500))) {
 * w.next(Duration.ofSeconds(5)); }}
 */
final class FolderWatch implements AutoCloseable {
  private final Path dir;
  private final Duration quiet;
  private final WatchService service;
  private final Map<Path, Long> pending = new HashMap<>();

  FolderWatch(Path dir, Duration quiet) throws IOException {
    this.dir = dir;
    this.quiet = quiet;
    this.service = FileSystems.getDefault().newWatchService();
    dir.register(
        service, StandardWatchEventKinds.ENTRY_CREATE, StandardWatchEventKinds.ENTRY_MODIFY);
  }

  /**
   * Waits up to {@code timeout} for files that arrived and settled; returns them in name order,
   * possibly none.
   */
  List<Path> next(Duration timeout) throws InterruptedException {
    long deadline = System.nanoTime() + timeout.toNanos();
    while (true) {
      List<Path> settled = settled();
      long left = deadline - System.nanoTime();
      if (!settled.isEmpty() || left <= 0) {
        return settled;
      }
      long wait = Math.min(left, pending.isEmpty() ? left : quiet.toNanos() / 2);
      WatchKey key = service.poll(Math.max(1, wait), TimeUnit.NANOSECONDS);
      if (key != null) {
        for (WatchEvent<?> event : key.pollEvents()) {
          if (event.context() instanceof Path name) {
            Path file = dir.resolve(name);
            if (ReportFinder.isReportFile(file)) {
              pending.put(file, System.nanoTime());
            }
          }
        }
        key.reset();
      }
    }
  }

  private List<Path> settled() {
    long now = System.nanoTime();
    List<Path> out = new ArrayList<>();
    pending
        .entrySet()
        .removeIf(
            e -> {
              if (now - e.getValue() < quiet.toNanos()) {
                return false;
              }
              if (Files.isRegularFile(e.getKey())) {
                out.add(e.getKey());
              }
              return true;
            });
    out.sort(null);
    return out;
  }

  @Override
  public void close() throws IOException {
    service.close();
  }
}
