package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class LayoutReaderTest {
  private final LayoutReader reader = LayoutReader.standard();

  private static String roleOf(Layout layout, String text, String stretch) {
    return layout.blocks().stream()
        .filter(b -> b.span().of(text).equals(stretch))
        .map(b -> b.role().name())
        .findFirst()
        .orElse("no block for: " + stretch);
  }

  private static List<String> body(Layout layout, String text) {
    return layout.body().stream().map(b -> b.span().of(text)).toList();
  }

  @Test
  void readsCrawlHeaderDatelineAndBylineWithOutlet() {
    String text =
        " date 2020-06-14 TBILISI, Georgia, June 14\n\n"
            + "By Nino Beridze – Trend:\n\n"
            + "The defence ministers of Georgia and Lithuania met in Tbilisi on June 14, Trend"
            + " reports citing the ministry.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta())
        .isEqualTo(
            new ReportMeta(
                null, "Trend", "Nino Beridze", "2020-06-14", "Tbilisi", "2020-06-14", null));
    assertThat(roleOf(layout, text, "date 2020-06-14")).isEqualTo("META");
    assertThat(roleOf(layout, text, "TBILISI, Georgia, June 14")).isEqualTo("META");
    assertThat(body(layout, text)).hasSize(1);
  }

  @Test
  void splitsDatelineFromTheFirstParagraph() {
    String text =
        "Georgia, Lithuania deepen defence ties\n\n"
            + "TBILISI, Georgia, June 14. On June 14, the ministers signed a plan of cooperation.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().title()).isEqualTo("Georgia, Lithuania deepen defence ties");
    assertThat(layout.meta().dateline()).isEqualTo("Tbilisi");
    assertThat(layout.meta().datelineDate()).isEqualTo("XXXX-06-14");
    assertThat(layout.meta().published()).isNull();
    assertThat(roleOf(layout, text, "TBILISI, Georgia, June 14.")).isEqualTo("META");
    assertThat(body(layout, text))
        .containsExactly("On June 14, the ministers signed a plan of cooperation.");
  }

  @Test
  void readsAgencyDatelinesWithTheirOutlets() {
    assertDateline("RIGA, April 2. /TASS/. The ministers met on Monday.", "Riga", "TASS");
    assertDateline("Chennai, Feb 9 (PTI) The navy chief met his counterpart.", "Chennai", "PTI");
    assertDateline(
        "Seoul, May 3 (Yonhap)--The two sides agreed to hold drills.", "Seoul", "Yonhap");
    assertDateline("Ganja. 5 June. REPORT.AZ/ The exercises began today.", "Ganja", "Report");
    assertDateline(
        "LAHORE (Geo News) – The army chief received the delegation.", "Lahore", "Geo News");
    assertDateline(
        "Darwin, The Pacific Herald: The two navies completed the drill.",
        "Darwin",
        "The Pacific Herald");
    assertDateline("ANKARA/TBILISI – The two ministers met on Friday.", "Ankara/Tbilisi", null);
  }

  private void assertDateline(String text, String city, String outlet) {
    Layout layout = reader.read(text);
    assertThat(layout.meta().dateline()).as(text).isEqualTo(city);
    assertThat(layout.meta().outlet()).as(text).isEqualTo(outlet);
    assertThat(body(layout, text)).as(text).hasSize(1);
  }

  @Test
  void readsDatelineAloneOnItsLine() {
    String text =
        "Navies of two states hold joint patrol\n\nKARACHI:\n\n"
            + "The navies of Pakistan and Turkey held a joint patrol in the Arabian Sea on Monday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().dateline()).isEqualTo("Karachi");
    assertThat(roleOf(layout, text, "KARACHI:")).isEqualTo("META");
  }

  @Test
  void readsAKnownCityWrittenAsANameAloneOnItsLine() {
    String text =
        "Navies of two states hold joint patrol\n\nStaff Reporter\n\nLahore\n\n"
            + "The navies of Pakistan and Turkey held a joint patrol in the Arabian Sea on Monday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().dateline()).isEqualTo("Lahore");
  }

  @Test
  void aLineOfMarketFiguresIsNoHeadline() {
    String text =
        "KSE100 61,234.5 Decreased By ▼ 120.3 (0.2%)\n\n"
            + "Navy chiefs of two states discuss maritime cooperation\n\n"
            + "The naval chiefs of Pakistan and Oman discussed cooperation in Muscat on Monday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().title())
        .isEqualTo("Navy chiefs of two states discuss maritime cooperation");
  }

  @Test
  void doesNotTakeAnAllCapitalsHeadlineForADateline() {
    String text =
        "PAKISTAN, TURKEY DISCUSS NAVAL COOPERATION\n\n"
            + "The naval chiefs of the two states discussed cooperation in Ankara on Monday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().dateline()).isNull();
    assertThat(layout.meta().title()).isEqualTo("PAKISTAN, TURKEY DISCUSS NAVAL COOPERATION");
  }

  @Test
  void ignoresPageClockWhenTheReportCarriesItsOwnDate() {
    String text =
        "Dailypost.Az\n\nMonday June 3 2024\n\nArmy chiefs meet in Baku\n\n"
            + "14 May 2021 09:12 (UTC+04:00)\n\nArmy chiefs meet in Baku\n\nBy Leyla Aliyeva\n\n"
            + "The army chiefs of the two states met in Baku on Thursday, the ministry said.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().published()).isEqualTo("2021-05-14");
    assertThat(layout.meta().title()).isEqualTo("Army chiefs meet in Baku");
    assertThat(layout.meta().author()).isEqualTo("Leyla Aliyeva");
    assertThat(layout.meta().outlet()).isEqualTo("Dailypost");
    assertThat(layout.blocks().stream().filter(b -> b.role() == BlockRole.HEADLINE)).hasSize(2);
  }

  @Test
  void pageClockAboveTheHeadlineIsNeverThePublicationDate() {
    String text =
        "21 C\nShillong\nMonday, March 3, 2025\n\nDefence Minister meets Thai counterpart\n\nDate:\n\n"
            + " The Defence Minister met his Thai counterpart in Bangkok on Monday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().published()).isNull();
    assertThat(roleOf(layout, text, "21 C")).isEqualTo("FURNITURE");
    assertThat(roleOf(layout, text, "Date:")).isEqualTo("META");
  }

  @Test
  void readsOutletAndDateFromAnOutletLine() {
    String text =
        "Navies to hold drills\n\nReuters October 2, 2022\n\n"
            + "The two navies will hold drills next week, the ministry said on Saturday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().outlet()).isEqualTo("Reuters");
    assertThat(layout.meta().published()).isEqualTo("2022-10-02");
  }

  @Test
  void bylineNamingAnOutletGivesNoAuthor() {
    String text =
        " date 2022-01-09 By Azernews\n\nThe ministers met in Baku on Sunday, the ministry said.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().author()).isNull();
    assertThat(layout.meta().outlet()).isEqualTo("Azernews");
  }

  @Test
  void readsOutletFromReportingPhrasesAndSignOffs() {
    assertThat(
            outletOf("The ministers met in Baku on Friday, CaspianWire reports via the ministry."))
        .isEqualTo("CaspianWire");
    assertThat(outletOf("The drills began on Monday, the Defense Ministry told APA.\n"))
        .isEqualTo("APA");
    assertThat(outletOf("The ministers met on Friday in Delhi.\n\nSource: Radio Pakistan\n"))
        .isEqualTo("Radio Pakistan");
    assertThat(outletOf("The ministers met on Friday in Delhi and signed a pact.\n\nPTI AB CD\n"))
        .isEqualTo("PTI");
    assertThat(
            outletOf("The Defense Ministry reports via Twitter that the ministers met on Friday."))
        .isNull();
  }

  private String outletOf(String text) {
    return reader.read(text).meta().outlet();
  }

  @Test
  void readsSiteFromTheLastCopyrightFooter() {
    String text =
        "Navies meet\n\nThe navies of two states held talks on Friday in Colombo.\n\n"
            + "© Copyright 2020 Reuters / Naval Watch Ltd . All rights reserved.\n"
            + "Copyright © 2018 - 2024 Naval Watch | Design by Someone\n";
    assertThat(reader.read(text).meta().outlet()).isEqualTo("Naval Watch");
  }

  @Test
  void marksFurnitureAndKeepsEverySentence() {
    String text =
        "Skip to main content\n\nGeneral visits naval academy\n\n"
            + "Image: Some Agency/stock.example.com\n\n"
            + "The general visited the naval academy in Istanbul on Tuesday.\n"
            + "Cadets (Picture source: Navy)\n"
            + "He met cadets and officers.\n\n"
            + "Follow us on Twitter @example\n\nLoading...\nRelated articles\n"
            + "Navy chiefs sign pact\nArmy receives new tanks\n";
    Layout layout = reader.read(text);

    assertThat(body(layout, text))
        .containsExactly(
            "The general visited the naval academy in Istanbul on Tuesday.",
            "He met cadets and officers.");
    assertThat(roleOf(layout, text, "Navy chiefs sign pact")).isEqualTo("FURNITURE");
    assertThat(roleOf(layout, text, "Skip to main content")).isEqualTo("FURNITURE");
  }

  @Test
  void keepsAParagraphCutShortAtTheEnd() {
    String text =
        "The ministers met in Warsaw on Friday.\n\n"
            + "They also agreed to meet again in Seoul, after which the two";
    assertThat(body(reader.read(text), text)).hasSize(2);
  }

  @Test
  void keepsListItemsInsideTheReport() {
    String text =
        "The agreement will allow:\n\nJoint exercises of the two armies\n\n"
            + "Exchange of officers for training\n\nThe minister said the pact was historic.\n";
    assertThat(body(reader.read(text), text)).hasSize(4);
  }

  @Test
  void treatsRepeatedCaptionAsFurnitureButKeepsTheSentence() {
    String text =
        "Navies begin joint drill\n\nThe two navies sailed from Karachi on Monday\n\n"
            + "The joint drill will last five days, the navy said.\n\n"
            + "The two navies sailed from Karachi on Monday.\n";
    Layout layout = reader.read(text);

    assertThat(body(layout, text))
        .containsExactly(
            "The joint drill will last five days, the navy said.",
            "The two navies sailed from Karachi on Monday.");
  }

  @Test
  void stripsMarkdownFromTheTitleAndReadsTheAddress() {
    String text =
        "---\n\n## **ARMIES OF TWO STATES HOLD TALKS**\n\n-\n\n05.07.2019\n\n"
            + "The armies of two states held talks on Friday in Baku, the ministry said.\n\n"
            + "<https://news.example.org/a/123.html>\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().title()).isEqualTo("ARMIES OF TWO STATES HOLD TALKS");
    assertThat(layout.meta().published()).isEqualTo("2019-07-05");
    assertThat(layout.meta().url()).isEqualTo("https://news.example.org/a/123.html");
  }

  @Test
  void takesShortTitleWithFinalPeriodAboveAYearStub() {
    String text =
        "Skip to main content\n\nIndia, Oman to expand naval ties.\n\n| 2021\n\n"
            + "India and Oman will expand naval cooperation, the ministry said on Friday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().title()).isEqualTo("India, Oman to expand naval ties.");
    assertThat(layout.meta().published()).isNull();
  }

  @Test
  void rejectsSectionLabelAsTitle() {
    String text =
        "Last minute\n\nNavy Press Office\n\nNavies of two states hold joint drill\n\n"
            + "The navies held a joint drill on Monday, the ministry said.\n";
    assertThat(reader.read(text).meta().title()).isEqualTo("Navies of two states hold joint drill");
  }

  @Test
  void hasNoTitleWhenTheTextOpensWithProse() {
    String text = "The minister met the delegation in Islamabad on Wednesday, the ministry said.\n";
    assertThat(reader.read(text).meta().title()).isNull();
  }

  @Test
  void blockOffsetsReferToTheTextAsGiven() {
    String text =
        "\r\n  ## **Two armies meet**  \r\n\r\nCAIRO – The two armies met on Friday in Cairo.\r\n";
    Layout layout = reader.read(text);

    assertThat(layout.blocks())
        .extracting(b -> b.span().of(text))
        .containsExactly(
            "## **Two armies meet**", "CAIRO –", "The two armies met on Friday in Cairo.");
  }

  @Test
  void readsDatelineWithYearAsPublicationDate() {
    String text =
        "WASHINGTON, March 3, 2021 — The two secretaries met at the Pentagon on Wednesday.\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().published()).isEqualTo("2021-03-03");
    assertThat(layout.meta().datelineDate()).isEqualTo("2021-03-03");
  }

  @Test
  void keepsAListThatEndsTheReport() {
    String text =
        "The two ministers signed a defence pact in Tashkent on Friday.\n\n"
            + "The pact covers:\n- joint training\n- arms purchases\n- exchange of cadets\n\n"
            + "Related articles\nTwo navies drill in the Gulf\n";
    Layout layout = reader.read(text);

    assertThat(body(layout, text))
        .containsExactly(
            "The two ministers signed a defence pact in Tashkent on Friday.",
            "The pact covers:",
            "- joint training",
            "- arms purchases",
            "- exchange of cadets");
  }

  @Test
  void keepsSentencesThatOpenLikeFurniture() {
    String text =
        "The general returned to Tashkent on Monday.\n\n"
            + "Posted in Kabul in 2019, he trained cadets.\n\n"
            + "Terms of use of the airfield were agreed.\n\n"
            + "Share on the base rose, the ministry said.\n";
    assertThat(body(reader.read(text), text)).hasSize(4);
  }

  @Test
  void datelineDayOfTheYearBeforePublication() {
    String text = " date 2022-01-02 ANKARA, December 31. The two ministers met on Friday.\n";
    assertThat(reader.read(text).meta().datelineDate()).isEqualTo("2021-12-31");
  }

  @Test
  void documentedExampleHolds() {
    String text =
        "Defence chiefs meet in Baku\n"
            + "BAKU, Azerbaijan, May 4. The ministers met on Tuesday, Trend reports.\n"
            + "Related articles\n";
    Layout layout = reader.read(text);

    assertThat(layout.meta().dateline()).isEqualTo("Baku");
    assertThat(body(layout, text)).containsExactly("The ministers met on Tuesday, Trend reports.");
  }
}
