package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import java.time.LocalDate;
import java.util.List;
import org.attache.core.Span;
import org.junit.jupiter.api.Test;

class TimexTaggerTest {
  /** A Friday. */
  private static final TimeAnchor FRIDAY = TimeAnchor.of(LocalDate.of(2013, 3, 22));

  private static List<String> tag(String text, TimeAnchor anchor) {
    return TimexTagger.standard().tag(text, anchor).stream()
        .map(t -> t.text() + "=" + t.value())
        .toList();
  }

  private static List<String> types(String text) {
    return TimexTagger.standard().tag(text, FRIDAY).stream()
        .map(t -> t.text() + "=" + t.type())
        .toList();
  }

  @Test
  void readsNewsDateFormats() {
    assertThat(tag("Signed on 2021-03-03 and ratified on 02.12.2021.", FRIDAY))
        .containsExactly("2021-03-03=2021-03-03", "02.12.2021=2021-12-02");
    assertThat(tag("The frigate arrived on 23 March 2022 and left on March 23, 2022.", FRIDAY))
        .containsExactly("23 March 2022=2022-03-23", "March 23, 2022=2022-03-23");
    assertThat(tag("Posted Thursday April 25 2024 by the desk.", FRIDAY))
        .containsExactly("Thursday April 25 2024=2024-04-25");
  }

  @Test
  void joinsTimeOfDayWithTheDateBesideIt() {
    assertThat(tag("Updated 11 March 2020 23:14 IST", FRIDAY))
        .containsExactly("11 March 2020 23:14 IST=2020-03-11T23:14");
    assertThat(tag("The vote has been put off until 15:00 GMT Saturday.", FRIDAY))
        .containsExactly("15:00 GMT Saturday=2013-03-23T15:00");
  }

  @Test
  void resolvesYearlessDateAgainstDateline() {
    assertThat(tag("The delegation met on Dec 4 in Ankara.", FRIDAY))
        .containsExactly("Dec 4=2012-12-04");
    assertThat(tag("The drills will begin on April 7.", FRIDAY))
        .containsExactly("April 7=2013-04-07");
    assertThat(tag("The drills will last until May 5.", FRIDAY))
        .containsExactly("May 5=2013-05-05");
    assertThat(tag("The proposed drills on March 28 were called off.", FRIDAY))
        .containsExactly("March 28=2013-03-28");
    assertThat(tag("The minister visited on the 20th of this month.", FRIDAY))
        .containsExactly("the 20th of this month=2013-03-20");
  }

  @Test
  void keepsYearUnknownWithoutAnchor() {
    assertThat(tag("The talks ended on October 28.", TimeAnchor.NONE))
        .containsExactly("October 28=XXXX-10-28");
    assertThat(tag("They met on Monday and again last year.", TimeAnchor.NONE))
        .containsExactly("Monday=XXXX-WXX-1", "last year=XXXX");
    assertThat(tag("The pact was signed last week.", TimeAnchor.NONE))
        .containsExactly("last week=XXXX-WXX");
  }

  @Test
  void readsBareWeekdayAsTheNearestOneOnTheClausesSide() {
    assertThat(tag("The minister said on Monday that the deal was done.", FRIDAY))
        .containsExactly("Monday=2013-03-18");
    assertThat(tag("The envoy arrived Friday.", FRIDAY)).containsExactly("Friday=2013-03-22");
    assertThat(tag("The envoys will meet on Tuesday.", FRIDAY))
        .containsExactly("Tuesday=2013-03-26");
  }

  @Test
  void resolvesDeicticAndRelativeExpressions() {
    assertThat(
            tag(
                "The chiefs met yesterday, will meet again tomorrow and speak today about last week.",
                FRIDAY))
        .containsExactly(
            "yesterday=2013-03-21",
            "tomorrow=2013-03-23",
            "today=2013-03-22",
            "last week=2013-W11");
    assertThat(tag("Earlier this year the navy grew; next month it grows again.", FRIDAY))
        .containsExactly("Earlier this year=2013", "next month=2013-04");
    assertThat(tag("The base opened two weeks ago, the depot four years ago.", FRIDAY))
        .containsExactly("two weeks ago=2013-W10", "four years ago=2009");
    assertThat(tag("The corvette sank late last July, not last summer.", FRIDAY))
        .containsExactly("late last July=2012-07", "last summer=2012-SU");
  }

  @Test
  void resolvesNarrativeDatesAgainstTheLastDateTold() {
    assertThat(
            tag(
                "The envoy landed on 5 June. The next day he met the chief of staff, and two days"
                    + " later he flew home. Talks began in 2009; the following year a pact was signed.",
                FRIDAY))
        .containsExactly(
            "5 June=2012-06-05",
            "The next day=2012-06-06",
            "two days later=2012-06-07",
            "2009=2009",
            "the following year=2010");
    assertThat(tag("The talks ended the day before.", TimeAnchor.NONE))
        .containsExactly("the day before=XXXX-XX-XX");
  }

