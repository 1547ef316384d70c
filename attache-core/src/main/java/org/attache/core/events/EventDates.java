package org.attache.core.events;

import java.time.LocalDate;
import java.time.temporal.IsoFields;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.core.time.Timex;
import org.attache.core.time.TimexType;

/**
 * Chooses an event's date. First the sentence's own time expression, skipping those that date the
 * report ("the ministry said on Saturday") or belong to a name ("Varuna 2023"); a visit told as
 * going on takes its month. Without one, an event of the report's lead (a visit, a meeting, support
 * voiced there, a document signed there) takes the date of the lead event before it, else the
 * report's month; background events take none. No year is ever invented: dates without one stay
 * {@code XXXX-10-28}, weekdays without an anchor are no date at all.
 *
 * <p>Example: "The delegation is on an official visit to Azerbaijan." in a report of 2021-03-03 is
 * dated {@code 2021-03}.
 */
final class EventDates {
  private static final Pattern USABLE =
      Pattern.compile(
          "(?:\\d{4}|XXXX)-\\d{2}(?:-\\d{2})?|\\d{4}(?:-(?:WI|SP|SU|FA|H[12]|Q[1-4]))?|\\d{4}-W\\d{2}");

  /** A capitalised word before a bare year: "Varuna 2023", never "In 2019" or "By 2030". */
  private static final Pattern NAME_BEFORE =
      Pattern.compile(
          "(?<![\\p{L}])(?!(?i:in|by|since|from|until|till|through|during|before|after|of|for|to"
              + "|at|on|around|about|circa|early|late|mid|and|or|the|throughout|within)\\b)"
              + "\\p{Lu}[\\p{L}]*\\s?[-–]?\\s?$");

  private static final Pattern SINCE_BEFORE = Pattern.compile("(?i)\\bsince\\b[^,;()]*$");
  private static final Pattern FROM_BEFORE =
      Pattern.compile("(?i)\\b(?:from|starting(?:\\s+in)?|beginning(?:\\s+in)?|as\\s+of)\\s+$");
  private static final Pattern RANGE_AFTER =
      Pattern.compile("(?i)^\\s*(?:[-–]|to\\b|till\\b|until\\b|through\\b|and\\b)");
  private static final Pattern BARE_YEAR = Pattern.compile("\\d{4}");
  private static final Pattern PERIOD_BEFORE =
      Pattern.compile("(?i)\\bfor\\s+(?:the\\s+)?(?:years?\\s+|period\\s+)?$");
  private static final Pattern DAY = Pattern.compile("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}");
  private static final String RANGE_WORD = "(?:[-–]|to|till|until|through)";
  private static final Pattern DAYS_BEFORE =
      Pattern.compile("(?i)\\b\\d{1,2}(?:st|nd|rd|th)?\\s*" + RANGE_WORD + "\\s*$");
  private static final Pattern DAYS_AFTER =
      Pattern.compile(
          "(?i)^\\s*"
              + RANGE_WORD
              + "\\s*\\d{1,2}(?:st|nd|rd|th)?\\b(?![.:,]?\\d|\\s*(?:%|per|km|"
              + "miles|troops|ships|aircraft|soldiers|personnel|countries|nations|states))");
  private static final Pattern YEAR_IN_TEXT = Pattern.compile("\\b(?:19|20)\\d{2}\\b");

  private final EventLexicon lexicon;

