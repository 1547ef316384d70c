package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import org.junit.jupiter.api.Test;

class AnchoredCalendarTest {
  private static AnchoredCalendar at(int y, int m, int d) {
    return new AnchoredCalendar(TimeAnchor.of(LocalDate.of(y, m, d)));
  }

  @Test
  void numbersWeeksByTheIsoWeekYear() {
    assertThat(at(2021, 1, 1).week(0)).isEqualTo("2020-W53");
    assertThat(at(2013, 3, 22).week(-1)).isEqualTo("2013-W11");
  }

  @Test
  void placesSeasonsAroundTheAnchor() {
    AnchoredCalendar march = at(2013, 3, 22);
    assertThat(march.season("SU", -1)).isEqualTo("2012-SU");
    assertThat(march.season("WI", -1)).isEqualTo("2012-WI");
    assertThat(march.season("SU", 1)).isEqualTo("2013-SU");
    assertThat(at(2013, 7, 1).season("SP", -1)).isEqualTo("2013-SP");
  }

  @Test
  void picksTheNearestYearForAMonthDayUnlessFarAndTenseSaysOtherwise() {
    AnchoredCalendar jan = at(2024, 1, 3);
    assertThat(jan.monthDay(11, 20, Tense.UNKNOWN)).isEqualTo("2023-11-20");
    assertThat(jan.monthDay(11, 20, Tense.FUTURE)).isEqualTo("2024-11-20");
    // Within a month of the anchor the nearest date wins even against the tense.
    assertThat(jan.monthDay(12, 28, Tense.FUTURE)).isEqualTo("2023-12-28");
    assertThat(jan.monthDay(2, 30, Tense.UNKNOWN)).isEqualTo("XXXX-02-30");
  }

  @Test
  void leavesUnknownDigitsAsXWithoutAnchor() {
    AnchoredCalendar none = new AnchoredCalendar(TimeAnchor.NONE);
    assertThat(none.year(-1)).isEqualTo("XXXX");
    assertThat(none.week(1)).isEqualTo("XXXX-WXX");
    assertThat(none.weekday(3, Tense.PAST)).isEqualTo("XXXX-WXX-3");
    assertThat(none.monthOfYear(8, Tense.PAST)).isEqualTo("XXXX-08");
  }
}
