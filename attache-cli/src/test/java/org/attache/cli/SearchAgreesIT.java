package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Locale;
import java.util.Map;
import org.attache.cli.SearchAgreement.Hit;
import org.junit.jupiter.api.Test;

/** On the analysed examples, {@code attache search} and the web page's search find alike. */
class SearchAgreesIT {
  @Test
  void theCommandLineAndThePageFindTheSameExamples() {
    Map<String, List<Hit>> hits =
        SearchAgreement.agreeOn(
            ExamplesBase.db(),
            "Baku",
            "BAKU",
            "BAKU pakistan",
            "army",
            "arm",
            "\"joint exercise\"",
            "joint exercise",
            "cookies",
            "exercis");

    assertThat(hits.get("Baku")).isNotEmpty().isEqualTo(hits.get("BAKU"));
    assertThat(hits.get("BAKU pakistan")).isNotEmpty();
    assertThat(hits.get("army"))
        .isNotEmpty()
        .allSatisfy(h -> assertThat(h.snippet().toLowerCase(Locale.ROOT)).contains("army"));
    assertThat(hits.get("arm"))
        .allSatisfy(h -> assertThat(h.snippet()).containsPattern("(?i)(?<![a-z])arm(?![a-z])"));
    assertThat(hits.get("joint exercise"))
        .extracting(Hit::id)
        .containsAll(hits.get("\"joint exercise\"").stream().map(Hit::id).toList());
    assertThat(hits.get("\"joint exercise\"")).isNotEmpty();
    // Cookie notices are site furniture: never found.
    assertThat(hits.get("cookies")).isEmpty();
    assertThat(hits.get("exercis")).isEmpty();
    assertThat(hits.get("Baku"))
        .anySatisfy(h -> assertThat(h.published()).isNotBlank())
        .anySatisfy(h -> assertThat(h.outlet()).isNotBlank());
  }
}
