package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.junit.jupiter.api.Test;

class EventFilterTest {
  private static EventRecord event(String day, EventType type, String... states) {
    return new EventRecord(
        "r-0",
        "r",
        null,
        type,
        type.cameo(),
        null,
        day,
        null,
        null,
        List.of(new EventParticipant("Anar Karimov", "host", "p-1", "AZ", List.of())),
        List.of(states),
        null,
        EventStatus.HAPPENED,
        new Span(0, 1),
        "x",
        null,
        1,
        List.of());
  }

  @Test
  void comparesDaysAtTheBoundsPrecisionSoAYearBoundTakesTheWholeYear() {
    EventRecord lateIn2021 = event("2021-12-31", EventType.MEETING, "AZ", "PK");

    assertThat(new EventFilter(null, null, null, "2021", "2021", null).matches(lateIn2021))
        .isTrue();
    assertThat(new EventFilter(null, null, null, "2021-12", null, null).matches(lateIn2021))
        .isTrue();
    assertThat(new EventFilter(null, null, null, null, "2021-11", null).matches(lateIn2021))
        .isFalse();
    assertThat(new EventFilter(null, null, null, "2022", null, null).matches(lateIn2021)).isFalse();
  }

  @Test
  void anEventOfUnknownDayFailsEveryDateFilterButNoOther() {
    EventRecord undated = event(null, EventType.EXERCISE, "AZ", "TR");

    assertThat(new EventFilter("TR", "AZ", EventType.EXERCISE, null, null, "p-1").matches(undated))
        .isTrue();
    assertThat(new EventFilter(null, null, null, "2000", null, null).matches(undated)).isFalse();
    assertThat(new EventFilter(null, null, null, null, "2100", null).matches(undated)).isFalse();
  }

  @Test
  void takesTheEventsOwnYearBeforeTheReportsDay() {
    assertThat(CatalogSnapshot.dayOf("2023-10-28", "2023-11-02")).isEqualTo("2023-10-28");
    assertThat(CatalogSnapshot.dayOf("2023-W43", "2023-11-02")).isEqualTo("2023");
    assertThat(CatalogSnapshot.dayOf("XXXX-10-28", "2023-11-02")).isEqualTo("2023-11-02");
    assertThat(CatalogSnapshot.dayOf(null, null)).isNull();
  }
}
