package org.attache.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class CitationTest {
  private static Citation citation(String outlet, String title, String published, String said) {
    return new Citation(1, "r1", outlet, title, published, said);
  }

  @Test
  void citesOutletHeadlineAndDayWrittenOut() {
    assertThat(citation("Baku Times", "Talks in Baku", "2022-05-03", "x.").source())
        .isEqualTo("Baku Times, \u201cTalks in Baku\u201d, 3 May 2022");
  }

  @Test
  void aReportWithoutHeadlineOrOutletIsCitedByWhatIsKnown() {
    assertThat(citation("Azernews", null, "2022-03-23", "x.").source())
        .isEqualTo("Azernews, 23 March 2022");
    assertThat(citation(null, " ", null, "x.").source()).isEqualTo("Outlet unknown, undated");
  }

  @Test
  void aSentenceCutShortEndsInAnEllipsisAndAWholeOneDoesNot() {
    assertThat(citation("A", "B", null, "They signed an agreement on mutual m").quote())
        .isEqualTo("They signed an agreement on mutual m\u2026");
    assertThat(citation("A", "B", null, "He said \u201cwe agree.\u201d").quote())
        .isEqualTo("He said \u201cwe agree.\u201d");
    assertThat(citation("A", "B", null, "").quote()).isEmpty();
  }

  @Test
  void eventDaysAreWrittenAsAnAnalystWould() {
    assertThat(Labels.day("2021-03-03")).isEqualTo("3 March 2021");
    assertThat(Labels.day("2017-11")).isEqualTo("November 2017");
    assertThat(Labels.day("2020")).isEqualTo("2020");
    assertThat(Labels.day("2021-W12")).isEqualTo("2021-W12");
  }
}
