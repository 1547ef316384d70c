package org.attache.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import java.nio.file.Path;
import org.attache.core.events.EventType;
import org.attache.core.read.ReadingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class PloverExportTest {
  @TempDir Path dir;

  @Test
  void mapsOurTypesToPloverCategoriesAndModes() {
    assertThat(PloverExport.category(EventType.MEETING)).isEqualTo("CONSULT");
    assertThat(PloverExport.category(EventType.VISIT)).isEqualTo("CONSULT");
    assertThat(PloverExport.mode(EventType.VISIT)).isEqualTo("visit");
    assertThat(PloverExport.category(EventType.AGREEMENT)).isEqualTo("AGREE");
    assertThat(PloverExport.category(EventType.TRAINING)).isEqualTo("COOPERATE");
    assertThat(PloverExport.mode(EventType.EXERCISE)).isEqualTo("military");
    assertThat(PloverExport.category(EventType.SUPPORT)).isEqualTo("SUPPORT");
  }

  @Test
  void givesAlpha3CodesAndKeepsCodesJavaDoesNotKnow() {
    assertThat(PloverExport.alpha3("AZ")).isEqualTo("AZE");
    assertThat(PloverExport.alpha3("PK")).isEqualTo("PAK");
    assertThat(PloverExport.alpha3("XK")).isEqualTo("XK");
  }

  @Test
  void aVisitIsTheGuestStateConsultingTheHost() throws Exception {
    new PloverExport()
        .write(dir, ExportFixture.readings(), ExportFixture.resolution(), ExportFixture.texts());

    JsonNode all = ReadingJson.MAPPER.readTree(dir.resolve("plover.json").toFile());
    assertThat(all).hasSize(3);
    JsonNode visit = all.get(0);
    assertThat(visit.get("event").asText()).isEqualTo("CONSULT");
    assertThat(visit.get("mode").asText()).isEqualTo("visit");
    assertThat(visit.get("source").get(0).get("code").asText()).isEqualTo("PAK");
    assertThat(visit.get("target").get(0).get("code").asText()).isEqualTo("AZE");
    assertThat(visit.get("date").asText()).isEqualTo("2022-05-02");
    assertThat(visit.get("location").get("placeName").asText()).isEqualTo("Baku");
    assertThat(visit.get("text").asText()).startsWith("General Omar Qadir");
    assertThat(visit.get("publication").asText()).isEqualTo("Baku Times");
    JsonNode drill = all.get(2);
    assertThat(drill.get("event").asText()).isEqualTo("COOPERATE");
    assertThat(drill.get("source")).hasSize(2);
  }
}
