package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.net.http.HttpRequest;
import java.nio.file.Path;
import java.time.Duration;
import org.attache.store.KnowledgeBase;
import org.junit.jupiter.api.AfterEach;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code POST /api/corrections} over a SQLite knowledge base, each test on its own: the correction
 * is saved through the store's corrections and the API shows it on the next request.
 */
class CorrectionsApiTest {
  private static final String TOKEN = "analyst-token";

  @TempDir Path dir;
  private KnowledgeBase kb;

  @RegisterExtension
  final ServedCatalog api =
      ServedCatalog.startedBy(
          () -> {
            kb = KnowledgeBase.open(TestReports.withEcho().into(dir.resolve("kb.db")));
            ReloadingCatalog catalog = KnowledgeBaseCatalog.reloading(kb, Duration.ofHours(1));
            return AttacheServer.start(
                catalog,
                new KnowledgeBaseCorrector(kb, catalog),
                new ServerOptions(ServerOptions.LOOPBACK, 0, TOKEN));
          });

  @AfterEach
  void closeTheStore() {
    kb.close();
  }

  private ApiTest.Answer post(String json, String token) {
    HttpRequest.Builder r =
        HttpRequest.newBuilder(api.uri("/api/corrections"))
            .header("Content-Type", "application/json")
            .POST(HttpRequest.BodyPublishers.ofString(json));
    if (token != null) {
      r.header("Authorization", "Bearer " + token);
    }
    return ApiTest.send(r.build());
  }

  private ApiTest.Answer correct(String fields) {
    return post(
        "{" + fields + ", \"author\": \"jdoe\", \"reason\": \"the ministry says so\"}", TOKEN);
  }

  private String eventOf(String query) {
    JsonNode items = api.get("/api/events?" + query).body().path("items");
    assertThat(items).as(query).hasSize(1);
    return items.get(0).path("id").asText();
  }

  private String personId(String name) {
    JsonNode items = api.get("/api/persons?q=" + name.replace(" ", "%20")).body().path("items");
    assertThat(items).as(name).hasSize(1);
    return items.get(0).path("id").asText();
  }

  @Test
  void rejectingAnEventTakesItOutOfTheEventsAndTheDyad() {
    String drill = eventOf("type=exercise");

    ApiTest.Answer a = correct("\"kind\": \"REJECT_EVENT\", \"target\": \"" + drill + "\"");

    assertThat(a.status()).isEqualTo(201);
    assertThat(a.body().path("applied").asBoolean()).isTrue();
    assertThat(a.body().path("correction").path("author").asText()).isEqualTo("jdoe");
    assertThat(api.get("/api/events?type=exercise").body().path("total").asInt()).isZero();
    assertThat(api.get("/api/events/" + drill).status()).isEqualTo(404);
    assertThat(api.get("/api/dyads/AZ/PK").body().path("byType").has("EXERCISE")).isFalse();
    try (KnowledgeBase other = KnowledgeBase.open(dir.resolve("kb.db").toString())) {
      assertThat(other.corrections().list())
          .singleElement()
          .satisfies(c -> assertThat(c.target()).isEqualTo(drill));
    }
  }

  @Test
  void editingTypeDateAndPlaceShowsOnTheEventAtOnce() {
    String staff = eventOf("from=2024");

    assertThat(
            correct(
                    "\"kind\": \"EVENT_TYPE\", \"target\": \"hostile00000004:0\", \"type\": \"visit\"")
                .status())
        .isEqualTo(201);
    assertThat(
            correct(
                    "\"kind\": \"EVENT_DATE\", \"target\": \""
                        + staff
                        + "\", \"date\": \"2024-05-30\"")
                .status())
        .isEqualTo(201);
    assertThat(
            correct(
                    "\"kind\": \"EVENT_PLACE\", \"target\": \""
                        + staff
                        + "\", \"place\": \"Baku\", \"country\": \"az\"")
                .status())
        .isEqualTo(201);

    JsonNode e = api.get("/api/events/" + staff).body();
    assertThat(e.path("type").asText()).isEqualTo("VISIT");
    assertThat(e.path("date").asText()).isEqualTo("2024-05-30");
    assertThat(e.path("day").asText()).isEqualTo("2024-05-30");
    assertThat(e.path("place").asText()).isEqualTo("Baku");
    assertThat(e.path("placeState").asText()).isEqualTo("AZ");
  }

