package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.net.URI;
import java.net.http.HttpClient;
import java.net.http.HttpRequest;
import java.net.http.HttpResponse;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** The REST API over the test reports, through real HTTP on loopback. */
class ApiTest {
  private static final ObjectMapper JSON = new ObjectMapper();
  private static final HttpClient HTTP = HttpClient.newHttpClient();

  @RegisterExtension
  static final ServedCatalog API = new ServedCatalog(() -> TestReports.standard().catalog());

  record Answer(int status, JsonNode body, HttpResponse<String> raw) {}

  static Answer get(String path) {
    return API.get(path);
  }

  static URI uri(String path) {
    return API.uri(path);
  }

  static Answer send(HttpRequest request) {
    try {
      HttpResponse<String> r = HTTP.send(request, HttpResponse.BodyHandlers.ofString());
      boolean json = r.headers().firstValue("Content-Type").orElse("").contains("json");
      return new Answer(r.statusCode(), json ? JSON.readTree(r.body()) : null, r);
    } catch (IOException | InterruptedException e) {
      throw new IllegalStateException(e);
    }
  }

  static List<String> texts(JsonNode array, String field) {
    List<String> out = new ArrayList<>();
    array.forEach(n -> out.add(n.path(field).asText()));
    return out;
  }

  @Test
  void listsReportsNewestFirstInPages() {
    Answer first = get("/api/reports?size=2");
    Answer second = get("/api/reports?size=2&page=2");

    assertThat(first.status()).isEqualTo(200);
    assertThat(first.body().path("total").asInt()).isEqualTo(4);
    assertThat(texts(first.body().path("items"), "id"))
        .containsExactly("hostile00000004", "talks0000000001");
    assertThat(texts(second.body().path("items"), "id"))
        .containsExactly("accord000000003", "drill0000000002");
    assertThat(first.body().path("items").get(1).path("lead").asText())
        .isEqualTo(
            "Defence Minister Elnur Gasimov of Azerbaijan met General Tariq Mahmood of Pakistan in"
                + " Baku on October 28.");
  }

  @Test
  void searchesHeadlineAndBodyForWholeWordsInAnyCaseAndFiltersByOutlet() {
    assertThat(texts(get("/api/reports?q=TWO-WEEK").body().path("items"), "id"))
        .containsExactly("drill0000000002");
    assertThat(texts(get("/api/reports?q=training%20accord").body().path("items"), "id"))
        .containsExactly("accord000000003");
    assertThat(get("/api/reports?q=two-week").body().path("items").get(0).path("match").asText())
        .contains("ended a two-week exercise")
        .startsWith("ISLAMABAD, May 12, 2021.");
    assertThat(get("/api/reports?q=exercis").body().path("items")).isEmpty();
    assertThat(get("/api/reports?q=%22%22").status()).isEqualTo(400);
    assertThat(get("/api/reports").body().path("items").get(0).path("match").isNull()).isTrue();
    assertThat(texts(get("/api/reports?outlet=defence%20review").body().path("items"), "id"))
        .containsExactly("talks0000000001", "accord000000003");
    assertThat(texts(get("/api/reports?state=uz&with=TR").body().path("items"), "id"))
        .containsExactly("accord000000003");
  }

  @Test
  void reportCarriesTextAndHighlightsThatPointIntoIt() {
    JsonNode r = get("/api/reports/talks0000000001").body();
    String text = r.path("text").asText();

    assertThat(text).isEqualTo(TestReports.TALKS);
    List<String> persons = new ArrayList<>();
    List<String> kinds = new ArrayList<>();
    r.path("highlights")
        .forEach(
            h -> {
              kinds.add(h.path("kind").asText());
              if (h.path("kind").asText().equals("person")) {
                persons.add(text.substring(h.path("start").asInt(), h.path("end").asInt()));
              }
            });
    assertThat(persons).containsExactly("Elnur Gasimov", "Tariq Mahmood", "Gasimov");
    assertThat(kinds).contains("block", "sentence", "state", "time", "evidence");
    assertThat(r.path("events").get(0).path("evidenceText").asText())
        .startsWith("Defence Minister Elnur Gasimov of Azerbaijan met");
  }