  @Test
  void framesYearlessDatesWithTheYearStatedEarlierInTheSentence() {
    assertThat(tag("In 2011, the navies drilled from 12 to 16 September.", FRIDAY))
        .containsExactly("2011=2011", "12=2011-09-12", "16 September=2011-09-16");
    assertThat(tag("In 2011, the navies drilled in June.", TimeAnchor.NONE))
        .containsExactly("2011=2011", "June=2011-06");
    assertThat(tag("Since 2011 they met twice, most recently on 12 September.", TimeAnchor.NONE))
        .containsExactly("2011=2011", "recently=PAST_REF", "12 September=XXXX-09-12");
    assertThat(tag("The pact signed in 2011 will be renewed in June.", FRIDAY))
        .containsExactly("2011=2011", "June=2013-06");
  }

  @Test
  void readsComparedLengthsAsDurations() {
    assertThat(tag("The drill started a month earlier than planned.", FRIDAY))
        .containsExactly("a month=P1M");
  }

  @Test
  void readsBareMonthsByTense() {
    assertThat(tag("The general retired in August.", FRIDAY)).containsExactly("August=2012-08");
    assertThat(tag("The report is due to be published in May.", FRIDAY))
        .containsExactly("May=2013-05");
  }

  @Test
  void readsAPrepositionAsTenseWhenNoVerbTellsIt() {
    assertThat(tag("The vote has been postponed until Saturday.", FRIDAY))
        .containsExactly("Saturday=2013-03-23");
    assertThat(tag("It has named two firms for the program to run through June.", FRIDAY))
        .containsExactly("June=2013-06");
    assertThat(tag("The navy has not sailed since October.", FRIDAY))
        .containsExactly("October=2012-10");
  }

  @Test
  void readsUnyearedQuartersAndWeekendsByTense() {
    assertThat(tag("The shipyard reported losses in the third quarter.", FRIDAY))
        .containsExactly("the third quarter=2012-Q3");
    assertThat(tag("Talks went on over the weekend.", FRIDAY))
        .containsExactly("the weekend=2013-W11-WE");
    assertThat(tag("Talks will go on over the weekend.", FRIDAY))
        .containsExactly("the weekend=2013-W12-WE");
  }

  @Test
  void readsPresentAndPastReferences() {
    assertThat(tag("The fleet is now at sea and currently under repair.", FRIDAY))
        .containsExactly("now=PRESENT_REF", "currently=PRESENT_REF");
    assertThat(tag("The two navies recently trained together.", FRIDAY))
        .containsExactly("recently=PAST_REF");
  }

  @Test
  void readsDurations() {
    assertThat(tag("He served 90 days and then five years on the staff.", FRIDAY))
        .containsExactly("90 days=P90D", "five years=P5Y");
    assertThat(tag("After the 44-day war and a four-week pause, talks took an hour.", FRIDAY))
        .containsExactly("44-day=P44D", "four-week=P4W", "an hour=PT1H");
    assertThat(tag("Over the past decade and the past two years, arms sales rose.", FRIDAY))
        .containsExactly("the past decade=P10Y", "the past two years=P2Y");
    assertThat(
            tag("The refit took several days; work in the coming months will take years.", FRIDAY))
        .containsExactly("several days=PXD", "the coming months=PXM", "years=PXY");
    assertThat(tag("The plan could take between 12 and 18 months.", FRIDAY))
        .containsExactly("12=P12M", "18 months=P18M");
  }

  @Test
  void doesNotReadAgesAsDurations() {
    assertThat(tag("A 22-year-old sailor and a man aged 40, 60 years old.", FRIDAY)).isEmpty();
    assertThat(tag("Cadets ages 16 years and older may apply.", FRIDAY)).isEmpty();
  }

  @Test
  void readsPeriodsOfTheCalendar() {
    assertThat(
            tag(
                "In the 1990s and the 20th century, sales in the first quarter of 2013 grew.",
                FRIDAY))
        .containsExactly(
            "the 1990s=199", "the 20th century=19", "the first quarter of 2013=2013-Q1");
    assertThat(tag("The base closes in the winter of 2014 and reopens in spring 2015.", FRIDAY))
        .containsExactly("the winter of 2014=2014-WI", "spring 2015=2015-SP");
  }

  @Test
  void splitsRangesIntoTwoDates() {
    assertThat(tag("The pandemic of 2009-2010 and the expedition of 1957-58.", FRIDAY))
        .containsExactly("2009=2009", "2010=2010", "1957=1957", "58=1958");
    assertThat(tag("The exercise runs from Sept 12-20.", FRIDAY))
        .containsExactly("Sept 12=2013-09-12", "20=2013-09-20");
    assertThat(tag("The drills ran from 16 to 20 January 2023.", FRIDAY))
        .containsExactly("16=2023-01-16", "20 January 2023=2023-01-20");
  }

