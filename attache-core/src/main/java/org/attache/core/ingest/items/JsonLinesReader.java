package org.attache.core.ingest.items;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.function.Consumer;
import org.attache.core.Problem;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.html.HtmlArticle;
import org.attache.core.meta.ReportMeta;

/**
 * Reads a crawler's JSON Lines dump, one article a line, in news-please's fields: {@code title},
 * {@code maintext}, {@code date_publish}, {@code authors}, {@code url}, {@code source_domain}
 * ({@code text} is taken when there is no {@code maintext}). Each line becomes a report named
 * {@code dump.jsonl#N} (N counts lines from 1); a bad line is that item's problem.
 *
 * <p>Example: {@code new JsonLinesReader(5_000_000).read("dump.jsonl", in, results::add)}
 */
public final class JsonLinesReader {
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder().maxNestingDepth(64).maxNumberLength(100).build());
  }

  private final int maxLine;

  public JsonLinesReader(long maxLine) {
    this.maxLine = (int) Math.min(Integer.MAX_VALUE - 8, maxLine);
  }

  /** Reads every line of {@code in}, giving each item's result to {@code out} as it goes. */
  public void read(String name, InputStream in, Consumer<LoadResult> out) throws IOException {
    LineSource lines = new LineSource(new BufferedInputStream(in), maxLine);
    LineSource.Line line;
    while ((line = lines.next()) != null) {
      String item = name + "#" + line.number();
      if (line.tooLong()) {
        out.accept(fail(item, String.format("is a line over %,d bytes: skipped.", maxLine)));
      } else if (!line.text().isEmpty()) {
        out.accept(item(item, line.text()));
      }
    }
  }

  /**
   * Reads a whole JSON document: one article object (news-please writes one pretty-printed file an
   * article) named {@code name}, or an array of them named {@code name#N}.
   */
  public void readDocument(String name, byte[] json, Consumer<LoadResult> out) {
    JsonNode root;
    try {
      root = JSON.readTree(json);
    } catch (IOException e) {
      out.accept(
          fail(
              name,
              "is neither JSON Lines nor one JSON document ("
                  + e.getMessage().lines().findFirst().orElse("")
                  + ")."));
      return;
    }
    if (root != null && root.isArray()) {
      int n = 0;
      for (JsonNode item : root) {
        out.accept(node(name + "#" + ++n, item, item.toString()));
      }
    } else {
      out.accept(node(name, root, new String(json, java.nio.charset.StandardCharsets.UTF_8)));
    }
  }

  /** True when {@code firstLine} is not a JSON value on its own: the file is one document. */
  public static boolean isDocument(String firstLine) {
    try {
      JSON.readTree(firstLine);
      return false;
    } catch (JsonProcessingException e) {
      return true;
    }
  }

  /** All items of {@code in}: for tests and small dumps. */
  public List<LoadResult> readAll(String name, InputStream in) throws IOException {
    List<LoadResult> out = new ArrayList<>();
    read(name, in, out::add);
    return out;
  }

  static LoadResult item(String item, String json) {
    JsonNode node;
    try {
      node = JSON.readTree(json);
    } catch (JsonProcessingException e) {
      return fail(
          item,
          "is not valid JSON ("
              + e.getOriginalMessage()
              + "). Each line of a dump must be one JSON object.");
    }
    return node(item, node, json);
  }

  private static LoadResult node(String item, JsonNode node, String json) {
    if (node == null || !node.isObject()) {
      return fail(item, "is not a JSON object. Each line of a dump must be one article object.");
    }
    try {
      return article(item, node, json);
    } catch (WrongType e) {
      return fail(item, e.getMessage());
    }
  }

  private static LoadResult article(String item, JsonNode n, String json) throws WrongType {
    // every field's type is checked before anything else, so a wrong type is always named
    String title = Fields.string(n, "title");
    String outlet = Fields.string(n, "source_domain");
    String authors = Fields.names(n, "authors");
    String date = Fields.string(n, "date_publish");
    String url = Fields.string(n, "url");
    String text = Fields.string(n, "maintext");
    if (text == null) {
      text = Fields.string(n, "text");
    }
    if (text == null || text.isBlank()) {
      return fail(item, "has no article text (no \"maintext\" field). Nothing to read.");
    }
    ReportMeta meta = new ReportMeta(title, outlet, authors, Fields.isoDate(date), null, null, url);
    List<String> paragraphs = Fields.paragraphs(text);
    return LoadResult.of(new HtmlArticle(meta, paragraphs).source(item, "jsonl", json));
  }

  static LoadResult fail(String item, String message) {
    return LoadResult.failed(new Problem(item, "ingest", message));
  }
}
