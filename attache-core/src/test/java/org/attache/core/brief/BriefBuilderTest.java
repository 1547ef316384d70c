package org.attache.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Set;
import java.util.stream.Collectors;
import javax.xml.parsers.DocumentBuilderFactory;
import org.attache.core.events.EventType;
import org.attache.core.export.ExportFixture;
import org.junit.jupiter.api.Test;

class BriefBuilderTest {
  private final BriefBuilder builder =
      new BriefBuilder(ExportFixture.readings(), ExportFixture.resolution(), ExportFixture.texts());

  @Test
  void gathersTheEventsOfBothStatesInDateOrderWithTheirSources() {
    Brief brief = builder.build("az", "pk", null, null);

    assertThat(brief.aName()).isEqualTo("Azerbaijan");
    assertThat(brief.events())
        .extracting(e -> e.occurrence().id())
        .containsExactly("e-agree", "e-visit", "e-drill");
    assertThat(brief.citations()).hasSize(3);
    assertThat(brief.reports()).isEqualTo(2);
    assertThat(brief.yearsCovered()).containsExactly(2022, 2023);
    Citation visit = brief.citations().get(brief.events().get(1).citations().get(0) - 1);
    assertThat(visit.outlet()).isEqualTo("Baku Times");
    assertThat(visit.evidence()).startsWith("General Omar Qadir of Pakistan visited Baku");
  }

  @Test
  void keepsOnlyTheYearsAsked() {
    Brief brief = builder.build("AZ", "PK", 2023, 2024);

    assertThat(brief.events())
        .singleElement()
        .satisfies(e -> assertThat(e.occurrence().type()).isEqualTo(EventType.EXERCISE));
    assertThat(brief.citations())
        .singleElement()
        .satisfies(c -> assertThat(c.document()).isEqualTo("rb"));
  }

  @Test
  void leavesOutEventsOfOtherStates() {
    assertThat(builder.build("AZ", "TR", null, null).events()).isEmpty();
  }

  @Test
  void namesEachOfficialsCounterparts() {
    Brief brief = builder.build("AZ", "PK", null, null);

    assertThat(brief.officialsOf("PK"))
        .singleElement()
        .satisfies(
            o -> {
              assertThat(o.name()).isEqualTo("Omar Qadir");
              assertThat(o.title()).isEqualTo("General");
              assertThat(o.counterparts()).containsExactly("Elnur Aliyev");
            });
  }

  @Test
  void everyCitationOfEveryStatementResolvesToASource() {
    Brief brief = builder.build("AZ", "PK", null, null);
    BriefText text = new BriefText(brief);
    Set<Integer> numbers =
        brief.citations().stream().map(Citation::number).collect(Collectors.toSet());

    List<Statement> all = new java.util.ArrayList<>(text.summary());
    all.addAll(text.timeline());
    all.addAll(text.officials("AZ"));
    text.highlights().values().forEach(all::addAll);
    assertThat(all).allSatisfy(s -> assertThat(s.citations()).isNotEmpty());
    assertThat(all).allSatisfy(s -> assertThat(numbers).containsAll(s.citations()));
    assertThat(text.summary().get(0).text())
        .isEqualTo(
            "Attaché found 3 events between Azerbaijan and Pakistan from 2022 to 2023,"
                + " in 2 reports.");
    assertThat(text.highlights().get("Exercises and training"))
        .singleElement()
        .satisfies(
            s ->
                assertThat(s.text())
                    .isEqualTo(
                        "June 2023: Steel Eagle, an exercise between Azerbaijan and Pakistan,"
                            + " in Lahore."));
  }

  @Test
  void aVisitSaysWhoCameWhereAndEachEventReadsAsASentence() {
    List<Statement> timeline = new BriefText(builder.build("AZ", "PK", null, null)).timeline();

    assertThat(timeline)
        .extracting(Statement::text)
        .contains(
            "2 May 2022: Visit from Pakistan to Azerbaijan, with Omar Qadir (PK) and Elnur Aliyev"
                + " (AZ), in Baku.");
  }

  @Test
  void htmlIsWellFormedAndEscapesReportText() throws Exception {
    String html = new BriefHtml(BriefHtml.Chart.SVG).render(builder.build("AZ", "PK", null, null));

    assertThat(html).contains("&lt;industry&gt;").doesNotContain("<industry>");
    assertThat(html).contains("Steel Eagle &amp; allies").contains("<svg");
    assertThat(html).contains("href=\"#src-1\"").contains("id=\"src-3\"");
    DocumentBuilderFactory.newInstance()
        .newDocumentBuilder()
        .parse(new ByteArrayInputStream(html.getBytes(StandardCharsets.UTF_8)));
  }

  @Test
  void pdfHtmlCarriesTheChartAsAPng() {
    String html = new BriefHtml(BriefHtml.Chart.PNG).render(builder.build("AZ", "PK", null, null));

    assertThat(html).contains("src=\"data:image/png;base64,iVBOR").doesNotContain("<svg");
  }

  @Test
  void markdownEscapesReportText() {
    String md = new BriefMarkdown().render(builder.build("AZ", "PK", null, null));

    assertThat(md).contains("\\<industry\\>").contains("| 2022 |");
    assertThat(md).contains("1. Baku Times, “Pakistani general in Baku”, 3 May 2022.");
  }
}
