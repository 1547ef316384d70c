package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.nio.file.Path;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;
import org.attache.core.query.EventFilter;
import org.attache.core.query.SourceCount;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.Resolution;
import org.attache.server.AttacheServer;
import org.attache.server.KnowledgeBaseCatalog;
import org.attache.server.ServerOptions;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache dyad}, the API (and so the web page) and the brief count a dyad's reports, reprint
 * families, independent sources and undated events alike, and count each report once.
 */
class CountsAgreeIT {
  @TempDir Path dir;

  @Test
  void theExamplesAreCountedAlikeEverywhere() {
    SourceCount counted = agreeOn(ExamplesBase.db(), "AZ", "PK");

    // Three examples tell of Azerbaijan and Pakistan, one of them a reprint of another.
    assertThat(counted.reports()).isEqualTo(3);
    assertThat(counted.independentSources()).isEqualTo(2);
  }

  @Test
  void aWrittenBaseIsCountedAlikeEverywhere() {
    String db = dir.resolve("small.db").toString();
    SmallKnowledgeBase.write(db);

    assertThat(agreeOn(db, "AZ", "PK")).isEqualTo(new SourceCount(1, 2, 0, 2, 0));
  }

  /** Checks the four counts agree and are those of the distinct reports; gives them. */
  private static SourceCount agreeOn(String db, String a, String b) {
    SourceCount expected;
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      kb.resolve();
      Resolution r = kb.resolution();
      List<Occurrence> shared = new EventFilter(a, b, null, null, null, null).apply(r);
      Set<String> documents = new TreeSet<>();
      shared.forEach(o -> o.reports().forEach(x -> documents.add(x.document())));
      expected = SourceCount.of(shared, r.reprints(), kb.queries().published());
      assertThat(expected.reports()).isEqualTo(documents.size());
      assertThat(expected.independentSources()).isEqualTo(r.reprints().independent(documents));
    }
    String line = DyadCommand.summary(expected);

    assertThat(CommandRun.of("dyad", a, b, "--db", db).out())
        .startsWith(a + " – " + b + ": " + line);
    assertThat(CommandRun.of("brief", a, b, "--db", db, "--format", "md").err()).contains(line);
    JsonNode api = api(db, "/api/dyads/" + a + "/" + b);
    assertThat(treeToValue(api.path("sources"))).isEqualTo(expected);
    assertThat(api.path("undated").asInt()).isEqualTo(expected.undated());
    return expected;
  }

  private static SourceCount treeToValue(JsonNode node) {
    try {
      return ReadingJson.MAPPER.treeToValue(node, SourceCount.class);
    } catch (com.fasterxml.jackson.core.JsonProcessingException e) {
      throw new AssertionError("not a SourceCount: " + node, e);
    }
  }

  private static JsonNode api(String db, String path) {
    try (KnowledgeBase kb = KnowledgeBase.open(db);
        AttacheServer server =
            AttacheServer.start(
                KnowledgeBaseCatalog.load(kb),
                new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      HttpResponse<String> answer =
          HttpClient.newHttpClient()
              .send(
                  HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + path))
                      .build(),
                  HttpResponse.BodyHandlers.ofString());
      assertThat(answer.statusCode()).isEqualTo(200);
      return ReadingJson.MAPPER.readTree(answer.body());
    } catch (java.io.IOException e) {
      throw new java.io.UncheckedIOException(e);
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      throw new IllegalStateException(e);
    }
  }
}
