package org.attache.core.query;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.ReprintFamilies;
import org.junit.jupiter.api.Test;

class SourceCountTest {
  private static final ReprintFamilies B2_REPRINTS_A1 = new ReprintFamilies(Map.of("b2", "a1"));

  private static Occurrence told(String id, String date, String... reports) {
    return new Occurrence(
        id,
        EventType.MEETING,
        "040",
        date,
        null,
        null,
        List.of("AZ", "PK"),
        List.of(),
        null,
        EventStatus.HAPPENED,
        Arrays.stream(reports).map(r -> new OccurrenceReport(r, 0, null, date)).toList(),
        B2_REPRINTS_A1.independent(List.of(reports)));
  }

  @Test
  void countsEachReportOnceAndAReprintWithItsText() {
    List<Occurrence> two =
        List.of(told("o1", "2023-05-10", "a1", "b2", "c3"), told("o2", "2023-05-11", "a1", "c3"));

    assertThat(SourceCount.of(two, B2_REPRINTS_A1, Map.of()))
        .isEqualTo(new SourceCount(2, 3, 1, 2, 0));
  }

  @Test
  void anEventIsUndatedOnlyWhenNeitherItsDateNorAReportGivesTheYear() {
    Map<String, String> published = Map.of("c3", "2023-05-12");
    Occurrence yearless = told("o1", "XXXX-05-11", "c3");
    Occurrence unknown = told("o2", null, "a1");

    assertThat(SourceCount.year(yearless, published)).isEqualTo(2023);
    assertThat(SourceCount.year(told("o3", "2019-WI", "a1"), published)).isEqualTo(2019);
    assertThat(SourceCount.year(unknown, published)).isNull();
    assertThat(SourceCount.of(List.of(yearless, unknown), B2_REPRINTS_A1, published).undated())
        .isEqualTo(1);
  }
}
