package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * A byline without its "By": many sites print the reporter's name alone on a line between the
 * headline and the story, and government readouts attribute a statement to a spokesperson. Reports
 * written for these tests.
 */
class BareBylineTest {
  private final LayoutReader reader = LayoutReader.standard();

  private static final String BODY =
      "\n\nACCRA – The chiefs of the two navies met on Monday to discuss a joint exercise next"
          + " spring, the ministry said in a statement.\n\nThe talks covered training and a port"
          + " call.\n";

  private ReportMeta meta(String header) {
    return reader.read("HARBOUR POST\n\nNavies plan a joint exercise\n\n" + header + BODY).meta();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Efua Asantewaa-Boateng\\n\\n12 March 2026; Efua Asantewaa-Boateng",
        "12 March 2026\\n\\nTomás Ferreira Lima; Tomás Ferreira Lima",
        "Piotr Zawadzki\\n\\nListen to this article 3:05; Piotr Zawadzki",
      })
  void aNameAloneBelowTheHeadlineIsTheByline(String header, String author) {
    assertThat(meta(header.replace("\\n", "\n")).author()).isEqualTo(author);
  }

  @Test
  void aNameBesideTheDateUnderAStandfirstIsTheByline() {
    String page =
        "HARBOUR POST\n\nNavies plan a joint exercise\n\nThe chiefs of the two navies agreed"
            + " on Monday to hold a joint exercise next spring, their ministries said.\n\n"
            + "12.03.2026, 09:40 CET\n\nEfua Mensah\n\nThe talks in Accra covered training and a"
            + " port call by a frigate, the statement said.\n";
    assertThat(reader.read(page).meta().author()).isEqualTo("Efua Mensah");
  }

  @Test
  void aNameInTheStoryAwayFromTheDateIsNoByline() {
    String page =
        "HARBOUR POST\n\nNavies plan a joint exercise\n\nThe chiefs of the two navies agreed"
            + " on Monday to hold a joint exercise next spring, their ministries said.\n\n"
            + "Efua Mensah\n\nThe talks in Accra covered training and a port call by a frigate,"
            + " the statement said.\n";
    assertThat(reader.read(page).meta().author()).isNull();
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "South Africa\n\n12 March 2026",
        "Middle East\n\n12 March 2026",
        "Santo Domingo\n\n12 March 2026",
        "Defence Ministry\n\n12 March 2026",
        "Latest News\n\n12 March 2026",
      })
  void aPlaceOrLabelAloneBelowTheHeadlineIsNoByline(String header) {
    assertThat(meta(header).author()).isNull();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Attributed to Pentagon Press Secretary Karen Holm:; Karen Holm",
        "The following statement is attributed to State Department Spokesperson Ana Reyes:;"
            + " Ana Reyes",
        "Attributed to Deputy Spokesperson Tomas Berg; Tomas Berg",
      })
  void aStatementAttributedToASpokespersonIsSignedByThem(String line, String author) {
    assertThat(meta("March 4, 2026\n\n" + line).author()).isEqualTo(author);
  }
}
