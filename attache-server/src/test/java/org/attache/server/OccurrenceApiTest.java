package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.extension.RegisterExtension;

/** Events as occurrences: one meeting told by two reports is one event with both reports. */
class OccurrenceApiTest {
  @RegisterExtension
  static final ServedCatalog API = new ServedCatalog(() -> TestReports.withEcho().catalog());

  private static ApiTest.Answer get(String path) {
    return API.get(path);
  }

  private static JsonNode meeting() {
    JsonNode items = get("/api/events?type=meeting&from=2023&to=2023").body().path("items");
    assertThat(items).hasSize(1);
    return items.get(0);
  }

  @Test
  void oneMeetingToldByTwoReportsIsOneEventWithBothReportsAndTheirEvidence() {
    JsonNode m = meeting();

    assertThat(m.path("id").asText()).startsWith("o-");
    assertThat(m.path("date").asText()).isEqualTo("2023-10-28");
    assertThat(m.path("independentSources").asInt()).isEqualTo(2);
    assertThat(ApiTest.texts(m.path("reports"), "reportId"))
        .containsExactly("echo00000000005", "talks0000000001");
    JsonNode echo = m.path("reports").get(0);
    assertThat(echo.path("date").asText()).isEqualTo("XXXX-10-28");
    assertThat(echo.path("event").asText()).isEqualTo("echo00000000005:0");
    assertThat(echo.path("outlet").asText()).isEqualTo("Caspian Wire");
    String said = echo.path("evidenceText").asText();
    assertThat(said).startsWith("General Tariq Mahmood of Pakistan held talks with");
    assertThat(
            TestReports.ECHO.substring(
                echo.path("evidence").path("start").asInt(),
                echo.path("evidence").path("end").asInt()))
        .isEqualTo(said);
    assertThat(m.path("reports").get(1).path("evidenceText").asText())
        .startsWith("Defence Minister Elnur Gasimov of Azerbaijan met");
    assertThat(get("/api/dyads/AZ/PK").body().path("byType").path("MEETING").asInt()).isEqualTo(2);
  }

  @Test
  void anEventIsFoundByItsIdOrByAnyOfItsReportsEvents() {
    String id = meeting().path("id").asText();

    assertThat(get("/api/events/" + id).body().path("reports")).hasSize(2);
    assertThat(get("/api/events/talks0000000001:0").body().path("id").asText()).isEqualTo(id);
    ApiTest.Answer none = get("/api/events/o-nothing");
    assertThat(none.status()).isEqualTo(404);
    assertThat(none.body().path("error").asText()).contains("'o-nothing'").contains("/api/events");
  }

  @Test
  void eachReportsPageQuotesItsOwnEvidenceOfTheSharedEvent() {
    String id = meeting().path("id").asText();
    List<String> quoted = new ArrayList<>();
    for (String report : List.of("talks0000000001", "echo00000000005")) {
      JsonNode detail = get("/api/reports/" + report).body();
      JsonNode e = detail.path("events").get(0);
      assertThat(e.path("id").asText()).isEqualTo(id);
      assertThat(e.path("reportId").asText()).isEqualTo(report);
      quoted.add(e.path("evidenceText").asText());
      boolean highlighted = false;
      for (JsonNode h : detail.path("highlights")) {
        highlighted |=
            h.path("kind").asText().equals("evidence") && h.path("ref").asText().equals(id);
      }
      assertThat(highlighted).as(report).isTrue();
    }
    assertThat(quoted).doesNotHaveDuplicates();
  }
}