  @Test
  void readsTimesOfDay() {
    assertThat(tag("The jets took off at 10:37 and landed at 8 p.m.", FRIDAY))
        .containsExactly("10:37=2013-03-22T10:37", "8 p.m.=2013-03-22T20:00");
    assertThat(tag("Talks resumed Friday afternoon and ran this morning.", FRIDAY))
        .containsExactly("Friday afternoon=2013-03-22TAF", "this morning=2013-03-22TMO");
  }

  @Test
  void readsMilitaryTimesAndSpelledOutDays() {
    assertThat(tag("The strike came at 0400 GMT on the third of November.", FRIDAY))
        .containsExactly("0400 GMT on the third of November=2012-11-03T04:00");
    assertThat(tag("By 1730 hrs the convoy had crossed.", FRIDAY))
        .containsExactly("1730 hrs=2013-03-22T17:30");
  }

  @Test
  void readsThePartOfANamedDay() {
    assertThat(tag("On the morning of 5 March 2013 the ships sailed.", FRIDAY))
        .containsExactly("the morning of 5 March 2013=2013-03-05TMO");
    assertThat(tag("The plant closes by the end of 2014.", FRIDAY))
        .containsExactly("the end of 2014=2014");
  }

  @Test
  void readsRecurringTimesAsSets() {
    assertThat(
            types(
                "The council meets every year, patrols run each Monday and reports come annually."))
        .containsExactly("every year=SET", "each Monday=SET", "annually=SET");
    assertThat(tag("Crews rotate every summer.", FRIDAY)).containsExactly("every summer=XXXX-SU");
    assertThat(tag("Patrols run every morning and every two years a drill.", FRIDAY))
        .containsExactly("every morning=XXXX-XX-XXTMO", "every two years=P2Y");
  }

  @Test
  void ignoresWordsAndNumbersThatOnlyLookLikeTimes() {
    assertThat(tag("May the talks succeed. The troops march on.", FRIDAY)).isEmpty();
    assertThat(tag("The Three Brothers - 2021 drill and Varuna 2023 ended.", FRIDAY)).isEmpty();
    assertThat(tag("Baku time is UTC +04:00; call 555-2013-44.", FRIDAY)).isEmpty();
    assertThat(tag("The F-16 jets cost $2010 million.", FRIDAY)).isEmpty();
    assertThat(tag("For tickets call +994 12 555 2021.", FRIDAY)).isEmpty();
  }

  @Test
  void ignoresWeekdaysAndDaysThatAreNames() {
    assertThat(tag("The Sunday Times said that Day 2 of the drill began.", FRIDAY)).isEmpty();
    assertThat(tag("Officials said Monday Ankara had agreed.", FRIDAY))
        .containsExactly("Monday=2013-03-18");
  }

  @Test
  void ignoresMonthsSeasonsAndHolidaysInsideNames() {
    assertThat(
            tag(
                "After the fall of the city, during the Winter Games on Christmas Island, June"
                    + " Almeida and August Brandt met.",
                FRIDAY))
        .isEmpty();
    assertThat(tag("In June Ankara agreed.", FRIDAY)).containsExactly("June=2012-06");
  }

  @Test
  void readsTheNthWeekdayOfAMonth() {
    assertThat(tag("The parade is held on the second Sunday of July 2013.", FRIDAY))
        .containsExactly("the second Sunday of July 2013=2013-07-14");
    assertThat(tag("The parade was held on the last Friday in May.", TimeAnchor.NONE))
        .containsExactly("the last Friday in May=XXXX-05");
  }

  @Test
  void tagsOnlyInsideTheGivenRegions() {
    String text = "Headline of 2019. The talks began on Monday.";
    List<Timex> found =
        TimexTagger.standard().tag(text, List.of(new Span(18, text.length())), FRIDAY);
    assertThat(found).extracting(Timex::text).containsExactly("Monday");
    assertThat(found.get(0).span())
        .isEqualTo(new Span(text.indexOf("Monday"), text.indexOf("Monday") + 6));
  }

  @Test
  void rejectsRegionsOutsideTheText() {
    assertThatThrownBy(() -> TimexTagger.standard().tag("short", List.of(new Span(0, 99)), FRIDAY))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("ends past the text");
  }

  @Test
  void isSafeToShareBetweenThreads() throws Exception {
    String text = "On Monday, 12 May 2023, the ministers met; they meet again next year.";
    List<String> expected = tag(text, FRIDAY);
    List<Thread> threads = new java.util.ArrayList<>();
    List<List<String>> results =
        java.util.Collections.synchronizedList(new java.util.ArrayList<>());
    for (int i = 0; i < 4; i++) {
      Thread t =
          new Thread(
              () -> {
                for (int k = 0; k < 50; k++) {
                  results.add(tag(text, FRIDAY));
                }
              });
      threads.add(t);
      t.start();
    }
    for (Thread t : threads) {
      t.join();
    }
    assertThat(results).hasSize(200).allMatch(expected::equals);
  }
}
