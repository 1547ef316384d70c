package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.Duration;
import java.util.List;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.concurrent.atomic.AtomicLong;
import org.junit.jupiter.api.Test;

class ReloadingCatalogTest {
  private final TestReports all = TestReports.standard();
  private final AtomicLong version = new AtomicLong(1);
  private final AtomicInteger loads = new AtomicInteger();

  private Catalog load() {
    loads.incrementAndGet();
    // Version 1 holds the first report only; later versions hold all four.
    return version.get() == 1
        ? KnowledgeBaseCatalog.of(List.of(all.readings.get(0)), all.texts)
        : all.catalog();
  }

  @Test
  void picksUpNewReportsOnceTheStoreChanges() {
    ReloadingCatalog c = new ReloadingCatalog(this::load, version::get, Duration.ZERO);
    assertThat(c.reports(ReportFilter.NONE, PageRequest.ALL).total()).isEqualTo(1);

    version.set(2);

    assertThat(c.reports(ReportFilter.NONE, PageRequest.ALL).total()).isEqualTo(4);
    c.states();
    assertThat(loads).hasValue(2);
  }

  @Test
  void asksTheStoreAtMostOncePerInterval() {
    ReloadingCatalog c = new ReloadingCatalog(this::load, version::get, Duration.ofHours(1));
    version.set(2);

    assertThat(c.reports(ReportFilter.NONE, PageRequest.ALL).total()).isEqualTo(1);
    assertThat(loads).hasValue(1);
  }

  @Test
  void keepsAnsweringWhenTheStoreCannotBeRead() {
    ReloadingCatalog c =
        new ReloadingCatalog(
            this::load,
            () -> {
              if (loads.get() > 0) {
                throw new IllegalStateException("database is locked");
              }
              return 1;
            },
            Duration.ZERO);

    assertThat(c.reports(ReportFilter.NONE, PageRequest.ALL).total()).isEqualTo(1);
  }
}
