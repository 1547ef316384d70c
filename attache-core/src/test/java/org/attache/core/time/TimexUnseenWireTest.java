package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phenomena of unseen wire news, each on sentences written for this test, anchored at a Wednesday;
 * every expression is checked with its value and its TIMEX3 type.
 */
class TimexUnseenWireTest {
  /** A Wednesday. */
  private static final TimeAnchor WEDNESDAY = TimeAnchor.of(LocalDate.of(2019, 10, 16));

  private static List<String> tag(String text) {
    return TimexTagger.standard().tag(text, WEDNESDAY).stream()
        .map(t -> t.text() + "=" + t.value() + "/" + t.type())
        .toList();
  }

  @Test
  void readsAPresentTenseScheduleAsTheComingWeekday() {
    assertThat(tag("The harbour talks open Monday in Lisbon."))
        .containsExactly("Monday=2019-10-21/DATE");
    assertThat(tag("The regional summit begins Thursday and closes Saturday."))
        .containsExactly("Thursday=2019-10-17/DATE", "Saturday=2019-10-19/DATE");
    assertThat(tag("The senate votes Friday on the water bill."))
        .containsExactly("Friday=2019-10-18/DATE");
    assertThat(tag("The two coaches are meeting Tuesday to settle the dispute."))
        .containsExactly("Tuesday=2019-10-22/DATE");
    assertThat(tag("The new toll takes effect in December."))
        .containsExactly("December=2019-12/DATE");
  }

  @Test
  void readsBeToAsAFuture() {
    assertThat(tag("The mill is to publish its accounts on Monday."))
        .containsExactly("Monday=2019-10-21/DATE");
  }

  @Test
  void keepsAPastVerbOverAPresentOneAndPossessiveDaysInThePast() {
    assertThat(tag("Officials said the talks Monday ended without a deal."))
        .containsExactly("Monday=2019-10-14/DATE");
    assertThat(tag("The ferry sank Sunday.")).containsExactly("Sunday=2019-10-13/DATE");
    assertThat(tag("Inspectors are examining Monday's derailment."))
        .containsExactly("Monday=2019-10-14/DATE");
  }

  @Test
  void readsPluralWeekdaysAndWeekendsAsSets() {
    assertThat(tag("The fish market opens on Thursdays."))
        .containsExactly("Thursdays=XXXX-WXX-4/SET");
    assertThat(tag("Volunteers patrol on Saturday nights and Sunday mornings."))
        .containsExactly("Saturday nights=XXXX-WXX-6TNI/SET", "Sunday mornings=XXXX-WXX-7TMO/SET");
    assertThat(tag("The ferry does not run on weekends."))
        .containsExactly("weekends=XXXX-WXX-WE/SET");
  }

  @Test
  void readsASeasonWithoutArticleByTheClausesTense() {
    assertThat(tag("The new bridge will open in spring.")).containsExactly("spring=2020-SP/DATE");
    assertThat(tag("The roof collapsed in winter, and the school reopened in summer."))
        .containsExactly("winter=2018-WI/DATE", "summer=2019-SU/DATE");
    assertThat(tag("The mill will close by autumn.")).containsExactly("autumn=2019-FA/DATE");
    assertThat(tag("The harvest will start in late summer."))
        .containsExactly("late summer=2020-SU/DATE");
    assertThat(tag("A rise in summer tourism helped the town.")).isEmpty();
  }

  @Test
  void readsACountOfThingsPerUnitAsASet() {
    assertThat(tag("The bakery sells some 900 loaves a day.")).containsExactly("a day=P1D/SET");
    assertThat(tag("The line carries four freight trains a week."))
        .containsExactly("a week=P1W/SET");
    assertThat(tag("The mayor has been in office for a year."))
        .containsExactly("a year=P1Y/DURATION");
  }

  @Test
  void countsNarrativeWeeksFromAToldWeek() {
    assertThat(tag("The rail strike began last week. A week later the unions gave in."))
        .containsExactly("last week=2019-W41/DATE", "A week later=2019-W42/DATE");
  }

  @Test
  void readsThisWeekdayByTheClausesTense() {
    assertThat(tag("The jury will return its verdict this Friday."))
        .containsExactly("this Friday=2019-10-18/DATE");
    assertThat(tag("The jury returned its verdict this Monday."))
        .containsExactly("this Monday=2019-10-14/DATE");
  }

  @Test
  void readsTenseCuesAcrossAbbreviations() {
    assertThat(tag("The hearing opens at 9 a.m. Thursday."))
        .containsExactly("9 a.m. Thursday=2019-10-17T09:00/TIME");
    assertThat(tag("Gov. Lee will sign the measure Monday."))
        .containsExactly("Monday=2019-10-21/DATE");
  }

  @Test
  void readsAParticipleAfterBeAsNoPastAndMustAsAFuture() {
    assertThat(tag("The loan must be repaid by year-end.")).containsExactly("year-end=2019/DATE");
    assertThat(tag("The rent must be paid by Friday.")).containsExactly("Friday=2019-10-18/DATE");
  }

  @Test
  void readsThatNightAgainstTheLastDateTold() {
    assertThat(tag("The quake struck on Oct. 2, 2019. That night, aftershocks shook the city."))
        .containsExactly("Oct. 2, 2019=2019-10-02/DATE", "That night=2019-10-02TNI/TIME");
  }

  @Test
  void readsTheYearAndTheWeekAsTheStorysCurrentOnes() {
    assertThat(tag("Exports in 2018 slowed, and imports for the year fell 4 percent."))
        .containsExactly("2018=2018/DATE", "the year=2018/DATE");
    assertThat(tag("The currency lost 2 percent over the week."))
        .containsExactly("the week=2019-W42/DATE");
    assertThat(tag("She was named Coach of the Year.")).isEmpty();
    assertThat(tag("The pact came in the month of talks.")).isEmpty();
  }
}
