package org.attache.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.read.Reading;
import org.junit.jupiter.api.Test;

class SearchableReportTest {
  private static final String FURNITURE = "Subscribe to our newsletter on armoured vehicles";
  private static final String DATELINE = "OSTRAVA, March 4.";
  private static final String BODY =
      "The minister of Ruritania received the chief of staff of Elbonia in Vellmar on Monday.";
  private static final String TEXT = FURNITURE + "\n" + DATELINE + "\n" + BODY;

  private static SearchableReport report() {
    Reading r =
        new Reading(
            "r1",
            "r1.txt",
            "r1",
            new ReportMeta("Chiefs meet", "Vellmar Courier", null, "2024-03-05", null, null, null),
            List.of(
                new TextBlock(new Span(0, FURNITURE.length()), BlockRole.FURNITURE),
                new TextBlock(
                    new Span(FURNITURE.length() + 1, FURNITURE.length() + 1 + DATELINE.length()),
                    BlockRole.META),
                new TextBlock(
                    new Span(TEXT.length() - BODY.length(), TEXT.length()), BlockRole.BODY)),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            List.of(),
            "v1");
    return SearchableReport.of(r, TEXT);
  }

  @Test
  void doesNotSearchTheSiteFurniture() {
    assertThat(report().find(TextQuery.parse("newsletter"))).isEmpty();
    assertThat(report().find(TextQuery.parse("minister newsletter"))).isEmpty();
  }

  @Test
  void findsTheDatelineWhichIsTheReportsOwnText() {
    assertThat(report().find(TextQuery.parse("ostrava elbonia")).orElseThrow().snippet())
        .startsWith(DATELINE);
  }

  @Test
  void aHitCarriesTheTextAroundTheMatchTheDayAndTheOutlet() {
    SearchableReport.TextHit hit =
        report().find(TextQuery.parse("\"chief of staff\"")).orElseThrow();

    assertThat(hit.snippet()).isEqualTo(DATELINE + " " + BODY);
    assertThat(hit.published()).isEqualTo("2024-03-05");
    assertThat(hit.outlet()).isEqualTo("Vellmar Courier");
    assertThat(hit.title()).isEqualTo("Chiefs meet");
  }

  @Test
  void theHeadlineCountsTowardsEveryWordAndGivesTheSnippetWhenTheBodyHasNone() {
    assertThat(report().find(TextQuery.parse("chiefs vellmar"))).isPresent();
    assertThat(report().find(TextQuery.parse("meet")).orElseThrow().snippet())
        .isEqualTo("Chiefs meet");
  }

  @Test
  void cutsLongSnippetsAtSpacesAndMarksWhatWasLeftOut() {
    String text = "word ".repeat(40) + "the Varuna exercise opened " + "more ".repeat(40);
    int at = text.indexOf("Varuna");

    String snippet = SearchableReport.around(text, new Span(at, at + 6));

    assertThat(snippet).startsWith("… word").endsWith("more …").contains("the Varuna exercise");
    assertThat(snippet.length()).isLessThan(240);
  }
}
