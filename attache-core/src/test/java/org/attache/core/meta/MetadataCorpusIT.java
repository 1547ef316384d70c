package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Reads every report of the shared corpus (seeds and dev) and writes {@code
 * target/meta-export/documents.jsonl} for {@code score.py}, a dump of every block for review by eye
 * ({@code layouts.txt}), and checks the metadata against the gold at the bar the project set.
 */
class MetadataCorpusIT {
  private static final List<String> FIELDS =
      List.of("title", "outlet", "author", "published", "dateline");
  private static final double BAR = 0.85;
  private static final ObjectMapper JSON = new ObjectMapper();

  @Test
  void readsCorpusMetadataAtTheBar() throws IOException {
    Path corpus = Path.of(System.getProperty("attache.corpus", "../shared/corpus"));
    assumeTrue(Files.isDirectory(corpus.resolve("seeds")), "no corpus at " + corpus);
    Path out = Path.of("target", "meta-export");
    Files.createDirectories(out);
    List<String> documents = new ArrayList<>();
    StringBuilder layouts = new StringBuilder();
    Map<String, int[]> hits = new LinkedHashMap<>();
    FIELDS.forEach(f -> hits.put(f, new int[2]));
    for (Path txt : reports(corpus)) {
      String text = Files.readString(txt, StandardCharsets.UTF_8);
      Layout layout = LayoutReader.standard().read(text);
      LayoutInvariants.check(text, layout);
      documents.add(JSON.writeValueAsString(document(txt, layout.meta())));
      dump(layouts, txt, text, layout);
      compare(txt, layout.meta(), hits, layouts);
    }
    Files.write(out.resolve("documents.jsonl"), documents, StandardCharsets.UTF_8);
    Files.writeString(out.resolve("persons.jsonl"), "");
    Files.writeString(out.resolve("events.jsonl"), "");
    Files.writeString(out.resolve("layouts.txt"), layouts);
    hits.forEach(
        (field, h) -> {
          double accuracy = h[1] == 0 ? 1.0 : (double) h[0] / h[1];
          System.out.printf("metadata %-9s %.3f (%d/%d)%n", field, accuracy, h[0], h[1]);
          assertThat(accuracy).as("accuracy of " + field).isGreaterThanOrEqualTo(BAR);
        });
  }

  private static List<Path> reports(Path corpus) throws IOException {
    List<Path> all = new ArrayList<>();
    for (String folder : List.of("seeds", "dev")) {
      try (Stream<Path> files = Files.list(corpus.resolve(folder))) {
        files.filter(p -> p.toString().endsWith(".txt")).sorted().forEach(all::add);
      }
    }
    return all;
  }

  private static ObjectNode document(Path txt, ReportMeta meta) {
    ObjectNode doc = JSON.createObjectNode();
    doc.put("id", stem(txt));
    doc.put("path", txt.toString());
    doc.put("title", meta.title());
    doc.put("outlet", meta.outlet());
    doc.put("author", meta.author());
    doc.put("published", meta.published());
    doc.put("dateline", meta.dateline());
    doc.put("datelineDate", meta.datelineDate());
    doc.put("url", meta.url());
    return doc;
  }

  private static void dump(StringBuilder out, Path txt, String text, Layout layout) {
    out.append("=== ").append(txt.getFileName()).append(' ').append(layout.meta()).append('\n');
    for (TextBlock block : layout.blocks()) {
      String s = block.span().of(text);
      out.append(
          String.format(
              "%-9s %s%n", block.role(), s.length() > 110 ? s.substring(0, 110) + "…" : s));
    }
  }

  private static void compare(Path txt, ReportMeta meta, Map<String, int[]> hits, StringBuilder out)
      throws IOException {
    Path gold = txt.resolveSibling(stem(txt) + ".gold.json");
    if (!Files.exists(gold)) {
      return;
    }
    JsonNode expected = JSON.readTree(gold.toFile()).path("meta");
    Map<String, String> actual =
        Map.of(
            "title", String.valueOf(meta.title()),
            "outlet", String.valueOf(meta.outlet()),
            "author", String.valueOf(meta.author()),
            "published", String.valueOf(meta.published()),
            "dateline", String.valueOf(meta.dateline()));
    for (String field : FIELDS) {
      JsonNode want = expected.path(field);
      if (want.isNull() || want.isMissingNode()) {
        continue;
      }
      boolean hit = fold(want.asText()).equals(fold(actual.get(field)));
      hits.get(field)[1]++;
      hits.get(field)[0] += hit ? 1 : 0;
      if (!hit) {
        out.append(
            String.format(
                "MISS %s %s: gold=%s got=%s%n",
                stem(txt), field, want.asText(), actual.get(field)));
      }
    }
  }

  /** As score.py folds: accents, case, punctuation and "defence" spelling do not count. */
  private static String fold(String s) {
    String n = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    n = n.toLowerCase(Locale.ROOT).replace("defence", "defense").replace("ı", "i");
    return n.replaceAll("[^a-z0-9 ]+", " ").trim().replaceAll("\\s+", " ");
  }

  private static String stem(Path txt) {
    String name = txt.getFileName().toString();
    return name.substring(0, name.length() - ".txt".length());
  }
}