  @Test
  void unknownIdsAnswer404WithAMessage() {
    Answer report = get("/api/reports/nope");
    Answer person = get("/api/persons/p-nope");
    Answer endpoint = get("/api/nothing-here");

    assertThat(report.status()).isEqualTo(404);
    assertThat(report.body().path("error").asText()).contains("'nope'").contains("/api/reports");
    assertThat(person.status()).isEqualTo(404);
    assertThat(endpoint.status()).isEqualTo(404);
    assertThat(endpoint.body().path("error").asText()).contains("/api/nothing-here");
  }

  @Test
  void badFiltersAnswer400SayingWhatIsAccepted() {
    assertThat(get("/api/events?type=parade").body().path("error").asText())
        .contains("MEETING")
        .contains("'parade'");
    assertThat(get("/api/events?state=XQ").status()).isEqualTo(400);
    assertThat(get("/api/events?from=2021-13").status()).isEqualTo(400);
    assertThat(get("/api/events?from=2023&to=2021").status()).isEqualTo(400);
    assertThat(get("/api/events?person=p-unknown").status()).isEqualTo(400);
    assertThat(get("/api/reports?size=0").body().path("error").asText()).contains("1 to 500");
    assertThat(get("/api/events?sate=AZ").body().path("error").asText()).contains("sate");
    assertThat(get("/api/dyads/AZ/az").status()).isEqualTo(400);
  }

  @Test
  void filtersEventsByStatesTypeDaysAndPerson() {
    // Each of these events is told by one report: the report names it.
    assertThat(texts(get("/api/events?state=pk&with=AZ").body().path("items"), "reportId"))
        .containsExactly("hostile00000004", "talks0000000001", "drill0000000002");
    assertThat(texts(get("/api/events?type=exercise").body().path("items"), "reportId"))
        .containsExactly("drill0000000002");
    assertThat(texts(get("/api/events?from=2022&to=2023-10").body().path("items"), "reportId"))
        .containsExactly("talks0000000001", "accord000000003");
    String mahmood = personId("Tariq Mahmood");
    assertThat(texts(get("/api/events?person=" + mahmood).body().path("items"), "reportId"))
        .containsExactly("talks0000000001");
  }

  @Test
  void listsPersonsOfAStateAndAPersonsPageWithCounterparts() {
    assertThat(texts(get("/api/persons?state=AZ").body().path("items"), "name"))
        .containsExactly("Elnur Gasimov");
    assertThat(texts(get("/api/persons?q=MAHM").body().path("items"), "name"))
        .containsExactly("Tariq Mahmood");
    JsonNode mahmood = get("/api/persons/" + personId("Tariq Mahmood")).body();

    assertThat(mahmood.path("person").path("reports").asInt()).isEqualTo(2);
    List<String> reports = new ArrayList<>();
    mahmood.path("appearances").forEach(a -> reports.add(a.path("report").path("id").asText()));
    assertThat(reports).containsExactly("talks0000000001", "drill0000000002");
    JsonNode talks = mahmood.path("appearances").get(0);
    assertThat(talks.path("titles").get(0).asText()).isEqualTo("General");
    assertThat(texts(talks.path("sentences"), "text"))
        .containsExactly(
            "Defence Minister Elnur Gasimov of Azerbaijan met General Tariq Mahmood of Pakistan in"
                + " Baku on October 28.");
    assertThat(texts(mahmood.path("counterparts"), "name")).containsExactly("Elnur Gasimov");
  }

  @Test
  void dyadCountsEventsByTypeAndYearAndNamesTheOfficialsOfEachSide() {
    JsonNode d = get("/api/dyads/pk/az").body();

    assertThat(d.path("a").asText()).isEqualTo("PK");
    assertThat(d.path("total").asInt()).isEqualTo(3);
    assertThat(d.path("byType").path("MEETING").asInt()).isEqualTo(2);
    assertThat(d.path("byType").path("EXERCISE").asInt()).isEqualTo(1);
    assertThat(texts(d.path("byYear"), "year")).containsExactly("2021", "2022", "2023", "2024");
    assertThat(d.path("byYear").get(1).path("total").asInt()).isZero();
    assertThat(texts(d.path("timeline"), "reportId"))
        .containsExactly("drill0000000002", "talks0000000001", "hostile00000004");
    assertThat(texts(d.path("officialsA"), "name")).containsExactly("Tariq Mahmood");
    assertThat(texts(d.path("officialsB"), "name")).containsExactly("Elnur Gasimov");
    assertThat(d.path("officialsA").get(0).path("events").asInt()).isEqualTo(1);
    assertThat(d.path("officialsA").get(0).path("reports").asInt()).isEqualTo(2);
    assertThat(texts(d.path("reports"), "id"))
        .containsExactly("hostile00000004", "talks0000000001", "drill0000000002");
  }

