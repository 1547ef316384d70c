package org.attache.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;

/**
 * Joins a time of day with the date written right beside it into one TIME: "11 March 2020 23:14
 * IST" and "15:00 GMT Saturday" each become one expression whose day is the written one.
 *
 * <p>Example: DATE {@code 2020-03-11} + TIME {@code XXXX-XX-XXT23:14} become TIME {@code
 * 2020-03-11T23:14}; "the morning of 5 June" becomes TIME {@code XXXX-06-05TMO}.
 */
final class DateTimeJoiner {
  private static final Pattern GAP = Pattern.compile("[\\s,]*(?:(?:at|on|,)\\s*)?");
  private static final Pattern DAY =
      Pattern.compile(YearFrame.MARK + "?(?:\\d{4}|XXXX)-(?:\\d\\d-\\d\\d|XX-XX|WXX-\\d)");

  private final TimeLexicon lexicon;

  /** "the morning of" right before a day: the day's part, a TIME. */
  private final Pattern partOfDay;

  DateTimeJoiner(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.partOfDay = lexicon.compile("{S}the\\s+(?<p>{PART})\\s+of\\s+(?:the\\s+)?$");
  }

  /** Joins within one region of the text: nothing is extended past its start. */
  List<Timex> join(String text, List<Timex> timexes, Span region) {
    List<Timex> parted = new ArrayList<>();
    for (Timex t : timexes) {
      parted.add(withPartOfDay(text, t, region.start()));
    }
    return joinClock(text, parted);
  }

  private Timex withPartOfDay(String text, Timex t, int floor) {
    if (t.type() != TimexType.DATE || !DAY.matcher(t.value()).matches()) {
      return t;
    }
    int from = Math.max(floor, t.span().start() - 30);
    Matcher m = partOfDay.matcher(text.substring(from, t.span().start()));
    if (!m.find()) {
      return t;
    }
    String code = lexicon.partOfDay(m.group("p"));
    Span span = new Span(from + m.start(), t.span().end());
    return new Timex(span, span.of(text), TimexType.TIME, t.value() + "T" + code);
  }

  private static List<Timex> joinClock(String text, List<Timex> timexes) {
    List<Timex> out = new ArrayList<>();
    for (int i = 0; i < timexes.size(); i++) {
      Timex a = timexes.get(i);
      if (i + 1 < timexes.size()) {
        Timex joined = joined(text, a, timexes.get(i + 1));
        if (joined != null) {
          out.add(joined);
          i++;
          continue;
        }
      }
      out.add(a);
    }
    return out;
  }

  private static Timex joined(String text, Timex a, Timex b) {
    String gap = text.substring(a.span().end(), b.span().start());
    if (gap.length() > 6 || !GAP.matcher(gap).matches()) {
      return null;
    }
    Timex date = clockTime(a) ? b : a;
    Timex time = clockTime(a) ? a : b;
    if (!clockTime(time) || date.type() != TimexType.DATE || !DAY.matcher(date.value()).matches()) {
      return null;
    }
    Span span = new Span(a.span().start(), b.span().end());
    String value = date.value() + time.value().substring(time.value().indexOf('T'));
    return new Timex(span, span.of(text), TimexType.TIME, value);
  }

  private static boolean clockTime(Timex t) {
    return t.type() == TimexType.TIME && t.value().matches(".*T\\d\\d:\\d\\d");
  }
}