  EventDates(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The date the sentence gives the event, or null. */
  String own(EventDraft d, ReportContext context) {
    SentenceFacts s = d.sentence();
    String best = null;
    String reported = null;
    Timex boundary = null;
    String boundaryValue = null;
    List<Timex> times = s.times();
    d.dateSpan = false;
    for (int i = 0; i < times.size(); i++) {
      Timex t = times.get(i);
      String value = candidate(d, t, context);
      boolean span = false;
      if (value != null && i + 1 < times.size() && rangeStart(s, t, times.get(i + 1))) {
        // "from August 30 to September 8": the event's first day; "from 3 to 9 May": its month
        span = sameMonth(value, candidate(d, times.get(++i), context));
      } else if (value != null) {
        span = dayRange(s, t); // "Sept 12-20", "from 7 to 11 December"
      }
      value = span ? value.substring(0, value.length() - 3) : value;
      if (value == null) {
        continue;
      }
      String before = s.between(s.span().start(), t.span().start());
      if (EventLexicon.any(lexicon.cues("REPORTING"), before)) {
        // "met in Minsk, the ministry said on Monday": the day of the news, a meeting's day too
        // when nothing else dates it; a visit lasts longer than the day it is reported.
        reported = reported == null ? value : reported;
      } else if (startsAPeriod(s, t, d)) {
        boundary = boundary == null ? t : boundary;
        boundaryValue = boundaryValue == null ? value : boundaryValue;
      } else if (!namesOrPeriod(t, before) && (best == null || better(t, value, best, d))) {
        best = value;
        d.dateSpan = span;
        d.ownDateAt = t.span().start();
        d.ownDateText = t.text();
      }
    }
    if (best == null && boundary != null) {
      // "have trained Somali recruits since June": with no other date, the event began then
      best = boundaryValue;
      d.ownDateAt = boundary.span().start();
      d.ownDateText = boundary.text();
    }
    boolean news = d.type() != EventType.VISIT && d.candidate.status() == EventStatus.HAPPENED;
    best = best == null && news ? reported : best;
    best = ahead(d, yearOfSentence(best, s), context);
    return best != null && d.type() == EventType.VISIT && d.ongoing ? month(best) : best;
  }

  /** The time expression's value when it can date the event, else null. */
  private static String candidate(EventDraft d, Timex t, ReportContext context) {
    if (t.type() != TimexType.DATE && t.type() != TimexType.TIME) {
      return null;
    }
    // Support is dated by its words, not by the occasion it names ("congratulated on 8 May").
    if (d.type() == EventType.SUPPORT && t.span().start() > d.candidate.trigger().start()) {
      return null;
    }
    String value = today(dayOf(t.value()), context);
    return value == null || !USABLE.matcher(value).matches() ? null : weekToMonth(value);
  }

  /** "Varuna 2023": a year in a name; "the plan for 2024": the period a document covers. */
  private static boolean namesOrPeriod(Timex t, String before) {
    return (BARE_YEAR.matcher(t.text()).matches() && NAME_BEFORE.matcher(before).find())
        || PERIOD_BEFORE.matcher(before).find();
  }

  /**
   * When a period began or begins, after the trigger: "his first visit since taking office in
   * June"; for a document, when it takes effect ("a protocol opening the academy to cadets from
   * 2027"). Such a date is the event's only when the sentence gives no other ("have trained
   * recruits since June"). An exercise or a visit "from 12 September" begins then, and a range's
   * first end ("from 7 to 11 May") is none.
   */
  private static boolean startsAPeriod(SentenceFacts s, Timex t, EventDraft d) {
    if (t.span().start() < d.candidate.trigger().start()) {
      return false;
    }
    String before = s.between(d.candidate.trigger().start(), t.span().start());
    String after = s.between(t.span().end(), s.span().end());
    return SINCE_BEFORE.matcher(before).find()
        || (d.type() == EventType.AGREEMENT
            && FROM_BEFORE.matcher(before).find()
            && !RANGE_AFTER.matcher(after).find());
  }

  /**
   * A plan lies after the report: "will be held on 18 September" in a report of May 2023 is
   * 2023-09-18 even when the year-less date was read as the last 18 September.
   */
  private static String ahead(EventDraft d, String value, ReportContext context) {
    String anchor = context.anchor();
    if (value == null
        || d.candidate.status() != EventStatus.PLANNED
        || anchor == null
        || !anchor.matches("\\d{4}-\\d{2}-\\d{2}")
        || !value.matches("\\d{4}-\\d{2}(?:-\\d{2})?")
        || value.compareTo(anchor.substring(0, value.length())) >= 0
        || yearWritten(d, value)) {
      return value;
    }
    return (Integer.parseInt(value.substring(0, 4)) + 1) + value.substring(4);
  }

  /** Only a written day and month without a year can have been put in the wrong year. */
  private static boolean yearWritten(EventDraft d, String value) {
    String written = d.ownDateText == null ? "" : d.ownDateText;
    return written.matches("(?s).*\\d{4}.*")
        || written.matches("(?i).*\\b(?:yesterday|today|tomorrow|ago|last|next|this)\\b.*");
  }

  /**
   * A day without a year takes the one year the sentence states ("Aegean Horizon 2024, held from
   * August 30"): the text's own year, never an invented one.
   */
  private static String yearOfSentence(String value, SentenceFacts s) {
    if (value == null || !value.startsWith("XXXX-")) {
      return value;
    }
    java.util.Set<String> years = new java.util.HashSet<>();
    java.util.regex.Matcher m = YEAR_IN_TEXT.matcher(s.text());
    while (m.find()) {
      years.add(m.group());
    }
    return years.size() == 1 ? years.iterator().next() + value.substring(4) : value;
  }

  /** "today" read without the report's year: the report's own day when the dateline gives it. */
  private static String today(String value, ReportContext context) {
    if ("XXXX-XX-XX".equals(value)) {
      String anchor = context.anchor();
      return anchor != null && anchor.length() == 10 ? anchor : null;
    }
    return value;
  }

  /** Two days of one month: "2024-05-03" and "2024-05-09". */
  private static boolean sameMonth(String a, String b) {
    return b != null
        && DAY.matcher(a).matches()
        && DAY.matcher(b).matches()
        && a.substring(0, a.length() - 3).equals(b.substring(0, b.length() - 3));
  }

  /**
   * A day of a month written as one end of a range of days whose other end is a bare number: "Sept
   * 12-20", "12–20 September", "from 7 to 11 December". A range of days within a month is dated by
   * the month, as TIMEX3 values give a span of days no single day.
   */
  private static boolean dayRange(SentenceFacts s, Timex t) {
    if (!DAY.matcher(t.value()).matches()) {
      return false;
    }
    String before = s.between(s.span().start(), t.span().start());
    String after = s.between(t.span().end(), s.span().end());
    return DAYS_BEFORE.matcher(before).find() || DAYS_AFTER.matcher(after).find();
  }

  private static boolean rangeStart(SentenceFacts s, Timex t, Timex next) {
    String between = s.between(t.span().end(), next.span().start());
    return between.matches("\\s*[-–]\\s*|\\s*(?:to|till|until|through)\\s+");
  }

  /**
   * A date after the trigger is the event's ("held talks ... on May 11", after "arrived on May
   * 10"); the most precise one wins ("inked for 2021-2031 on December 6, 2021"), and so before the
   * trigger ("In September 2021, ... Three Brothers 2021").
   */
  private static boolean better(Timex t, String value, String best, EventDraft d) {
    int trigger = d.candidate.trigger().start();
    boolean after = t.span().start() >= trigger;
    boolean bestAfter = d.ownDateAt >= trigger;
    if (after != bestAfter) {
      return after;
    }
    return precision(value) > precision(best); // equal: the earlier, nearest after the trigger
  }

  private static int precision(String value) {
    return value.length();
  }

  /** Dates every draft of a report, in text order, from its own date or the report's lead. */
  void date(List<EventDraft> drafts, ReportContext context) {
    EventDraft lead = null;
    EventDraft meeting = null;
    List<EventDraft> done = new java.util.ArrayList<>();
    for (EventDraft d : drafts) {
      d.date = d.ownDate;
      if (d.date == null && sameDay(d)) {
        d.date = previousDay(done, context);
      }
      if (d.date == null && sequel(d)) {
        EventDraft before = told(d, done, e -> e.date != null);
        d.date = before == null ? null : before.date;
      }
      if (d.date == null) {
        d.date = retold(d, done);
      }
      done.add(d);
      if (d.date == null && followsLead(d)) {
        // What happened at a visit's meeting is dated by the meeting, not by the visit's month.
        d.date =
            inherited(d, d.type() == EventType.VISIT || meeting == null ? lead : meeting, context);
      }
      d.dateInherited = d.ownDate == null && d.date != null;
      if (isLead(d) && !d.candidate.refers() && d.date != null && current(d.date, context)) {
        lead = d;
        meeting = d.type() == EventType.MEETING ? d : meeting;
      }
    }
  }

  /** The date of an earlier telling of the same kind between the same states, or null. */
  private static String retold(EventDraft d, List<EventDraft> earlier) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventDraft e = earlier.get(i);
      boolean told = e.candidate.states() || !e.candidate.refers();
      if (told && e.type() == d.type() && e.countries.equals(d.countries) && e.date != null) {
        return e.date;
      }
    }
    return null;
  }

  /** "The two sides then signed ...": the event followed the one told just before. */
  boolean sequel(EventDraft d) {
    return EventLexicon.any(lexicon.cues("SEQUEL"), d.sentence().text());
  }

  /**
   * The last of {@code earlier} that {@code has} what is sought, told in {@code d}'s sentence or
   * the one before it, or null.
   */
  static EventDraft told(
      EventDraft d, List<EventDraft> earlier, java.util.function.Predicate<EventDraft> has) {
    int sentence = d.sentence().index();
    for (int i = earlier.size() - 1; i >= 0; i--) {
      EventDraft e = earlier.get(i);
      if (e != d && e.sentence().index() >= sentence - 1 && has.test(e)) {
        return e;
      }
    }
    return null;
  }

  private boolean sameDay(EventDraft d) {
    return EventLexicon.any(lexicon.cues("SAMEDAY"), d.sentence().text());
  }

  /** The last day-level date of an event that happened, else the report's own day. */
  private static String previousDay(List<EventDraft> earlier, ReportContext context) {
    for (int i = earlier.size() - 1; i >= 0; i--) {
      String date = earlier.get(i).date;
      boolean happened = earlier.get(i).candidate.status() == EventStatus.HAPPENED;
      if (happened && date != null && date.length() == 10) {
        return date;
      }
    }
    String anchor = context.anchor();
    return anchor != null && anchor.length() == 10 ? anchor : null;
  }

  boolean background(EventDraft d) {
    return EventLexicon.any(lexicon.cues("BACKGROUND"), d.sentence().text());
  }

  private boolean followsLead(EventDraft d) {
    return switch (d.type()) {
        // A document signed by persons of the report is signed at its lead event.
      case AGREEMENT ->
          !d.participants.isEmpty()
              && !background(d)
              && d.candidate.status() == EventStatus.HAPPENED;
      case VISIT, MEETING, SUPPORT ->
          !background(d) && d.candidate.status() == EventStatus.HAPPENED;
      default -> false;
    };
  }

  private static boolean isLead(EventDraft d) {
    return d.type() == EventType.VISIT || d.type() == EventType.MEETING;
  }

  private static String inherited(EventDraft d, EventDraft lead, ReportContext context) {
    String date = lead == null ? context.anchorMonth() : lead.date;
    if (date == null) {
      return null;
    }
    boolean month = d.type() == EventType.VISIT || (lead != null && lead.type() == EventType.VISIT);
    return month ? month(date) : date;
  }

  /** Whether a date lies in the report's own month (any date does when the report has none). */
  private static boolean current(String date, ReportContext context) {
    String m = context.anchorMonth();
    return m == null
        || date.startsWith(m)
        || (date.startsWith("XXXX") && date.substring(4).startsWith(m.substring(4)));
  }

  private static String dayOf(String value) {
    if (value == null) {
      return null;
    }
    int t = value.indexOf('T');
    return t > 0 ? value.substring(0, t) : value;
  }

  private static String month(String value) {
    return value.matches("(?:\\d{4}|XXXX)-\\d{2}-\\d{2}") ? value.substring(0, 7) : value;
  }

  private static String weekToMonth(String value) {
    if (!value.matches("\\d{4}-W\\d{2}")) {
      return value;
    }
    LocalDate thursday =
        LocalDate.of(Integer.parseInt(value.substring(0, 4)), 6, 1)
            .with(IsoFields.WEEK_OF_WEEK_BASED_YEAR, Integer.parseInt(value.substring(6)))
            .with(java.time.DayOfWeek.THURSDAY);
    return thursday.toString().substring(0, 7);
  }
}
