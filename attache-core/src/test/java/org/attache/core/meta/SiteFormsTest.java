package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

/** Agency datelines and metadata lines of more sites, in reports written for these tests. */
class SiteFormsTest {
  private final LayoutReader reader = LayoutReader.standard();

  private static final String PARAGRAPH =
      "The chiefs of the two navies met on Monday to discuss a joint exercise next spring.";

  private ReportMeta meta(String text) {
    return reader.read(text).meta();
  }

  @Test
  void readsTitleCaseCityWithColonWhenItIsAKnownCity() {
    ReportMeta meta = meta("Dubai: " + PARAGRAPH);
    assertThat(meta.dateline()).isEqualTo("Dubai");
  }

  @Test
  void headlineWithAColonIsNoDateline() {
    String text = "Operation Sea Shield: two navies drill off Oman\n\n" + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.dateline()).isNull();
    assertThat(meta.title()).isEqualTo("Operation Sea Shield: two navies drill off Oman");
  }

  @Test
  void readsWireNamedAfterTheDate() {
    ReportMeta meta = meta("Baku, March 3, AZERTAC. " + PARAGRAPH);

    assertThat(meta.dateline()).isEqualTo("Baku");
    assertThat(meta.outlet()).isEqualTo("AZERTAC");
    assertThat(meta.published()).isNull();
  }

  @Test
  void readsKnownWireBetweenDateAndDash() {
    ReportMeta meta = meta("TOKYO, June 2 Kyodo - " + PARAGRAPH);

    assertThat(meta.dateline()).isEqualTo("Tokyo");
    assertThat(meta.outlet()).isEqualTo("Kyodo");
  }

  @Test
  void readsPiecesOfAMetadataLine() {
    String text =
        "Navies plan joint exercise\n\nSource: Xinhua | 2021-11-22 19:02:18 | Editor: Li Ming\n\n"
            + PARAGRAPH;
    ReportMeta meta = meta(text);

    assertThat(meta.outlet()).isEqualTo("Xinhua");
    assertThat(meta.published()).isEqualTo("2021-11-22");
    assertThat(meta.author()).isNull();
  }

  @Test
  void readsAuthorBesideADate() {
    ReportMeta piped =
        meta(
            "Navies plan joint exercise\n\nAyse Demir |01.08.2025 - Update : 01.08.2025\n\n"
                + PARAGRAPH);
    assertThat(piped.author()).isEqualTo("Ayse Demir");
    assertThat(piped.published()).isEqualTo("2025-08-01");

    ReportMeta published =
        meta("Navies plan joint exercise\n\nOmar Farooq Published March 3, 2021\n\n" + PARAGRAPH);
    assertThat(published.author()).isEqualTo("Omar Farooq");
    assertThat(published.published()).isEqualTo("2021-03-03");
  }

  @Test
  void tellsAPersonFromAnOutletBesideADate() {
    assertThat(meta("Drills end\n\nKaran Mehta September 2, 2022\n\n" + PARAGRAPH).author())
        .isEqualTo("Karan Mehta");
    ReportMeta outlet = meta("Drills end\n\nCaspian Daily September 2, 2022\n\n" + PARAGRAPH);
    assertThat(outlet.outlet()).isEqualTo("Caspian Daily");
    assertThat(outlet.author()).isNull();
  }

  @Test
  void keepsAMixedLineThatIsNotAllMetadataInTheBody() {
    String text = PARAGRAPH + "\n\nThe drill | a first for both navies | begins in May\n";
    assertThat(reader.read(text).body()).hasSize(2);
  }

  @Test
  void readsYearWrittenWithoutASpaceAfterTheComma() {
    assertThat(meta("Drills end\n\nPublished Mar 03,2021 12:00 pm\n\n" + PARAGRAPH).published())
        .isEqualTo("2021-03-03");
  }
}
