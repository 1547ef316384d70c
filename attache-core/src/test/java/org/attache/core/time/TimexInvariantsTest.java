package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.time.LocalDate;
import java.util.List;
import java.util.Random;
import org.attache.core.Span;
import org.junit.jupiter.api.Test;

/** Random chains of time words and noise: whatever the text, the tagger's answers stay sound. */
class TimexInvariantsTest {
  private static final String[] PIECES = {
    "May",
    "March",
    "2021",
    "12",
    "-",
    "on",
    "Monday",
    "last",
    "year",
    "the",
    "past",
    "two",
    "days",
    "ago",
    "10:30",
    ":",
    "+04:00",
    ".",
    "\n",
    "early",
    "since",
    "Sept",
    "20",
    "to",
    "of",
    "a",
    "week",
    "every",
    "morning",
    "now",
    "’s",
    "2009-2010",
    "1957-58",
    "aged",
    "hours",
    "GMT",
    "Day",
    "that",
    "following",
    "day",
    "until",
    "will",
    "said",
    "ended",
    "Q1",
    "in",
    "the end of",
    "fiscal",
    "1990s",
    "20th",
    "century",
    "é",
    "中",
    "0400",
    "p.m.",
    "Christmas",
    "weekend"
  };
  private static final List<TimeAnchor> ANCHORS =
      List.of(TimeAnchor.NONE, TimeAnchor.of(LocalDate.of(2020, 2, 29)));

  @Test
  void keepsSpansTextsAndValuesSoundOnRandomText() {
    Random random = new Random(20130322);
    TimexTagger tagger = TimexTagger.standard();
    for (int i = 0; i < 1000; i++) {
      String text = randomText(random);
      for (TimeAnchor anchor : ANCHORS) {
        List<Timex> all = tagger.tag(text, anchor);
        assertSound(text, all, 0);
        int cut = text.length() / 3;
        assertSound(text, tagger.tag(text, List.of(new Span(cut, text.length())), anchor), cut);
        assertThat(tagger.tag(text, anchor)).as("same answer twice for %s", text).isEqualTo(all);
      }
    }
  }

  private static void assertSound(String text, List<Timex> timexes, int regionStart) {
    int end = regionStart;
    for (Timex t : timexes) {
      assertThat(t.span().of(text)).as("text of %s", t).isEqualTo(t.text());
      assertThat(t.span().start()).as("order and overlap in %s", text).isGreaterThanOrEqualTo(end);
      assertThat(t.value()).as("value of %s in %s", t, text).isNotBlank().doesNotContain("~", "@");
      end = t.span().end();
    }
  }

  private static String randomText(Random random) {
    StringBuilder text = new StringBuilder();
    int pieces = random.nextInt(40);
    for (int k = 0; k < pieces; k++) {
      text.append(PIECES[random.nextInt(PIECES.length)]);
      if (random.nextBoolean()) {
        text.append(' ');
      }
    }
    return text.toString();
  }
}
