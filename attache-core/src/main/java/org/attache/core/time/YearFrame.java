package org.attache.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Gives a date read without its year the year stated earlier in its sentence: in "In 2022 the
 * navies drilled from 12 to 16 September" both days are in 2022, not in the anchor's year; and
 * without an anchor they get a year instead of XXXX. A year after "since" frames nothing ("since
 * 2019 ... most recently on 12 September").
 *
 * <p>Example: {@code ~2023-09-12} after DATE {@code 2022} in the same sentence becomes {@code
 * 2022-09-12}; with no year before it, {@code 2023-09-12}.
 */
final class YearFrame {
  /** Marks a value whose year was guessed from the anchor; see {@link TagContext#monthDay}. */
  static final String MARK = "~";

  private static final Pattern SENTENCE_END = Pattern.compile("[.!?](?:\\s|$)|\\n\\s*\\n");
  private static final Pattern STATED_YEAR = Pattern.compile("^\\d{4}(?:-\\d\\d)?(?:-\\d\\d)?");
  private static final Pattern WRITTEN_YEAR = Pattern.compile("(?i)\\d{4}|\\byears?\\b");
  private static final Pattern SINCE = Pattern.compile("(?i)\\bsince\\s+$");

  private YearFrame() {}

  static List<Timex> apply(String text, List<Timex> timexes) {
    List<Timex> out = new ArrayList<>();
    String frame = null;
    int frameEnd = 0;
    for (Timex t : timexes) {
      if (t.value().startsWith(MARK)) {
        String value = t.value().substring(MARK.length());
        boolean framed = frame != null && sameSentence(text, frameEnd, t.span().start());
        if (framed) {
          value = frame + value.substring(4);
        }
        out.add(new Timex(t.span(), t.text(), t.type(), value));
        continue;
      }
      if (statesYear(text, t)) {
        frame = t.value().substring(0, 4);
        frameEnd = t.span().end();
      }
      out.add(t);
    }
    return out;
  }

  /**
   * A date whose words state its year ("2022", "5 June 2022", "last year", "two years ago"); not a
   * day told against the anchor ("yesterday", "Tuesday") nor a clock time given the anchor's day.
   */
  private static boolean statesYear(String text, Timex t) {
    if (t.type() != TimexType.DATE || !WRITTEN_YEAR.matcher(t.text()).find()) {
      return false;
    }
    String before = text.substring(Math.max(0, t.span().start() - 8), t.span().start());
    return STATED_YEAR.matcher(t.value()).find() && !SINCE.matcher(before).find();
  }

  private static boolean sameSentence(String text, int from, int to) {
    return from <= to && !SENTENCE_END.matcher(text.substring(from, to)).find();
  }
}
