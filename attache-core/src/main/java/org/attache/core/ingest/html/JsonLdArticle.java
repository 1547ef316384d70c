package org.attache.core.ingest.html;

import com.fasterxml.jackson.core.JsonProcessingException;
import com.fasterxml.jackson.core.StreamReadConstraints;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.util.ArrayDeque;
import java.util.ArrayList;
import java.util.Deque;
import java.util.List;
import java.util.Set;
import org.jsoup.nodes.Document;
import org.jsoup.nodes.Element;

/**
 * The schema.org article a page describes in its JSON-LD ({@code <script
 * type="application/ld+json">}): headline, dates, authors, publisher and, when the site gives it,
 * the article body. Broken JSON-LD, which is common, is ignored.
 *
 * <p>Example: {@code JsonLdArticle.find(doc).headline()}
 */
record JsonLdArticle(
    String headline,
    String datePublished,
    List<String> authors,
    String publisher,
    String url,
    String articleBody) {
  static final JsonLdArticle NONE = new JsonLdArticle(null, null, List.of(), null, null, null);
  private static final Set<String> TYPES =
      Set.of(
          "NewsArticle",
          "Article",
          "ReportageNewsArticle",
          "AnalysisNewsArticle",
          "BlogPosting",
          "OpinionNewsArticle",
          "BackgroundNewsArticle",
          "WebPage",
          "LiveBlogPosting");
  private static final ObjectMapper JSON = new ObjectMapper();

  static {
    // JSON-LD comes from untrusted pages: bound its nesting and sizes.
    JSON.getFactory()
        .setStreamReadConstraints(
            StreamReadConstraints.builder()
                .maxNestingDepth(64)
                .maxStringLength(2_000_000)
                .maxNumberLength(100)
                .build());
  }

  static JsonLdArticle find(Document doc) {
    JsonLdArticle best = NONE;
    for (Element script : doc.select("script[type=application/ld+json]")) {
      JsonNode root;
      try {
        root = JSON.readTree(script.data());
      } catch (JsonProcessingException | RuntimeException e) {
        continue; // a page's broken JSON-LD says nothing: fall back on its other metadata
      }
      for (JsonNode node : objects(root)) {
        if (isArticle(node) && rank(node) > rank(best)) {
          best = of(node);
        }
      }
    }
    return best;
  }

  private static int rank(JsonNode node) {
    String type = types(node).contains("WebPage") ? "WebPage" : "Article";
    return (type.equals("WebPage") ? 1 : 2) + (node.hasNonNull("articleBody") ? 2 : 0);
  }

  private static int rank(JsonLdArticle a) {
    return a == NONE ? 0 : 2 + (a.articleBody != null ? 2 : 0);
  }

  private static boolean isArticle(JsonNode node) {
    return types(node).stream().anyMatch(TYPES::contains);
  }

  private static List<String> types(JsonNode node) {
    JsonNode t = node.get("@type");
    List<String> out = new ArrayList<>();
    if (t != null && t.isTextual()) {
      out.add(t.asText());
    } else if (t != null && t.isArray()) {
      t.forEach(x -> out.add(x.asText()));
    }
    return out;
  }

  /** Every object in the tree, breadth first: articles hide in {@code @graph} and arrays. */
  private static List<JsonNode> objects(JsonNode root) {
    List<JsonNode> out = new ArrayList<>();
    Deque<JsonNode> todo = new ArrayDeque<>(List.of(root));
    while (!todo.isEmpty() && out.size() < 1000) {
      JsonNode n = todo.poll();
      if (n.isObject()) {
        out.add(n);
      }
      if (n.isContainerNode()) {
        n.forEach(todo::add);
      }
    }
    return out;
  }

  private static JsonLdArticle of(JsonNode n) {
    return new JsonLdArticle(
        text(n.get("headline")),
        text(n.get("datePublished")),
        names(n.get("author")),
        firstName(n.get("publisher")),
        text(n.get("url")),
        text(n.get("articleBody")));
  }

  private static String text(JsonNode n) {
    if (n == null || n.isNull()) {
      return null;
    }
    if (n.isArray()) {
      return n.isEmpty() ? null : text(n.get(0));
    }
    String s = n.isTextual() ? n.asText().strip() : null;
    return s == null || s.isEmpty() ? null : s;
  }

  private static String firstName(JsonNode n) {
    List<String> all = names(n);
    return all.isEmpty() ? null : all.get(0);
  }

  private static List<String> names(JsonNode n) {
    List<String> out = new ArrayList<>();
    if (n == null) {
      return out;
    }
    for (JsonNode one : n.isArray() ? n : List.of(n)) {
      String name = one.isObject() ? text(one.get("name")) : text(one);
      if (name != null && !name.startsWith("http")) {
        out.add(name);
      }
    }
    return out;
  }
}
