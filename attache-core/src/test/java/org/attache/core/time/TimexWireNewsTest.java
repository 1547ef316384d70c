package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phenomena of wire news the tagger must read wherever they appear, each on sentences written for
 * this test in the style of agency reports, anchored at a Wednesday.
 */
class TimexWireNewsTest {
  /** A Wednesday. */
  private static final TimeAnchor WEDNESDAY = TimeAnchor.of(LocalDate.of(1998, 3, 4));

  private static List<String> tag(String text) {
    return TimexTagger.standard().tag(text, WEDNESDAY).stream()
        .map(t -> t.text() + "=" + t.value())
        .toList();
  }

  @Test
  void writesDecadesAsTheirThreeDigits() {
    assertThat(tag("Trade boomed in the 1980s and slowed in the early '90s."))
        .containsExactly("the 1980s=198", "the early '90s=199");
    assertThat(tag("Output has fallen this decade.")).containsExactly("this decade=199");
  }

  @Test
  void readsQuartersAndHalvesOfEarningsReports() {
    assertThat(tag("Profit in the quarter fell 8 percent, and the company said it expects a loss."))
        .containsExactly("the quarter=1997-Q4");
    assertThat(tag("Sales in the latest quarter rose."))
        .containsExactly("the latest quarter=1997-Q4");
    assertThat(
            tag("Revenue for the fiscal first quarter and the third quarter of fiscal 1997 rose."))
        .containsExactly(
            "the fiscal first quarter=1998-Q1", "the third quarter of fiscal 1997=1997-Q3");
    assertThat(tag("The bank lost money in the second half but will grow in the first half."))
        .containsExactly("the second half=1997-H2", "the first half=1998-H1");
    assertThat(tag("He scored in the first half of the match.")).isEmpty();
    assertThat(tag("The team reached the quarter-finals.")).isEmpty();
  }

  @Test
  void readsRecentAndThatTimeAsPastReferences() {
    assertThat(tag("The recent clashes killed 12 people.")).containsExactly("recent=PAST_REF");
    assertThat(tag("At that time, the border was closed."))
        .containsExactly("At that time=PAST_REF");
    assertThat(tag("Clashes have grown in recent weeks.")).containsExactly("recent weeks=PXW");
  }

  @Test
  void datesABareWeekdayAfterAnIrregularPastVerbBeforeTheReport() {
    assertThat(tag("Shares fell Friday, and the dollar rose Thursday."))
        .containsExactly("Friday=1998-02-27", "Thursday=1998-02-26");
  }

  @Test
  void readsLongAdjectivesAndFractionsOfCenturiesAsDurations() {
    assertThat(tag("A weeklong strike followed the month-long siege and a two-year-long inquiry."))
        .containsExactly("weeklong=P1W", "month-long=P1M", "two-year-long=P2Y");
    assertThat(tag("The feud has lasted half a century; a quarter century ago it began."))
        .containsExactly("half a century=P50Y", "a quarter century ago=1973");
  }

  @Test
  void readsYearEarlierAndTheYearBeforeAgainstTheStorysLastDate() {
    assertThat(tag("Net income in 1997 rose from the year-earlier level."))
        .containsExactly("1997=1997", "year-earlier=1996");
    assertThat(tag("Sales fell from the year-ago quarter.")).containsExactly("year-ago=1997");
    assertThat(tag("The rebels took the town in 1995. The year before, they had lost it."))
        .containsExactly("1995=1995", "The year before=1994");
  }

  @Test
  void readsInUnitsAtTheEndOfAClauseAsAVagueDuration() {
    assertThat(tag("It was the worst fighting in years, and the first strike in decades."))
        .containsExactly("years=PXY", "decades=PXY");
  }

  @Test
  void readsTheWeekendAfterThroughAndInto() {
    assertThat(tag("The shelling went on through the weekend."))
        .containsExactly("the weekend=1998-W09-WE");
  }
}
