package org.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.atomic.AtomicInteger;
import net.jqwik.api.Arbitraries;
import net.jqwik.api.Arbitrary;
import net.jqwik.api.Combinators;
import net.jqwik.api.ForAll;
import net.jqwik.api.Property;
import net.jqwik.api.Provide;
import net.jqwik.api.lifecycle.AfterContainer;
import org.attache.core.ingest.html.HtmlReportReader;
import org.attache.core.ingest.items.FeedReader;
import org.attache.core.ingest.items.JsonLinesReader;
import org.attache.core.ingest.items.WarcFixture;

/**
 * Fuzzes the readers with generated hostile input: tag soup, invalid bytes, JSON of the wrong
 * types, mutated WARC and feed files. Whatever comes in, each reader returns results (reports or
 * problems) and never throws. The number of inputs run is written to {@code
 * target/fuzz-counts.txt}.
 */
class HostileInputTest {
  private static final Map<String, AtomicInteger> RUNS = new ConcurrentHashMap<>();
  private static final ReportLoader LOADER = new ReportLoader(256 * 1024);

  private static void count(String reader) {
    RUNS.computeIfAbsent(reader, k -> new AtomicInteger()).incrementAndGet();
  }

  @AfterContainer
  static void writeCounts() throws IOException {
    Map<String, Integer> sorted = new TreeMap<>();
    RUNS.forEach((k, v) -> sorted.put(k, v.get()));
    Files.createDirectories(Path.of("target"));
    Files.writeString(Path.of("target/fuzz-counts.txt"), sorted.toString() + "\n");
  }

  @Provide
  Arbitrary<String> tagSoup() {
    Arbitrary<String> piece =
        Arbitraries.oneOf(
            Arbitraries.of(
                "<div>",
                "</div>",
                "<p>",
                "</p>",
                "<a href='x'>",
                "</a>",
                "<table><tr><td>",
                "<script>",
                "</script>",
                "<style>",
                "<!--",
                "-->",
                "<br>",
                "<article class='x'>",
                "<nav>",
                "<time datetime='2020-13-45'>",
                "<meta property='og:title' content='",
                "<script type='application/ld+json'>{\"@type\":\"NewsArticle\",\"author\":[",
                "<h1>",
                "<figure>",
                "<li>",
                "&amp;",
                "&#xD800;",
                "&bogus;",
                "\u0000",
                "\uFFFF",
                "<![CDATA[",
                "]]>",
                "<?xml ?>",
                "<html>",
                "<body>",
                "<svg><foreignObject>",
                "<template>",
                "<select><option>",
                "<frameset>",
                "<plaintext>",
                "\"",
                "'"),
            Arbitraries.strings().ofMaxLength(40),
            Arbitraries.strings()
                .withCharRange('a', 'z')
                .ofMinLength(30)
                .ofMaxLength(200)
                .map(s -> s.replace('q', ' ') + ", and so on. "));
    return piece.list().ofMaxSize(300).map(l -> String.join("", l));
  }

  @Property
  void tagSoupIsReadOrRefusedNeverThrown(@ForAll("tagSoup") String html) {
    count("html tag soup");
    var r = HtmlReportReader.standard().read("soup.html", html.getBytes(StandardCharsets.UTF_8));
    assertThat(r.ok() || r.problem() != null).isTrue();
    if (r.ok()) {
      assertThat(r.source().text()).isNotBlank();
    }
  }

  @Property(tries = 30)
  void deeplyNestedPagesAreOneProblemNotAStackOverflow(
      @ForAll("depths") int depth, @ForAll("nestingTags") String tag) {
    count("html deep nesting");
    long started = System.nanoTime();
    String html =
        ("<" + tag + ">").repeat(depth)
            + "<p>The text sits at the bottom of a very deep page, with commas, clauses, and"
            + " words.</p>";
    var r = HtmlReportReader.standard().read("deep.html", html.getBytes(StandardCharsets.UTF_8));
    if (parsedDepth(html) > 520) {
      // the parser flattens some nestings (tables, links); those that stay deep are refused
      assertThat(r.problem().message()).contains("nests its elements").contains("deep");
    } else {
      assertThat(r.ok() || r.problem() != null).isTrue();
    }
    assertThat((System.nanoTime() - started) / 1_000_000).isLessThan(20_000);
  }

  private static int parsedDepth(String html) {
    int[] max = {0};
    org.jsoup.select.NodeTraversor.traverse(
        (node, d) -> max[0] = Math.max(max[0], d), org.jsoup.Jsoup.parse(html));
    return max[0];
  }

  @Provide
  Arbitrary<Integer> depths() {
    return Arbitraries.oneOf(
        Arbitraries.integers().between(1, 600), Arbitraries.integers().between(600, 200_000));
  }

  @Provide
  Arbitrary<String> nestingTags() {
    return Arbitraries.of("div", "span", "b", "section", "table", "ul", "blockquote", "a");
  }

