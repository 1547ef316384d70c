package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/**
 * Metadata read from the page's structure rather than from lists: the headline is the heading-like
 * line that leads the report's first paragraph, the site's name stands at the top of the page, a
 * section label is no dateline. Pages written for these tests, in the shapes of ministry sites,
 * embassy sites, wire services and magazines.
 */
class PageStructureTest {
  private final LayoutReader reader = LayoutReader.standard();

  private static final String PARAGRAPH =
      "The chiefs of the two navies met on Monday to discuss a joint exercise next spring.";

  private ReportMeta meta(String text) {
    return reader.read(text).meta();
  }

  @Test
  void headlineIsTheHeadingNearestAboveTheFirstParagraph() {
    String text =
        """
        Republic of Freedonia | Ministry of Defence

        Home | Ministry | Armed Forces | Media | Contact

        Media > News

        Defence minister receives visiting Ruritanian navy chief

        3 May 2025

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title()).isEqualTo("Defence minister receives visiting Ruritanian navy chief");
  }

  @Test
  void aSiteBannerAndAudioWidgetAreNoHeadline() {
    String text =
        """
        An official website of the United States government
        Here's how you know

        Listen to article (4 minutes)

        Coast guards of two allies train together in the Gulf of Aden

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title())
        .isEqualTo("Coast guards of two allies train together in the Gulf of Aden");
  }

  @Test
  void aStandfirstUnderTheHeadlineLeavesItTheHeadline() {
    String text =
        """
        NORDWIND MEDIA

        Fog keeps minister at home: visit to Tallinn put off

        The defence minister postponed his trip to Estonia after fog closed the airport. He spoke with his counterpart by phone.

        04.03.2025, 09:10 CET

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title()).isEqualTo("Fog keeps minister at home: visit to Tallinn put off");
  }

  @Test
  void aSectionLabelInCapitalsAboveTheHeadlineIsNoDateline() {
    String text =
        """
        HARBOUR LIGHT WEEKLY

        NAVAL

        Two frigates arrive in Mombasa for a week of drills

        MOMBASA — """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.dateline()).isEqualTo("Mombasa");
    assertThat(meta.title()).isEqualTo("Two frigates arrive in Mombasa for a week of drills");
  }

  @Test
  void aWeekdayOpeningTheSiteClockIsNoDateline() {
    String text =
        """
        Friday, 7 March 2025 | 6 Ramadan 1446

        Chiefs of staff meet in Amman on border security

        AMMAN — """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.dateline()).isEqualTo("Amman");
    assertThat(meta.title()).isEqualTo("Chiefs of staff meet in Amman on border security");
  }

  @Test
  void aCityAndDateOnTheirOwnLineUnderTheHeadlineGiveDatelineAndDate() {
    String text =
        """
        PRESS RELEASE

        MINISTRY REJECTS CLAIMS OF A FIGHTER JET DEAL

        Lusaka, 14 February 2025

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title()).isEqualTo("MINISTRY REJECTS CLAIMS OF A FIGHTER JET DEAL");
    assertThat(meta.dateline()).isEqualTo("Lusaka");
    assertThat(meta.published()).isEqualTo("2025-02-14");
  }

  @Test
  void aDateWithAClockBeforeItIsTheReportsDate() {
    String text =
        """
        Navies of three states end drill in the Java Sea

        By JANE ROE
        Updated 9:40 PM GMT+7, October 2, 2025

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.published()).isEqualTo("2025-10-02");
  }

  @Test
  void aDateLineWithTopicsAfterItIsMetadataNotTheHeadline() {
    String text =
        """
        Embassy hands over two rescue boats to the coast guard

        June 3, 2025 | Topics: News, Security Cooperation

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title()).isEqualTo("Embassy hands over two rescue boats to the coast guard");
    assertThat(meta.published()).isEqualTo("2025-06-03");
  }

  @Test
  void aShoutedNameAtTheTopOfThePageIsTheSite() {
    String text =
        """
        KESTREL
        World | Politics | Business | Sports

        Two armies open a mountain exercise in the Pamirs

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Kestrel");
    assertThat(meta.dateline()).isNull();
  }

  @Test
  void aGovernmentSiteIsNamedByItsInstitution() {
    String text =
        """
        Ministry of Defence | Republic of Freedonia

        Home | About | Media | Contact

        Minister receives the ambassador of Ruritania

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Ministry of Defence");
  }

  @Test
  void anEmbassySiteBelowTheGovernmentBannerIsTheOutlet() {
    String text =
        """
        An official website of the United States government
        Here's how you know

        U.S. Embassy in Freedonia

        Home | News & Events | Visas | Business

        Embassy trains coast guard officers in boarding drills

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("U.S. Embassy in Freedonia");
  }

  @Test
  void theWiresInitialsInTheDatelineStandForTheSiteAboveIt() {
    String text =
        """
        SILVER RIVER PRESS

        Two navies begin a joint patrol in the Gulf of Tonkin

        Hai Phong (SRP) – """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Silver River Press");
    assertThat(meta.dateline()).isEqualTo("Hai Phong");
  }

  @Test
  void aKnownCityInCapitalsAboveTheHeadlineIsTheDatelineNotTheSite() {
    String text =
        """
        NAIROBI
        4 June 2025 11:02 EAT

        Visit of the army chief was to review the border plan

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.dateline()).isEqualTo("Nairobi");
    assertThat(meta.outlet()).isNull();
  }

  @Test
  void aSiteNamedAsAPublicationOutranksASectionInCapitalsAboveIt() {
    String text =
        """
        DEFENCE
        The Lakeside Courier

        Two armies open a mountain exercise in the Pamirs

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("The Lakeside Courier");
  }

  @Test
  void aSkipLinkWrittenAsASentenceAndAMenuWithAbbreviationsAreFurniture() {
    String text =
        """
        Ministry of Defence
        Skip to main content (Press Enter).
        World | U.S. | U.K. | Politics | Sports

        Readout of the Minister's Meeting With the Chief of the Ruritanian Defence Staff

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title())
        .isEqualTo(
            "Readout of the Minister's Meeting With the Chief of the Ruritanian Defence Staff");
    assertThat(meta.outlet()).isEqualTo("Ministry of Defence");
  }

  @Test
  void aLongHeadlineUnderASectionLabelIsTheHeadlineAndTheLabelNoDateline() {
    String text =
        """
        RELEASES

        Readout of the Minister's Meeting With the Chief of the Ruritanian Defence Staff in Zenda

        Share: Facebook | X | Email | Copy link

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.title())
        .isEqualTo(
            "Readout of the Minister's Meeting With the Chief of the Ruritanian Defence Staff in Zenda");
    assertThat(meta.dateline()).isNull();
  }

  @Test
  void aKnownOutletInCapitalsAtTheTopKeepsItsKnownSpelling() {
    String text =
        """
        KAZTAG

        Two armies open a mountain exercise in the Pamirs

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("KazTAG");
  }

  @Test
  void aNameInInitialsOverItsSpelledOutFormIsTheFullName() {
    String text =
        """
        NPW
        Nordic Press Wire — English Service

        Home | Nordic | World | Business | Sport

        Frigates of two navies exercise off the Faroe Islands

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Nordic Press Wire");
    assertThat(meta.title()).isEqualTo("Frigates of two navies exercise off the Faroe Islands");
  }

  @Test
  void aSiteNameInAnotherScriptBeforeItsLatinFormGivesTheLatinForm() {
    String text =
        """
        Σημαία Αιγαίου | AEGEAN STANDARD
        English Edition

        Coast guards of two neighbours hold a search and rescue drill

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualToIgnoringCase("Aegean Standard");
  }

  @Test
  void twoCapitalsInBracketsAfterTheCityAreItsProvinceNotAnAgency() {
    String text =
        """
        ATLANTIC DEFENCE JOURNAL

        Cadets of two air forces graduate together

        RECIFE (PE) – """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.dateline()).isEqualToIgnoringCase("Recife");
    assertThat(meta.outlet()).isEqualToIgnoringCase("Atlantic Defence Journal");
  }

  @Test
  void anUpdateLabelInTheSiteLanguageDatesThePage() {
    String text =
        """
        Navies of two allies sign a maintenance arrangement

        Atualizado em 14/03/2025 às 09h40

        """
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.published()).isEqualTo("2025-03-14");
    assertThat(meta.title()).isEqualTo("Navies of two allies sign a maintenance arrangement");
  }
}
