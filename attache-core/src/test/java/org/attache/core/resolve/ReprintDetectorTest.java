package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Map;
import org.junit.jupiter.api.Test;

class ReprintDetectorTest {
  private static final String WIRE =
      "The defence ministers of the two countries met in the capital on Tuesday to discuss"
          + " joint training of special forces, the exchange of cadets between military academies"
          + " and a plan for naval drills in the spring. The minister said the ties between the"
          + " armies had grown stronger over the past decade and thanked his host for the warm"
          + " welcome. Both sides agreed to meet again before the end of the year.";

  @Test
  void findsTheSameWireTextUnderAnotherSite() {
    ReprintFamilies f =
        new ReprintDetector()
            .families(
                Map.of(
                    "b2",
                    WIRE + " Read more on our site.",
                    "a1",
                    WIRE,
                    "c3",
                    WIRE.replace("Tuesday", "Wednesday")));
    assertThat(f.familyOf("b2")).isEqualTo("a1");
    assertThat(f.familyOf("c3")).isEqualTo("a1");
    assertThat(f.independent(java.util.List.of("a1", "b2", "c3"))).isEqualTo(1);
  }

  @Test
  void keepsDifferentReportsOfOneEventApart() {
    String other =
        "Military cooperation was at the centre of talks held on Tuesday between the two defence"
            + " chiefs, who reviewed plans for cadet exchanges and spring naval drills. The visiting"
            + " minister praised the growing ties and invited his counterpart to a return visit"
            + " later this year, the ministry said in a statement.";
    ReprintFamilies f = new ReprintDetector().families(Map.of("a1", WIRE, "b2", other));
    assertThat(f.sameText("a1", "b2")).isFalse();
    assertThat(f.independent(java.util.List.of("a1", "b2"))).isEqualTo(2);
  }

  @Test
  void findsTheReprintAmongOurExamplesAndNotTheOtherOutletsReport() throws java.io.IOException {
    java.nio.file.Path dir = java.nio.file.Path.of("..", "examples");
    org.junit.jupiter.api.Assumptions.assumeTrue(java.nio.file.Files.isDirectory(dir));
    Map<String, String> bodies = new java.util.HashMap<>();
    for (String name :
        java.util.List.of(
            "azpk-herald-khan-baku", "azpk-digest-reprint-khan-baku", "azpk-wire-khan-baku")) {
      String text = java.nio.file.Files.readString(dir.resolve(name + ".txt"));
      // The reader's body: the site furniture around the wire text is not compared.
      StringBuilder body = new StringBuilder();
      org.attache.core.meta.LayoutReader.standard()
          .read(text)
          .body()
          .forEach(b -> body.append(b.span().of(text)).append('\n'));
      bodies.put(name, body.toString());
    }
    ReprintFamilies f = new ReprintDetector().families(bodies);
    assertThat(f.sameText("azpk-herald-khan-baku", "azpk-digest-reprint-khan-baku")).isTrue();
    assertThat(f.sameText("azpk-herald-khan-baku", "azpk-wire-khan-baku")).isFalse();
  }

  @Test
  void leavesShortBodiesAlone() {
    ReprintFamilies f =
        new ReprintDetector().families(Map.of("a1", "Ministers met.", "b2", "Ministers met."));
    assertThat(f.sameText("a1", "b2")).isFalse();
  }
}
