package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.InputStream;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import org.junit.jupiter.api.Test;

/** The OpenAPI description and the routes the server registers agree, both ways. */
class OpenApiTest {
  private static List<String> described() throws IOException {
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
      JsonNode spec = new ObjectMapper().readTree(in);
      assertThat(spec.path("openapi").asText()).startsWith("3.");
      List<String> out = new ArrayList<>();
      spec.path("paths")
          .fields()
          .forEachRemaining(
              path ->
                  path.getValue()
                      .fieldNames()
                      .forEachRemaining(
                          m -> out.add(m.toUpperCase(Locale.ROOT) + " " + path.getKey())));
      return out;
    }
  }

  @Test
  void everyRegisteredRouteIsDescribedAndNothingElse() throws IOException {
    try (AttacheServer server =
        AttacheServer.start(
            TestReports.standard().catalog(), new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      assertThat(server.routes()).isNotEmpty().contains("GET /api/events");
      assertThat(described()).containsExactlyInAnyOrderElementsOf(server.routes());
    }
  }

  @Test
  void theServerServesTheDescription() {
    try (AttacheServer server =
        AttacheServer.start(
            TestReports.standard().catalog(), new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      ApiTest.Answer a =
          ApiTest.send(
              java.net.http.HttpRequest.newBuilder(
                      java.net.URI.create("http://127.0.0.1:" + server.port() + "/openapi.json"))
                  .build());
      assertThat(a.status()).isEqualTo(200);
      assertThat(a.body().path("paths").has("/api/dyads/{a}/{b}")).isTrue();
    }
  }
}