  @Test
  void aReadOnlyServerRefusesCorrections() {
    Answer a =
        send(
            HttpRequest.newBuilder(uri("/api/corrections"))
                .POST(HttpRequest.BodyPublishers.ofString("{}"))
                .build());

    assertThat(a.status()).isEqualTo(403);
    assertThat(a.body().path("error").asText()).contains("--token");
  }

  @Test
  void everyAnswerCarriesAContentSecurityPolicyThatForbidsInlineScript() {
    Answer page = get("/");

    assertThat(page.status()).isEqualTo(200);
    assertThat(page.raw().headers().firstValue("Content-Security-Policy"))
        .hasValueSatisfying(
            v -> assertThat(v).contains("script-src 'self'").doesNotContain("unsafe-inline"));
  }

  @Test
  void aLoopbackServerRefusesRequestsAddressedToOtherHostNames() throws Exception {
    // java.net.http does not let a caller set Host, so this speaks HTTP over a plain socket.
    try (java.net.Socket socket = new java.net.Socket("127.0.0.1", API.server().port())) {
      socket
          .getOutputStream()
          .write(
              "GET /api/reports HTTP/1.1\r\nHost: rebound.example:80\r\nConnection: close\r\n\r\n"
                  .getBytes(java.nio.charset.StandardCharsets.US_ASCII));
      String answer =
          new String(
              socket.getInputStream().readAllBytes(), java.nio.charset.StandardCharsets.UTF_8);

      assertThat(answer).startsWith("HTTP/1.1 403").contains("rebound.example");
    }
  }

  @Test
  void networkLinksPersonsWhoMetAndStatesThatSharedEventsWithTheEvents() {
    JsonNode all = get("/api/network").body();
    String gasimov = "p:" + personId("Elnur Gasimov");
    String mahmood = "p:" + personId("Tariq Mahmood");

    assertThat(texts(all.path("nodes"), "id"))
        .containsExactlyInAnyOrder("s:AZ", "s:PK", "s:TR", "s:UZ", gasimov, mahmood);
    assertThat(all.path("events").asInt()).isEqualTo(4);
    JsonNode dyad = edge(all, "s:AZ", "s:PK");
    assertThat(dyad.path("kind").asText()).isEqualTo("shared");
    assertThat(dyad.path("weight").asInt()).isEqualTo(3);
    assertThat(dyad.path("first").asText()).isEqualTo("2021-05-12");
    assertThat(dyad.path("last").asText()).isEqualTo("2024-06-02");
    assertThat(texts(dyad.path("events"), "reportId"))
        .containsExactly("hostile00000004", "talks0000000001", "drill0000000002");
    JsonNode met = edge(all, gasimov, mahmood);
    assertThat(met.path("kind").asText()).isEqualTo("met");
    assertThat(met.path("events").get(0).path("evidenceText").asText()).contains("met General");
    assertThat(edge(all, gasimov, "s:AZ").path("kind").asText()).isEqualTo("serves");

    JsonNode meetings = get("/api/network?type=meeting&from=2022").body();
    assertThat(texts(meetings.path("nodes"), "id")).doesNotContain("s:TR", "s:UZ");
    assertThat(edge(meetings, "s:AZ", "s:PK").path("weight").asInt()).isEqualTo(2);
    assertThat(get("/api/network?from=2024&to=2023").status()).isEqualTo(400);
    JsonNode turkiye = get("/api/network?state=tr").body();
    assertThat(texts(turkiye.path("nodes"), "id")).containsExactlyInAnyOrder("s:TR", "s:UZ");
    assertThat(turkiye.path("events").asInt()).isEqualTo(1);
  }

  private static JsonNode edge(JsonNode network, String a, String b) {
    for (JsonNode e : network.path("edges")) {
      String s = e.path("source").asText();
      String t = e.path("target").asText();
      if ((s.equals(a) && t.equals(b)) || (s.equals(b) && t.equals(a))) {
        return e;
      }
    }
    throw new AssertionError("No edge between " + a + " and " + b + " in " + network);
  }

  private static String personId(String name) {
    for (JsonNode p : get("/api/persons?size=500").body().path("items")) {
      if (p.path("name").asText().equals(name)) {
        return p.path("id").asText();
      }
    }
    throw new AssertionError(name + " not among the persons");
  }
}
