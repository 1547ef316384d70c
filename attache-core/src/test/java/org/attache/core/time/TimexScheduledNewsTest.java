package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import org.junit.jupiter.api.Test;

/**
 * Phenomena of unseen wire news, each on sentences written for this test, anchored at a Wednesday;
 * every expression is checked with its value and its TIMEX3 type.
 */
class TimexScheduledNewsTest {
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
}
