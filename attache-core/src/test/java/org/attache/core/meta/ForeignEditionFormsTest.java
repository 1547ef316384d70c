package org.attache.core.meta;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The English editions of foreign sites: bylines, dates and datelines written in the site's own
 * language around an English report. Reports written for these tests.
 */
class ForeignEditionFormsTest {
  private final LayoutReader reader = LayoutReader.standard();

  private static final String BODY =
      " – The chiefs of the two navies met on Monday to discuss a joint exercise next spring, the"
          + " ministry said in a statement.\n\nThe talks covered training and a port call.\n";

  private ReportMeta meta(String dateLine, String byline, String city) {
    return reader
        .read(
            "HARBOUR POST\n\nDEFENCE\n\nNavies plan a joint exercise\n\n"
                + byline
                + "\n\n"
                + dateLine
                + "\n\n"
                + city
                + BODY)
        .meta();
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "10/03/2026 – 19:05; 2026-03-10",
        "03.09.2026 kell 14:22; 2026-09-03",
        "16.03.2026. 12:47; 2026-03-16",
        "5.3.2026 klo 14.02; 2026-03-05",
        "Publicado el 11 de marzo de 2026; 2026-03-11",
        "16. März 2026, 08:30 Uhr; 2026-03-16",
        "Mercredi 4 février 2026 à 10h15; 2026-02-04",
      })
  void readsTheDateOfAForeignDateLine(String line, String published) {
    assertThat(meta(line, "By Ana Lima", "ACCRA").published()).isEqualTo(published);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "Por / By Julia Montes Ferro; Julia Montes Ferro",
        "Par Luc Kamba; Luc Kamba",
        "Autor: Ivo Horvat; Ivo Horvat",
        "Von Jan Berger; Jan Berger",
        "Oleh Siti Rahmawati; Siti Rahmawati",
      })
  void readsAForeignBylineLabel(String line, String author) {
    assertThat(meta("2026-03-10", line, "ACCRA").author()).isEqualTo(author);
  }

  @Test
  void aOneWordNameAfterAShortLabelIsNoByline() {
    // "Da Nang" is a city, not "By Nang".
    ReportMeta meta = meta("2026-03-10", "Da Nang", "ACCRA");
    assertThat(meta.author()).isNull();
    assertThat(meta.outlet()).isNotEqualTo("Nang");
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      value = {
        "VÕRU; Võru",
        "TROMSØ; Tromsø",
        "HRAUNVÍK; Hraunvík",
        "SANTO DOMINGO; Santo Domingo"
      })
  void readsADatelineInCapitalsOfAnyLetters(String city, String dateline) {
    assertThat(meta("2026-03-10", "By Ana Lima", city).dateline()).isEqualTo(dateline);
  }

  @Test
  void aForeignWeekdayLedDateAboveTheHeadlineIsTheSitesClock() {
    ReportMeta meta =
        reader
            .read(
                "HARBOUR POST\n\nMiércoles 11 de marzo de 2026 | Buenos Aires 24°C\n\n"
                    + "Navies plan a joint exercise\n\nBy Ana Lima\n\n10/03/2026 – 19:05\n\n"
                    + "BUENOS AIRES"
                    + BODY)
            .meta();
    assertThat(meta.published()).isEqualTo("2026-03-10");
  }

  @Test
  void theFurnitureOfAForeignEditionIsNotTheHeadline() {
    ReportMeta meta =
        reader
            .read(
                "DIARIO DEL SUR\nEdición en inglés | English edition\n\n"
                    + "Jueves 5 de febrero de 2026 | Lima 24°C | Dólar $3,71\n\n"
                    + "Inicio | Política | Economía | Mundo | Defensa\n\n"
                    + "Usamos cookies para mejorar su experiencia. Si sigue navegando, acepta su"
                    + " uso. [Aceptar] [Más información]\n\n"
                    + "Navies plan a joint exercise\n\nPor / By Ana Lima\n\n"
                    + "04/02/2026 – 19:05\n\nCompartir: Facebook | X | WhatsApp | Copiar enlace"
                    + "\n\nLIMA"
                    + BODY
                    + "\nLea también / Read also\n\nNew metro line opens to the airport\n")
            .meta();
    assertThat(meta.title()).isEqualTo("Navies plan a joint exercise");
    assertThat(meta.published()).isEqualTo("2026-02-04");
    assertThat(meta.author()).isEqualTo("Ana Lima");
    assertThat(meta.dateline()).isEqualTo("Lima");
  }
}
