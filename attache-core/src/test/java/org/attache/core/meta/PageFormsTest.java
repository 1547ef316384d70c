package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Header, byline and sign-off forms of other sites than the corpus's, written for these tests. */
class PageFormsTest {
  private final LayoutReader reader = LayoutReader.standard();

  private BlockRole roleOf(String text, String stretch) {
    return reader.read(text).blocks().stream()
        .filter(b -> b.span().of(text).equals(stretch))
        .map(TextBlock::role)
        .findFirst()
        .orElseThrow(() -> new AssertionError("no block for: " + stretch));
  }

  private static final String PARAGRAPH =
      "The defence ministers of the two states met in Ankara on Tuesday to discuss joint drills.";

  @Test
  void marksBreadcrumbsButtonRowsAndWeatherAsFurniture() {
    String text =
        "Home › World › Asia\n\nFacebook Twitter WhatsApp Email\n\nBaku 14°C\n\n"
            + "Ministers discuss joint drills\n\n"
            + PARAGRAPH
            + "\n";
    assertThat(roleOf(text, "Home › World › Asia")).isEqualTo(BlockRole.FURNITURE);
    assertThat(roleOf(text, "Facebook Twitter WhatsApp Email")).isEqualTo(BlockRole.FURNITURE);
    assertThat(roleOf(text, "Baku 14°C")).isEqualTo(BlockRole.FURNITURE);
    assertThat(reader.read(text).meta().title()).isEqualTo("Ministers discuss joint drills");
  }

  @Test
  void readsBylineWithDateBesideIt() {
    String text = "Ministers discuss joint drills\n\nBY JANE ROE | March 9, 2023\n\n" + PARAGRAPH;
    ReportMeta meta = reader.read(text).meta();

    assertThat(meta.author()).isEqualTo("Jane Roe");
    assertThat(meta.published()).isEqualTo("2023-03-09");
  }

  @Test
  void deskBylineGivesNoAuthor() {
    String text = "Ministers discuss joint drills\n\nBy Web Desk\n\n" + PARAGRAPH;
    ReportMeta meta = reader.read(text).meta();

    assertThat(meta.author()).isNull();
    assertThat(meta.outlet()).isNull();
  }

  @Test
  void readsAuthorFromReutersStyleClosing() {
    String text = PARAGRAPH + "\n\n(Reporting by John Doe in Ankara; Editing by Richard Roe)\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().author()).isEqualTo("John Doe");
    assertThat(layout.body()).hasSize(1);
  }

  @Test
  void readsClosingCreditsAndSelfCitations() {
    assertThat(reader.read(PARAGRAPH + "\n\n(AFP)\n").meta().outlet()).isEqualTo("AFP");
    assertThat(reader.read(PARAGRAPH + "\n\n(With inputs from PTI)\n").meta().outlet())
        .isEqualTo("PTI");
    assertThat(
            reader
                .read("The two ministers met in Baku on Friday to sign a plan, Report informs.")
                .meta()
                .outlet())
        .isEqualTo("Report");
    assertThat(
            reader
                .read(
                    "The minister said so in an interview with TASS on the sidelines of the forum.")
                .meta()
                .outlet())
        .isEqualTo("TASS");
  }

  @Test
  void sourceNamingNoOutletIsMetadataWithoutOutlet() {
    String text = PARAGRAPH + "\n\nSource: Agencies\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().outlet()).isNull();
    assertThat(roleOf(text, "Source: Agencies")).isEqualTo(BlockRole.META);
  }

  @Test
  void stripsSiteNameFromTheHeadline() {
    String text =
        "Ministers discuss joint drills | Daily Sabah\n\n"
            + PARAGRAPH
            + "\n\nMinisters discuss joint drills\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().title()).isEqualTo("Ministers discuss joint drills");
    assertThat(layout.meta().outlet()).isEqualTo("Daily Sabah");
    assertThat(roleOf(text, "Ministers discuss joint drills")).isEqualTo(BlockRole.HEADLINE);
  }

  @Test
  void readsDatelineWithCountryAndWireInParentheses() {
    String text = "KYIV, Ukraine (AP) — " + PARAGRAPH;
    ReportMeta meta = reader.read(text).meta();

    assertThat(meta.dateline()).isEqualTo("Kyiv");
    assertThat(meta.outlet()).isEqualTo("AP");
  }

  @Test
  void readsDateForms() {
    assertThat(publishedOf("Drills begin\n\n04/25/2024\n\n" + PARAGRAPH)).isEqualTo("2024-04-25");
    assertThat(publishedOf("Drills begin\n\n05/04/2024\n\n" + PARAGRAPH)).isEqualTo("2024-04-05");
    assertThat(publishedOf("Drills begin\n\n2022-11-02T08:15:00Z\n\n" + PARAGRAPH))
        .isEqualTo("2022-11-02");
    assertThat(publishedOf("Drills begin\n\nPublished: 3rd June 2020, 10:30 am\n\n" + PARAGRAPH))
        .isEqualTo("2020-06-03");
    assertThat(publishedOf("Drills begin\n\nUpdated on Sept. 8, 2019 14:02 GMT\n\n" + PARAGRAPH))
        .isEqualTo("2019-09-08");
    assertThat(
            publishedOf("Drills begin\n\nLast modified: March 3, 2021 at 10:21 am\n\n" + PARAGRAPH))
        .isEqualTo("2021-03-03");
  }

  private String publishedOf(String text) {
    return reader.read(text).meta().published();
  }

  @Test
  void labelLineIsNotADateline() {
    String text = "UPDATE: " + PARAGRAPH;
    assertThat(reader.read(text).meta().dateline()).isNull();
  }

  @Test
  void keepsLongCookieNoticeOutOfTheBody() {
    String text =
        PARAGRAPH
            + "\n\nWe use cookies to give you the best experience on our website and to show you"
            + " relevant ads; by continuing to browse you agree to our use of cookies as described"
            + " in our policy, which you can change at any time in your settings.\n";
    assertThat(reader.read(text).body()).hasSize(1);
  }

  @Test
  void takesQuestionAsHeadlineAndSkipsRelativeClock() {
    String text = "Updated: 2 hours ago\n\nWill the two navies drill again?\n\n" + PARAGRAPH;
    Layout layout = reader.read(text);

    assertThat(layout.meta().title()).isEqualTo("Will the two navies drill again?");
    assertThat(roleOf(text, "Updated: 2 hours ago")).isEqualTo(BlockRole.FURNITURE);
  }

  @Test
  void outletCitedInThePastTenseIsNotTheReporter() {
    String text =
        "Seoul will send a frigate to the drill, Yonhap reported citing military officials.";
    assertThat(reader.read(text).meta().outlet()).isNull();
  }
}
