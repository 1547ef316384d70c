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

  /** A value the parameter's schema allows, for probing which parameters a route accepts. */
  private static String sample(JsonNode parameter) {
    JsonNode schema = parameter.path("schema");
    if (schema.has("$ref")) {
      return "MEETING"; // the only referenced parameter schema is EventType
    }
    if (schema.path("type").asText().equals("integer")) {
      return "1";
    }
    if (schema.has("pattern")) {
      return "AZ";
    }
    return "2021";
  }

  @Test
  void everyDescribedQueryParameterIsAcceptedAndNoOther() throws IOException {
    JsonNode spec;
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
      spec = new ObjectMapper().readTree(in);
    }
    try (AttacheServer server =
        AttacheServer.start(
            TestReports.standard().catalog(), new ServerOptions(ServerOptions.LOOPBACK, 0, null))) {
      List<String> probed = new ArrayList<>();
      spec.path("paths")
          .fields()
          .forEachRemaining(
              path -> {
                JsonNode get = path.getValue().path("get");
                String route =
                    path.getKey().replace("{a}", "AZ").replace("{b}", "PK").replace("{id}", "x");
                for (JsonNode p : get.path("parameters")) {
                  if (p.path("in").asText().equals("query")) {
                    String url = route + "?" + p.path("name").asText() + "=" + sample(p);
                    assertThat(errorOf(server, url))
                        .as(url)
                        .doesNotContain("Unknown query parameter");
                    probed.add(url);
                  }
                }
                if (!get.isMissingNode() && !path.getKey().equals("/openapi.json")) {
                  assertThat(errorOf(server, route + "?bogus=1"))
                      .as(route)
                      .contains("Unknown query parameter bogus");
                }
              });
      assertThat(probed).contains("/api/events?type=MEETING", "/api/persons?q=2021");
    }
  }

  private static String errorOf(AttacheServer server, String pathAndQuery) {
    ApiTest.Answer a =
        ApiTest.send(
            java.net.http.HttpRequest.newBuilder(
                    java.net.URI.create("http://127.0.0.1:" + server.port() + pathAndQuery))
                .build());
    return a.body() == null ? "" : a.body().path("error").asText();
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

  @Test
  void theCorrectionBodyDescribedIsTheOneTheServerReads() throws IOException {
    JsonNode spec;
    try (InputStream in = OpenApiTest.class.getResourceAsStream("/openapi.json")) {
      spec = new ObjectMapper().readTree(in);
    }
    JsonNode body = spec.path("components").path("schemas").path("CorrectionRequest");
    List<String> kinds = new ArrayList<>();
    body.path("properties").path("kind").path("enum").forEach(k -> kinds.add(k.asText()));
    List<String> fields = new ArrayList<>();
    body.path("properties").fieldNames().forEachRemaining(fields::add);

    assertThat(kinds)
        .containsExactlyInAnyOrderElementsOf(
            CorrectionBody.FIELDS.keySet().stream().map(Enum::name).toList());
    java.util.Set<String> read = new java.util.TreeSet<>(CorrectionBody.COMMON);
    CorrectionBody.FIELDS.values().forEach(read::addAll);
    assertThat(fields).containsExactlyInAnyOrderElementsOf(read);
    List<String> required = new ArrayList<>();
    body.path("required").forEach(r -> required.add(r.asText()));
    assertThat(required).containsExactlyInAnyOrderElementsOf(CorrectionBody.COMMON);
  }
}
