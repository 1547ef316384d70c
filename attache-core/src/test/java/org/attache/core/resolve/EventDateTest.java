package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import org.junit.jupiter.api.Test;

class EventDateTest {
  private static boolean compatible(String a, String b) {
    return EventDate.parse(a).compatibleWith(EventDate.parse(b));
  }

  @Test
  void aLabelKeepsWhatTheDateGivesAndSaysWhatItDoesNot() {
    assertThat(EventDate.parse("2021-03-03").label()).isEqualTo("3 March 2021");
    assertThat(EventDate.parse("2021-10").label()).isEqualTo("October 2021");
    assertThat(EventDate.parse("2021").label()).isEqualTo("2021");
    assertThat(EventDate.parse("2014-WI").label()).isEqualTo("winter 2014");
    assertThat(EventDate.parse("XXXX-10-28").label()).isEqualTo("28 October, year not stated");
    assertThat(EventDate.parse("XXXX-10").label()).isEqualTo("October, year not stated");
    assertThat(EventDate.parse("XXXX-AU").label()).isEqualTo("autumn, year not stated");
    assertThat(EventDate.parse("2023-W43").label()).isEqualTo("2023-W43");
    assertThat(EventDate.parse("2023-13").label()).isEqualTo("2023-13");
  }

  @Test
  void aYearlessDayIsCompatibleWithTheSameDayOfAnyYear() {
    assertThat(compatible("XXXX-10-28", "2023-10-28")).isTrue();
    assertThat(compatible("XXXX-10-28", "2023-10-27")).isFalse();
  }

  @Test
  void aDayIsCompatibleWithItsMonthAndYearOnly() {
    assertThat(compatible("2023-10-28", "2023-10")).isTrue();
    assertThat(compatible("2023-10-28", "2023")).isTrue();
    assertThat(compatible("2023-10-28", "2023-11")).isFalse();
    assertThat(compatible("2023-10-28", "2022")).isFalse();
  }

  @Test
  void aMonthIsCompatibleWithTheSeasonItFallsIn() {
    assertThat(compatible("2014-WI", "2014-01")).isTrue();
    assertThat(compatible("2014-SU", "2014-01")).isFalse();
    assertThat(compatible("2021-FA", "2021-AU")).isTrue();
  }

  @Test
  void valuesThatAreNoCalendarDateMatchOnlyThemselves() {
    assertThat(compatible("2023-W43", "2023-W43")).isTrue();
    assertThat(compatible("2023-W43", "2023")).isFalse();
  }

  @Test
  void fillsAMissingYearFromAnotherDate() {
    assertThat(EventDate.parse("XXXX-10-28").withYearOf(EventDate.parse("2023-10")).value())
        .isEqualTo("2023-10-28");
    assertThat(EventDate.parse("2022-10-28").withYearOf(EventDate.parse("2023")).value())
        .isEqualTo("2022-10-28");
  }

  @Test
  void weighsAgreementByWhatBothDatesGive() {
    assertThat(EventDate.parse("XXXX-10-28").agreement(EventDate.parse("2023-10-28"))).isEqualTo(3);
    assertThat(EventDate.parse("2021-09").agreement(EventDate.parse("2021-09-12"))).isEqualTo(2);
    assertThat(EventDate.parse("2022").agreement(EventDate.parse("2022"))).isEqualTo(1);
    assertThat(EventDate.parse("2022").agreement(EventDate.parse("2022-05"))).isEqualTo(1);
    assertThat(EventDate.parse("XXXX-10-28").agreement(EventDate.parse("2020"))).isZero();
  }

  @Test
  void ranksPrecisionFromDayToYear() {
    assertThat(EventDate.parse("2023-10-28").precision()).isEqualTo(4);
    assertThat(EventDate.parse("2023-10").precision()).isEqualTo(3);
    assertThat(EventDate.parse("2014-WI").precision()).isEqualTo(2);
    assertThat(EventDate.parse("2014").precision()).isEqualTo(1);
  }
}
