package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.net.URI;
import java.net.http.HttpRequest;
import org.junit.jupiter.api.AfterAll;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

/** Writes need the server's bearer token; reads never do. */
class AccessGuardTest {
  private static AttacheServer server;

  @BeforeAll
  static void start() {
    server =
        AttacheServer.start(
            TestReports.standard().catalog(),
            new ServerOptions(ServerOptions.LOOPBACK, 0, "s3cret"));
  }

  @AfterAll
  static void stop() {
    server.close();
  }

  private static int post(String authorization) {
    return post(authorization, "{}");
  }

  private static int post(String authorization, String body) {
    HttpRequest.Builder b =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/corrections"))
            .POST(HttpRequest.BodyPublishers.ofString(body));
    if (authorization != null) {
      b.header("Authorization", authorization);
    }
    return ApiTest.send(b.build()).status();
  }

  @Test
  void correctionsWithoutATokenAre401() {
    assertThat(post(null)).isEqualTo(401);
    assertThat(post("Basic czNjcmV0")).isEqualTo(401);
  }

  @Test
  void correctionsWithAWrongTokenAre403() {
    assertThat(post("Bearer s3cre")).isEqualTo(403);
    assertThat(post("Bearer s3cret-and-more")).isEqualTo(403);
  }

  @Test
  void correctionsWithTheTokenGetPastTheGuardToTheBodysCheck() {
    assertThat(post("Bearer s3cret")).isEqualTo(400);
  }

  @Test
  void aServerWithoutAStoreToWriteToAnswers501ToAValidCorrection() {
    String reject =
        "{\"kind\": \"REJECT_EVENT\", \"target\": \"talks0000000001:0\", \"author\": \"a\","
            + " \"reason\": \"b\"}";
    assertThat(post("Bearer s3cret", reject)).isEqualTo(501);
  }

  @Test
  void readsNeedNoToken() {
    HttpRequest r =
        HttpRequest.newBuilder(URI.create("http://127.0.0.1:" + server.port() + "/api/events"))
            .build();
    assertThat(ApiTest.send(r).status()).isEqualTo(200);
  }
}
