package org.attache.server;

import java.time.Duration;
import java.util.List;
import java.util.Optional;
import java.util.function.LongSupplier;
import java.util.function.Supplier;
import org.attache.core.Problem;
import org.attache.core.query.SourceCount;

/**
 * A catalog that reads the knowledge base again when it has changed, so reports analysed while the
 * server runs appear without a restart. At most once per interval, on a request, it asks for the
 * store's version (a cheap count); when that differs it loads a new catalog and swaps it in.
 * Requests meanwhile keep answering from the previous one.
 *
 * <p>Example: {@code new ReloadingCatalog(() -> load(db), () -> count(db), Duration.ofSeconds(5))}
 */
public final class ReloadingCatalog implements Catalog {
  private final Supplier<Catalog> loader;
  private final LongSupplier version;
  private final long intervalNanos;
  private volatile Catalog current;
  private volatile long seenVersion;
  private volatile long checkedAt;

  /**
   * @param loader reads the whole catalog
   * @param version a number that changes when the store does (e.g. reports plus problems)
   * @param interval how long an answer may be stale
   */
  public ReloadingCatalog(Supplier<Catalog> loader, LongSupplier version, Duration interval) {
    this.loader = loader;
    this.version = version;
    this.intervalNanos = interval.toNanos();
    this.seenVersion = version.getAsLong();
    this.current = loader.get();
    this.checkedAt = System.nanoTime();
  }

  private Catalog current() {
    if (System.nanoTime() - checkedAt >= intervalNanos) {
      synchronized (this) {
        if (System.nanoTime() - checkedAt >= intervalNanos) {
          refresh();
        }
      }
    }
    return current;
  }

  /**
   * Runs a write to the store under this catalog's lock, then reads the catalog again, so the next
   * request sees what was written.
   */
  public <T> T afterWrite(Supplier<T> write) {
    synchronized (this) {
      T out = write.get();
      current = loader.get();
      seenVersion = version.getAsLong();
      checkedAt = System.nanoTime();
      return out;
    }
  }

  private void refresh() {
    try {
      long v = version.getAsLong();
      if (v != seenVersion) {
        current = loader.get();
        seenVersion = v;
      }
    } catch (RuntimeException e) {
      // The store is busy (an analysis is writing) or gone: keep answering from what was read.
      System.err.println("attache serve: could not check the knowledge base: " + e.getMessage());
    } finally {
      checkedAt = System.nanoTime();
    }
  }

  @Override
  public Page<ReportSummary> reports(ReportFilter filter, PageRequest page) {
    return current().reports(filter, page);
  }

  @Override
  public Optional<ReportDetail> report(String id) {
    return current().report(id);
  }

  @Override
  public Page<PersonSummary> persons(PersonFilter filter, PageRequest page) {
    return current().persons(filter, page);
  }

  @Override
  public Optional<PersonDetail> person(String id) {
    return current().person(id);
  }

  @Override
  public Page<EventRecord> events(EventFilter filter, PageRequest page) {
    return current().events(filter, page);
  }

  @Override
  public Optional<EventRecord> event(String id) {
    return current().event(id);
  }

  @Override
  public SourceCount sources(List<EventRecord> events) {
    return current().sources(events);
  }

  @Override
  public List<Problem> problems() {
    return current().problems();
  }

  @Override
  public List<String> states() {
    return current().states();
  }
}
