package org.attache.core.ingest.html;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.stream.Stream;
import java.util.zip.GZIPInputStream;
import org.junit.jupiter.api.Assumptions;
import org.junit.jupiter.api.Test;

/**
 * Extracts the main text of every page of {@code ../shared/html-bench} and writes the predictions
 * that its {@code score.py} takes to {@code target/html-bench-pred.json}; {@code .ci/html-bench}
 * scores them. Skips when the benchmark is not beside the checkout.
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
    int withText = 0;
    for (Path page : pages) {
      String id = page.getFileName().toString().replace(".html.gz", "");
      byte[] html;
      try (InputStream in = new GZIPInputStream(Files.newInputStream(page))) {
        html = in.readAllBytes();
      }
      String body = MainTextExtractor.standard().extract(jsoup(html)).body();
      withText += body.isEmpty() ? 0 : 1;
      predictions.put(id, Map.of("articleBody", body));
    }
    Path out = Path.of("target/html-bench-pred.json");
    new ObjectMapper().writerWithDefaultPrettyPrinter().writeValue(out.toFile(), predictions);

    assertThat(pages).hasSizeGreaterThan(100);
    // the score itself is checked by .ci/html-bench; here only that nearly all pages gave text
    assertThat(withText).isGreaterThan(pages.size() * 95 / 100);
  }

  private static org.jsoup.nodes.Document jsoup(byte[] html) throws IOException {
    return org.jsoup.Jsoup.parse(new java.io.ByteArrayInputStream(html), null, "");
  }
}
