package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class ReportMetaPreferringTest {
  @Test
  void hintsReplaceGuessesFieldByFieldAndLeaveTheRest() {
    ReportMeta guessed =
        new ReportMeta(
            "Guessed title", "Trend", "Jane Roe", "2021-12-01", "Baku", "XXXX-12-01", null);
    ReportMeta hints =
        new ReportMeta("Markup title", null, null, "2021-12-02", null, null, "https://x.example/a");

    ReportMeta m = guessed.preferring(hints);

    assertThat(m)
        .isEqualTo(
            new ReportMeta(
                "Markup title",
                "Trend",
                "Jane Roe",
                "2021-12-02",
                "Baku",
                "XXXX-12-01",
                "https://x.example/a"));
    assertThat(guessed.preferring(ReportMeta.EMPTY)).isSameAs(guessed);
  }
}
