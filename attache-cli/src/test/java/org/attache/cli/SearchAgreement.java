package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.URLEncoder;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.read.ReadingJson;
import org.attache.server.AttacheServer;
import org.attache.server.KnowledgeBaseCatalog;
import org.attache.server.ServerOptions;
import org.attache.store.KnowledgeBase;

/**
 * Runs searches through {@code attache search} and through the API the web page asks ({@code
 * /api/reports?q=}), and checks they find the same reports in the same order, with the same date,
 * outlet and snippet.
 */
final class SearchAgreement {
  /** One hit as both print it: report id, day, outlet, snippet. */
  record Hit(String id, String published, String outlet, String snippet) {}

  private SearchAgreement() {}

  /** Checks the two agree on every query; gives each query's hits. */
  static Map<String, List<Hit>> agreeOn(String db, String... queries) {
    Map<String, List<Hit>> api = api(db, queries);
    for (String q : queries) {
      assertThat(cli(db, q)).as("attache search %s", q).isEqualTo(api.get(q));
    }
    return api;
  }

  /**
   * The command line's hits: each hit is a line "DAY OUTLET TITLE", a line " ID PATH" and a line
   * with the snippet. A query with quotes goes as one argument, words as one each.
   */
  static List<Hit> cli(String db, String query) {
    List<String> args = new ArrayList<>(List.of("search"));
    args.addAll(query.contains("\"") ? List.of(query) : Arrays.asList(query.split(" ")));
    args.addAll(List.of("--db", db, "--limit", "500"));
    CommandRun run = CommandRun.of(args.toArray(String[]::new));
    assertThat(run.status()).as(run.err()).isZero();
    List<Hit> hits = new ArrayList<>();
    for (String block : run.out().split("\n\n")) {
      String[] lines = block.split("\n");
      if (lines.length == 3) {
        String[] head = lines[0].split("  ");
        hits.add(
            new Hit(
                lines[1].strip().split("  ")[0],
                head[0].equals("undated") ? null : head[0],
                head[1].equals("(no outlet)") ? null : head[1],
                lines[2].substring(2)));
      }
    }
    return hits;
  }

  private static Map<String, List<Hit>> api(String db, String... queries) {
    Map<String, List<Hit>> out = new LinkedHashMap<>();
    try (KnowledgeBase kb = KnowledgeBase.open(db);
        AttacheServer server =
            AttacheServer.start(
                KnowledgeBaseCatalog.load(kb),
                new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      HttpClient http = HttpClient.newHttpClient();
      for (String q : queries) {
        String path = "/api/reports?size=500&q=" + URLEncoder.encode(q, StandardCharsets.UTF_8);
        HttpResponse<String> answer =
            http.send(
                HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                    .build(),
                HttpResponse.BodyHandlers.ofString());
        assertThat(answer.statusCode()).as(answer.body()).isEqualTo(200);
        List<Hit> hits = new ArrayList<>();
        for (JsonNode r : ReadingJson.MAPPER.readTree(answer.body()).path("items")) {
          hits.add(
              new Hit(
                  r.path("id").asText(),
                  r.path("published").isNull() ? null : r.path("published").asText(),
                  r.path("outlet").isNull() ? null : r.path("outlet").asText(),
                  r.path("match").asText()));
        }
        out.put(q, hits);
      }
      return out;
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
