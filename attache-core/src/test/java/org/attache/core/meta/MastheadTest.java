package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Site headers above a report: mastheads, menus, page clocks and reprint sources. */
class MastheadTest {
  private final LayoutReader reader = LayoutReader.standard();

  private static final String HEADLINE = "Coastguard and navy hold joint drill off Wales";
  private static final String PARAGRAPH =
      "The two services practised a search and rescue operation on Thursday, officials said.";

  private ReportMeta meta(String text) {
    return reader.read(text).meta();
  }

  @Test
  void readsTitleCaseSiteNameAboveTheHeadlineAsTheOutlet() {
    ReportMeta meta = meta("The Fenland Courier\n\n" + HEADLINE + "\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("The Fenland Courier");
    assertThat(meta.title()).isEqualTo(HEADLINE);
  }

  @Test
  void readsSiteNameAboveALongHeadline() {
    String headline =
        "Coastguard and navy hold joint drill off Wales, pledge closer ties in the Irish Sea";
    ReportMeta meta = meta("The Fenland Courier\n\n" + headline + "\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("The Fenland Courier");
    assertThat(meta.title()).isEqualTo(headline);
  }

  @Test
  void readsSiteNameInCapitalsAsTheOutletInTitleCase() {
    ReportMeta meta = meta("HIGHLAND SECURITY GAZETTE\n" + HEADLINE + "\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("Highland Security Gazette");
    assertThat(meta.title()).isEqualTo(HEADLINE);
    assertThat(meta.dateline()).isNull();
  }

  @Test
  void siteNameWithoutPublicationWordIsTheOutletWhenTheBylineSignsWithIt() {
    String text =
        "Andean Security Affairs\n\n" + HEADLINE + "\n\nBy Andean Security Affairs\n\n" + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Andean Security Affairs");
    assertThat(meta.author()).isNull();
    assertThat(meta.title()).isEqualTo(HEADLINE);
  }

  @Test
  void shortSiteNameSignedByTheBylineIsTheOutlet() {
    ReportMeta meta = meta("Tarn Insight\n\n" + HEADLINE + "\n\nBy Tarn Insight\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("Tarn Insight");
    assertThat(meta.author()).isNull();
  }

  @Test
  void personNamedUnderTheHeadlineAndInTheBylineStaysTheAuthor() {
    ReportMeta meta = meta(HEADLINE + "\n\nSara Novak\n\nBy Sara Novak\n\n" + PARAGRAPH);

    assertThat(meta.author()).isEqualTo("Sara Novak");
    assertThat(meta.outlet()).isNull();
  }

  @Test
  void siteNameWithItsSectionAfterItIsTheOutlet() {
    ReportMeta meta = meta("The Fenland Courier | Defence\n\n" + HEADLINE + "\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("The Fenland Courier");
    assertThat(meta.title()).isEqualTo(HEADLINE);
  }

  @Test
  void mottoUnderTheSiteNameIsNotTheHeadline() {
    String text =
        "Pennine Defence Post\nYour eye on the northern skies\n" + HEADLINE + "\n" + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title()).isEqualTo(HEADLINE);
    assertThat(meta.outlet()).isEqualTo("Pennine Defence Post");
  }

  @Test
  void headlineUnderTheSiteNameStaysTheHeadlineAboveADate() {
    String headline = "Navies drill off the coast";
    String text = "Pennine Defence Post\n" + headline + "\n12 May 2023\n" + PARAGRAPH;
    assertThat(meta(text).title()).isEqualTo(headline);
  }

  @Test
  void cookieAndPrivacyNoticesAreNotTheHeadline() {
    for (String notice :
        new String[] {
          "Accept all cookies",
          "Cookies on this site",
          "We respect your privacy. Our partners and we keep data on your device. Agree"
        }) {
      String text = "Pennine Defence Post\n" + notice + "\n\n" + HEADLINE + "\n\n" + PARAGRAPH;
      assertThat(meta(text).title()).as(notice).isEqualTo(HEADLINE);
    }
  }

  @Test
  void headlineWithAnAbbreviationStaysTheHeadline() {
    String headline = "U.S. Army chief meets Gen. Khan in Karachi";
    assertThat(meta(headline + "\n\n" + PARAGRAPH).title()).isEqualTo(headline);
  }

  @Test
  void twoWordBylineEndingInASurnameWordNamesAPerson() {
    ReportMeta person = meta(HEADLINE + "\n\nBy Wei Sun\n\n" + PARAGRAPH);
    assertThat(person.author()).isEqualTo("Wei Sun");
    assertThat(person.outlet()).isNull();

    ReportMeta site = meta(HEADLINE + "\n\nBy Harbour Valley Post\n\n" + PARAGRAPH);
    assertThat(site.author()).isNull();
    assertThat(site.outlet()).isEqualTo("Harbour Valley Post");
  }

  @Test
  void deskBylineOfAPublicationNamesTheOutlet() {
    ReportMeta meta = meta(HEADLINE + "\n\nBy Orkney Ledger Staff\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("Orkney Ledger");
    assertThat(meta.author()).isNull();
  }

  @Test
  void bylineWithTheSiteAfterABarGivesAuthorAndOutlet() {
    ReportMeta meta =
        meta(HEADLINE + "\n\nBy Petra Ionescu | Danube Defence Monitor\n\n" + PARAGRAPH);

    assertThat(meta.author()).isEqualTo("Petra Ionescu");
    assertThat(meta.outlet()).isEqualTo("Danube Defence Monitor");
  }

  @Test
  void bylineWithPublicationWordNamesAnOutletNotAnAuthor() {
    ReportMeta meta = meta(HEADLINE + "\n\nBy Danube Defence Monitor\n\n" + PARAGRAPH);

    assertThat(meta.outlet()).isEqualTo("Danube Defence Monitor");
    assertThat(meta.author()).isNull();
  }

  @Test
  void titleCaseHeadlineAtTheTopStaysTheHeadline() {
    ReportMeta meta = meta("Navies Begin Joint Patrol In The Gulf\n\n" + PARAGRAPH);

    assertThat(meta.title()).isEqualTo("Navies Begin Joint Patrol In The Gulf");
    assertThat(meta.outlet()).isNull();
  }

  @Test
  void menusAndReadingTimesAreNotTheHeadline() {
    String spaced = "Lakeland Observer\nHome  World  Defence  Opinion\n\n";
    assertThat(meta(spaced + HEADLINE + "\n\n" + PARAGRAPH).title()).isEqualTo(HEADLINE);

    String piped = "Home | Fleet | Opinion | E-Paper\nReading time: 4 min\n\n";
    ReportMeta meta = meta(piped + HEADLINE + "\n\n" + PARAGRAPH);
    assertThat(meta.title()).isEqualTo(HEADLINE);

    assertThat(meta("Read time: 2 minutes\n\n" + HEADLINE + "\n\n" + PARAGRAPH).title())
        .isEqualTo(HEADLINE);
  }

  @Test
  void pageClockAboveTheHeadlineGivesWayToTheArticleDate() {
    String text =
        "MERIDIAN NAVAL TIMES\nHome | Fleet | Opinion\n\nTuesday June 6 2023\n\n"
            + "This website uses cookies to give you a better service. Accept\n\n"
            + HEADLINE
            + "\n\n3 June 2023 09:12 (UTC+01:00)\n\nBy Anna Kowal\n\n"
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.published()).isEqualTo("2023-06-03");
    assertThat(meta.title()).isEqualTo(HEADLINE);
    assertThat(meta.outlet()).isEqualTo("Meridian Naval Times");
    assertThat(meta.author()).isEqualTo("Anna Kowal");
  }

  @Test
  void sourceLineOfAReprintNamesTheReportingOutlet() {
    String text =
        "PRAIRIE DEFENCE DIGEST\n\n"
            + HEADLINE
            + "\n\nBy Anna Kowal\n\nSource: Adriatic Defence Herald\n\n"
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Adriatic Defence Herald");
    assertThat(meta.title()).isEqualTo(HEADLINE);
  }

  @Test
  void sourceLineOutranksTheSiteSigningTheByline() {
    String text =
        "Prairie Defence Digest\n\n"
            + HEADLINE
            + "\n\nBy Prairie Defence Digest\n\nSource: Adriatic Defence Herald\n\n"
            + PARAGRAPH;
    assertThat(meta(text).outlet()).isEqualTo("Adriatic Defence Herald");
  }

  @Test
  void capitalisedHeadlineEndingInAPublicationWordStaysTheHeadline() {
    String headline = "Army Chief Briefs The National Press";
    ReportMeta meta = meta(headline + "\n\nISLAMABAD: " + PARAGRAPH);

    assertThat(meta.title()).isEqualTo(headline);
    assertThat(meta.outlet()).isNull();
  }

  @Test
  void readsTheSiteNameUnderACookieBanner() {
    String text =
        "We use cookies to measure how readers use this site, as set out in our policy. Accept\n"
            + "The Fenland Courier\n"
            + HEADLINE
            + "\n\n"
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("The Fenland Courier");
    assertThat(meta.title()).isEqualTo(HEADLINE);
  }

  @Test
  void mastheadLineIsMetadataNotBody() {
    Layout layout = reader.read("The Fenland Courier\n\n" + HEADLINE + "\n\n" + PARAGRAPH);

    assertThat(layout.blocks().get(0).role()).isEqualTo(BlockRole.META);
    assertThat(layout.body()).hasSize(1);
  }

  @Test
  void menuOfSectionNamesJoinedBySingleSpacesIsNotTheHeadline() {
    String text = "Home News Security Politics Features\n\n" + HEADLINE + "\n\n" + PARAGRAPH;
    assertThat(meta(text).title()).isEqualTo(HEADLINE);
  }

  @Test
  void weekdayDateUnderTheHeadlineGivesWayToAPlainArticleDate() {
    String text =
        HEADLINE + "\n\nFriday, 9 June 2023\n\nPublished 7 June 2023, 18:40\n\n" + PARAGRAPH;
    assertThat(meta(text).published()).isEqualTo("2023-06-07");

    String alone = HEADLINE + "\n\nFriday, 9 June 2023\n\n" + PARAGRAPH;
    assertThat(meta(alone).published()).isEqualTo("2023-06-09");
  }

  @Test
  void publicationNameAfterTheHeadlineIsTheSiteNotPartOfTheTitle() {
    ReportMeta meta = meta(HEADLINE + " | The Orkney Ledger\n\n" + PARAGRAPH);

    assertThat(meta.title()).isEqualTo(HEADLINE);
    assertThat(meta.outlet()).isEqualTo("The Orkney Ledger");
  }
}
