package org.attache.core.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Loads every page of {@code ../shared/html-bench} as {@code analyze} and {@code attache text} load
 * it ({@link ReportLoader#loadAll}, the gzipped page as it is) and writes each report's {@link
 * org.attache.core.ingest.SourceText#articleText() article text}, the predictions that its {@code
 * score.py} takes, to {@code target/html-bench-pred.json}; {@code .ci/html-bench} scores them and
 * checks that {@code attache text --body} prints the same. Skips when the benchmark is not beside
 * the checkout.
 */
class HtmlBenchIT {
  @Test
  void writesAPredictionForEveryBenchmarkPage() throws IOException {
    String corpus = System.getProperty("attache.corpus");
    Assumptions.assumeTrue(corpus != null, "no attache.corpus property");
    Path bench = Path.of(corpus).resolve("../html-bench").normalize();
    Assumptions.assumeTrue(Files.isDirectory(bench.resolve("html")), "no " + bench);

    Map<String, Map<String, String>> predictions = new TreeMap<>();
    List<Path> pages;
    try (Stream<Path> s = Files.list(bench.resolve("html"))) {
      pages = s.filter(p -> p.toString().endsWith(".html.gz")).sorted().toList();
    }
    ReportLoader loader = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES);
    int withText = 0;
    for (Path page : pages) {
      String id = page.getFileName().toString().replace(".html.gz", "");
      List<LoadResult> loaded = loader.loadAll(page);
      assertThat(loaded).as(id).hasSize(1);
      String body = loaded.get(0).ok() ? loaded.get(0).source().articleText() : "";
      withText += body.isEmpty() ? 0 : 1;
      predictions.put(id, Map.of("articleBody", body));
    }
    Path out = Path.of("target/html-bench-pred.json");
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);

    assertThat(pages).hasSizeGreaterThan(100);
    // the score itself is checked by .ci/html-bench; here only that nearly all pages gave text
    assertThat(withText).isGreaterThan(pages.size() * 95 / 100);
  }
}