  @Test
  void mergingTwoPersonsLeavesOneWithTheReportsOfBoth() {
    String gasimov = personId("Elnur Gasimov");
    String mahmood = personId("Tariq Mahmood");

    ApiTest.Answer a =
        correct(
            "\"kind\": \"MERGE_PERSONS\", \"target\": \""
                + gasimov
                + "\", \"other\": \""
                + mahmood
                + "\"");

    assertThat(a.status()).isEqualTo(201);
    assertThat(api.get("/api/persons/" + mahmood).status()).isEqualTo(404);
    assertThat(api.get("/api/persons/" + gasimov).body().path("person").path("reports").asInt())
        .isEqualTo(3);
  }

  @Test
  void splittingAPersonGivesTheReportsNamedAnotherPerson() {
    String mahmood = personId("Tariq Mahmood");

    ApiTest.Answer a =
        correct(
            "\"kind\": \"SPLIT_PERSON\", \"target\": \""
                + mahmood
                + "\", \"documents\": [\"drill0000000002\"], \"name\": \"Tariq Mahmood (SSG)\"");

    assertThat(a.status()).isEqualTo(201);
    assertThat(api.get("/api/persons/" + mahmood).body().path("person").path("reports").asInt())
        .isEqualTo(2);
    assertThat(ApiTest.texts(api.get("/api/persons?q=SSG").body().path("items"), "name"))
        .containsExactly("Tariq Mahmood (SSG)");
  }

  @Test
  void withoutTheRightTokenNothingIsSaved() {
    String body =
        "{\"kind\": \"REJECT_EVENT\", \"target\": \"drill0000000002:0\", \"author\": \"x\", \"reason\": \"y\"}";

    ApiTest.Answer none = post(body, null);
    ApiTest.Answer wrong = post(body, "guess");

    assertThat(none.status()).isEqualTo(401);
    assertThat(none.body().path("error").asText()).contains("Bearer");
    assertThat(wrong.status()).isEqualTo(403);
    assertThat(api.get("/api/events?type=exercise").body().path("total").asInt()).isEqualTo(1);
  }

  @Test
  void badInputIsRefusedWith400NamingTheField() {
    String staff = eventOf("from=2024");
    assertThat(post("not json", TOKEN).body().path("error").asText()).contains("not JSON");
    assertThat(post("[]", TOKEN).body().path("error").asText()).contains("JSON object");
    assertThat(error("\"target\": \"" + staff + "\"")).startsWith("kind is required");
    assertThat(error("\"kind\": \"PARADE\", \"target\": \"" + staff + "\""))
        .startsWith("kind must be one of")
        .contains("'PARADE'");
    assertThat(
            error("\"kind\": \"EVENT_DATE\", \"target\": \"" + staff + "\", \"date\": \"May 30\""))
        .startsWith("date must be")
        .contains("'May 30'");
    assertThat(error("\"kind\": \"EVENT_DATE\", \"target\": \"o-none\", \"date\": \"2024\""))
        .startsWith("target: no event has id 'o-none'");
    assertThat(
            error("\"kind\": \"EVENT_TYPE\", \"target\": \"" + staff + "\", \"type\": \"parade\""))
        .startsWith("type must be one of");
    assertThat(
            error(
                "\"kind\": \"EVENT_PLACE\", \"target\": \""
                    + staff
                    + "\", \"place\": \"Baku\", \"country\": \"Azerbaijan\""))
        .startsWith("country must be");
    assertThat(
            error("\"kind\": \"REJECT_EVENT\", \"target\": \"" + staff + "\", \"date\": \"2024\""))
        .startsWith("Unknown field date");
    assertThat(
            error(
                "\"kind\": \"MERGE_PERSONS\", \"target\": \""
                    + personId("Tariq Mahmood")
                    + "\", \"other\": \"p-nobody\""))
        .startsWith("other: no person has id 'p-nobody'");
    assertThat(
            post(
                    "{\"kind\": \"REJECT_EVENT\", \"target\": \""
                        + staff
                        + "\", \"reason\": \"y\"}",
                    TOKEN)
                .body()
                .path("error")
                .asText())
        .startsWith("author is required");
    assertThat(api.get("/api/events/" + staff).status()).isEqualTo(200);
  }

  private String error(String fields) {
    ApiTest.Answer a = correct(fields);
    assertThat(a.status()).as(fields).isEqualTo(400);
    return a.body().path("error").asText();
  }
}