  @Property
  void anyBytesInAnyFileGiveAtLeastOneResultAndNoException(
      @ForAll("hostileBytes") byte[] bytes, @ForAll("names") String name) throws IOException {
    count("files of random bytes");
    Path dir = Files.createTempDirectory("fuzz");
    try {
      Path f = dir.resolve(name);
      Files.write(f, bytes);
      List<LoadResult> r = LOADER.loadAll(f);
      assertThat(r).isNotEmpty().allMatch(x -> x.ok() || x.problem().message() != null);
    } finally {
      try (var s = Files.walk(dir)) {
        s.sorted(java.util.Comparator.reverseOrder()).forEach(HostileInputTest::delete);
      }
    }
  }

  private static void delete(Path p) {
    try {
      Files.delete(p);
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
  }

  @Provide
  Arbitrary<String> names() {
    return Arbitraries.of("a.txt", "b.html", "c.html.gz", "d.jsonl", "e.warc.gz", "f.rss");
  }

  @Provide
  Arbitrary<byte[]> hostileBytes() {
    Arbitrary<byte[]> random = Arbitraries.bytes().array(byte[].class).ofMaxSize(2000);
    Arbitrary<String> prefix =
        Arbitraries.of("WARC/1.0\r\n", "{\"maintext\": ", "<rss><channel><item>", "<html>", "");
    Arbitrary<byte[]> prefixed =
        Combinators.combine(prefix, random)
            .as(
                (p, b) -> {
                  byte[] h = p.getBytes(StandardCharsets.UTF_8);
                  byte[] out = new byte[h.length + b.length];
                  System.arraycopy(h, 0, out, 0, h.length);
                  System.arraycopy(b, 0, out, h.length, b.length);
                  return out;
                });
    Arbitrary<byte[]> gzipped =
        prefixed.map(
            b -> {
              try {
                return gzip(b);
              } catch (IOException e) {
                throw new UncheckedIOException(e);
              }
            });
    return Arbitraries.oneOf(random, prefixed, gzipped);
  }

  @Provide
  Arbitrary<String> jsonValue() {
    return Arbitraries.of(
        "null",
        "1",
        "-2.5e308",
        "true",
        "[]",
        "{}",
        "\"\"",
        "\"text\"",
        "[\"A\", 3]",
        "[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]]",
        "\"\\ud800\"",
        "1" + "0".repeat(500),
        "{\"name\": {\"name\": 1}}");
  }

  @Property
  void jsonLinesOfAnyFieldTypesGiveOneResultPerLine(
      @ForAll("jsonValue") String title,
      @ForAll("jsonValue") String text,
      @ForAll("jsonValue") String authors,
      @ForAll("jsonValue") String date)
      throws IOException {
    count("json lines of wrong types");
    String line =
        String.format(
            "{\"title\": %s, \"maintext\": %s, \"authors\": %s, \"date_publish\": %s}",
            title, text, authors, date);
    List<LoadResult> r =
        new JsonLinesReader(10_000)
            .readAll(
                "d.jsonl",
                new ByteArrayInputStream((line + "\n" + line).getBytes(StandardCharsets.UTF_8)));
    assertThat(r).hasSize(2);
  }

  @Property
  void mutatedWarcFilesAreReadOrRefusedNeverThrown(
      @ForAll("mutations") List<Integer> positions, @ForAll boolean gzip) throws IOException {
    count("mutated warc");
    byte[] warc =
        new WarcFixture(gzip)
            .response(
                "https://x.example/a",
                "text/html",
                "<p>A page with a sentence of words, and a comma.</p>".getBytes(),
                "")
            .response("https://x.example/b", "text/html", "<p>Second.</p>".getBytes(), "")
            .bytes();
    for (int p : positions) {
      int i = Math.floorMod(p, warc.length);
      warc[i] = (byte) (warc[i] ^ (p >>> 8 | 1));
    }
    Path f = Files.createTempFile("fuzz", ".warc");
    try {
      Files.write(f, warc);
      assertThat(LOADER.loadAll(f)).isNotEmpty();
    } finally {
      Files.delete(f);
    }
  }

  @Provide
  Arbitrary<List<Integer>> mutations() {
    return Arbitraries.integers().list().ofMinSize(1).ofMaxSize(6);
  }

  @Property
  void mutatedFeedsAreReadOrRefusedNeverThrown(@ForAll("mutations") List<Integer> positions) {
    count("mutated feeds");
    byte[] feed =
        ("<?xml version='1.0'?><rss version='2.0'><channel><title>T</title><item><title>A"
                + "</title><pubDate>Tue, 04 Jul 2023 08:00:00 GMT</pubDate><description>&lt;p&gt;"
                + "Text of the item.&lt;/p&gt;</description></item></channel></rss>")
            .getBytes(StandardCharsets.UTF_8);
    for (int p : positions) {
      int i = Math.floorMod(p, feed.length);
      feed[i] = (byte) (feed[i] ^ (p >>> 8 | 1));
    }
    assertThat(new FeedReader().read("f.rss", feed)).isNotEmpty();
  }

  static byte[] gzip(byte[] b) throws IOException {
    var out = new java.io.ByteArrayOutputStream();
    try (var gz = new java.util.zip.GZIPOutputStream(out)) {
      gz.write(b);
    }
    return out.toByteArray();
  }
}
