package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Files;
import java.nio.file.Path;
import java.nio.file.Paths;
import java.time.Duration;
import java.util.ArrayList;
import java.util.Collections;
import java.util.List;
import java.util.Locale;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import java.util.concurrent.atomic.AtomicInteger;
import org.junit.jupiter.api.Test;

/**
 * A bounded load on {@code /api/events} over loopback: a few clients, each request filtered and
 * paged differently, at most {@link #REQUESTS} requests or {@link #TIME_LIMIT}. The figures go to
 * {@code target/load/events.txt}; the test fails when requests fail or p99 exceeds a generous
 * bound.
 */
class EventsLoadIT {
  static final int REPORTS = 3000;
  static final int REQUESTS = 20_000;
  static final int CLIENTS = 8;
  static final Duration TIME_LIMIT = Duration.ofSeconds(30);
  private static final String WRK = "/usr/bin/wrk";
  private static final String[] QUERIES = {
    "/api/events",
    "/api/events?state=AZ",
    "/api/events?state=AZ&with=PK&type=meeting",
    "/api/events?from=2019&to=2021-06&size=100",
    "/api/events?type=exercise&page=3&size=20",
    "/api/events?state=TR&from=2020",
  };

  /** What one bounded run measured: latencies in nanoseconds, sorted. */
  private record Run(List<Long> sorted, int failures, double seconds) {
    double ms(double quantile) {
      int i = (int) Math.min(sorted.size() - 1, Math.ceil(quantile * sorted.size()) - 1);
      return sorted.get(Math.max(0, i)) / 1e6;
    }
  }

  @Test
  void answersTheEventsEndpointUnderSteadyLoad() throws Exception {
    Catalog catalog = SyntheticReports.generate(REPORTS, 42).catalog();
    try (AttacheServer server =
        AttacheServer.start(catalog, new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      String base = "http://127.0.0.1:" + server.port();
      HttpClient http = HttpClient.newBuilder().version(HttpClient.Version.HTTP_1_1).build();
      for (int i = 0; i < 200; i++) { // warm up the JIT before measuring
        http.send(request(base, i), HttpResponse.BodyHandlers.discarding());
      }
      Run run = drive(http, base);
      int events = catalog.events(EventFilter.NONE, PageRequest.ALL).total();
      String report =
          describe(run, events) + wrk(base + "/api/events?state=AZ&with=PK&type=meeting");
      System.out.print(report);
      Path out = Files.createDirectories(Paths.get("target", "load")).resolve("events.txt");
      Files.writeString(out, report);

      assertThat(run.failures()).isZero();
      assertThat(run.sorted()).hasSizeGreaterThan(1000);
      assertThat(run.ms(0.99)).as("p99 latency in ms").isLessThan(1000);
    }
  }

  /** CLIENTS threads send requests until REQUESTS are sent or TIME_LIMIT has passed. */
  private static Run drive(HttpClient http, String base) throws Exception {
    List<Long> latencies = Collections.synchronizedList(new ArrayList<>());
    AtomicInteger next = new AtomicInteger();
    AtomicInteger failures = new AtomicInteger();
    long start = System.nanoTime();
    long deadline = start + TIME_LIMIT.toNanos();
    ExecutorService pool = Executors.newFixedThreadPool(CLIENTS);
    try {
      List<Future<?>> clients = new ArrayList<>();
      for (int c = 0; c < CLIENTS; c++) {
        clients.add(
            pool.submit(
                () -> {
                  int n;
                  while ((n = next.getAndIncrement()) < REQUESTS && System.nanoTime() < deadline) {
                    long t = System.nanoTime();
                    if (!answersOk(http, request(base, n))) {
                      failures.incrementAndGet();
                    }
                    latencies.add(System.nanoTime() - t);
                  }
                  return null;
                }));
      }
      for (Future<?> f : clients) {
        f.get();
      }
    } finally {
      pool.shutdown();
    }
    List<Long> sorted = new ArrayList<>(latencies);
    Collections.sort(sorted);
    return new Run(sorted, failures.get(), (System.nanoTime() - start) / 1e9);
  }

  private static boolean answersOk(HttpClient http, HttpRequest request) {
    try {
      return http.send(request, HttpResponse.BodyHandlers.ofByteArray()).statusCode() == 200;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private static String describe(Run run, int events) {
    return String.format(
        Locale.ROOT,
        "GET /api/events (6 filter mixes), %d events in %d reports, %d clients, loopback%n"
            + "requests %d in %.1f s: %.0f requests/s; failures %d%n"
            + "latency ms: p50 %.2f, p90 %.2f, p99 %.2f, max %.2f%n",
        events,
        REPORTS,
        CLIENTS,
        run.sorted().size(),
        run.seconds(),
        run.sorted().size() / run.seconds(),
        run.failures(),
        run.ms(0.50),
        run.ms(0.90),
        run.ms(0.99),
        run.ms(1.0));
  }

  /** wrk's figures for one URL when Debian's wrk is installed (10 s, 2 threads, 16 connections). */
  private static String wrk(String url) throws IOException, InterruptedException {
    if (!Files.isExecutable(Paths.get(WRK))) {
      return "wrk: not installed (apt-get install wrk), skipped\n";
    }
    Process p =
        new ProcessBuilder(WRK, "-t2", "-c16", "-d10s", "--latency", url)
            .redirectErrorStream(true)
            .start();
    String out =
        new String(p.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);
    if (!p.waitFor(30, java.util.concurrent.TimeUnit.SECONDS)) {
      p.destroyForcibly();
    }
    return "wrk -t2 -c16 -d10s --latency " + url + "\n" + out;
  }

  private static HttpRequest request(String base, int n) {
    return HttpRequest.newBuilder(URI.create(base + QUERIES[n % QUERIES.length])).build();
  }
}
