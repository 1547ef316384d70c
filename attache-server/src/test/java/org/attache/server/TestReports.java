package org.attache.server;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.states.Place;
import org.attache.core.states.StateForm;
import org.attache.core.states.StateMention;
import org.attache.core.time.Timex;
import org.attache.core.time.TimexType;
import org.attache.store.KnowledgeBase;

/** Small reports written for the server's tests, read by hand so no language model is needed. */
final class TestReports {
  static final String TALKS =
      "Azerbaijan and Pakistan discuss defence cooperation\n\n"
          + "BAKU, October 28, 2023. Defence Minister Elnur Gasimov of Azerbaijan met General Tariq"
          + " Mahmood of Pakistan in Baku on October 28. Gasimov said the two armies would train"
          + " together next spring.\n";
  static final String DRILL =
      "Joint drill ends near Islamabad\n\n"
          + "ISLAMABAD, May 12, 2021. Special forces of Pakistan and Azerbaijan ended a two-week exercise"
          + " on May 12. General Tariq Mahmood watched the final stage.\n";
  static final String ACCORD =
      "Turkiye and Uzbekistan sign training accord\n\n"
          + "ANKARA, March 3, 2022. Turkiye and Uzbekistan signed a military training agreement on March"
          + " 3.\n";
  static final String HOSTILE =
      "<script>window.__attacheXss = 'title'</script> Drill notes\n\n"
          + "BAKU, June 1, 2024. Azerbaijan and Pakistan held staff talks on June 1."
          + " <img src=x onerror=\"window.__attacheXss = 'img'\"> <b>bold claim</b>\n";

  /** The meeting of {@link #TALKS} again, from another outlet, dated without a year. */
  static final String ECHO =
      "Pakistani general holds talks in Baku\n\n"
          + "BAKU, October 29. General Tariq Mahmood of Pakistan held talks with Defence Minister"
          + " Elnur Gasimov of Azerbaijan in Baku on October 28. Both sides praised the visit.\n";

  final List<Reading> readings = new ArrayList<>();
  final Map<String, String> texts = new HashMap<>();

  static TestReports standard() {
    TestReports r = new TestReports();
    r.add("talks0000000001", TALKS, "2023-10-28", "Defence Review", talks());
    r.add("drill0000000002", DRILL, "2021-05-13", "Frontier Post", drill());
    r.add("accord000000003", ACCORD, "2022-03-04", "Defence Review", accord());
    r.add("hostile00000004", HOSTILE, "2024-06-02", "Unknown Wire", hostile());
    return r;
  }

  /** The standard reports and {@link #ECHO}: one meeting told by two reports. */
  static TestReports withEcho() {
    TestReports r = standard();
    r.add("echo00000000005", ECHO, null, "Caspian Wire", echo());
    return r;
  }

  /** Saves the reports in a knowledge base file; returns its path. */
  String into(Path db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      for (Reading r : readings) {
        kb.save(new SourceText(r.id(), r.path(), texts.get(r.id()), r.sha256()), r);
      }
    }
    return db.toString();
  }

  Catalog catalog() {
    return KnowledgeBaseCatalog.of(readings, texts);
  }

  /** What a reader found in one text: persons, states, times and events. */
  record Found(
      List<Person> persons, List<StateMention> states, List<Timex> times, List<Event> events) {}

  void add(String id, String text, String published, String outlet, Found found) {
    String title = text.substring(0, text.indexOf('\n'));
    int bodyStart = text.indexOf("\n\n") + 2;
    readings.add(
        new Reading(
            id,
            id + ".txt",
            "sha-" + id,
            new ReportMeta(title, outlet, null, published, null, null, null),
            List.of(
                new TextBlock(new Span(0, title.length()), BlockRole.HEADLINE),
                new TextBlock(new Span(bodyStart, text.length()), BlockRole.BODY)),
            sentences(text, bodyStart),
            found.states(),
            found.times(),
            found.persons(),
            found.events(),
            "test"));
    texts.put(id, text);
  }

  static List<Span> sentences(String text, int from) {
    List<Span> out = new ArrayList<>();
    int start = text.indexOf(". ", from) + 2; // the dateline ends at the first ". "
    for (int i = start; i < text.length(); i++) {
      if (text.charAt(i) == '.'
          && (i + 1 == text.length() || Character.isWhitespace(text.charAt(i + 1)))) {
        out.add(new Span(start, i + 1));
        start = i + 2;
      }
    }
    return out;
  }

  static Span at(String text, String part) {
    int i = text.indexOf(part);
    if (i < 0) {
      throw new IllegalArgumentException(part + " not in the text");
    }
    return new Span(i, i + part.length());
  }

  static Span sentence(String text, String part) {
    Span p = at(text, part);
    return sentences(text, text.indexOf("\n\n")).stream()
        .filter(s -> s.start() <= p.start() && p.end() <= s.end())
        .findFirst()
        .orElseThrow();
  }

  static Person person(
      String text, String name, String country, String title, String... shortForms) {
    List<Mention> mentions = new ArrayList<>(List.of(new Mention(at(text, name), name)));
    for (String s : shortForms) {
      int i = text.indexOf(s, at(text, name).end());
      mentions.add(new Mention(new Span(i, i + s.length()), s));
    }
    return new Person(name, country, List.of(title), mentions);
  }

  static StateMention state(String text, String name, String code) {
    int i = text.indexOf(name, text.indexOf("\n\n"));
    return new StateMention(new Span(i, i + name.length()), name, code, StateForm.NAME);
  }

  static Timex date(String text, String expr, String value) {
    Span on = at(text, "on " + expr);
    return new Timex(new Span(on.start() + 3, on.end()), expr, TimexType.DATE, value);
  }

  private static Found talks() {
    return bakuMeeting(TALKS, "2023-10-28", "met General", "Gasimov");
  }

  private static Found echo() {
    return bakuMeeting(ECHO, "XXXX-10-28", "held talks with");
  }

  /** Elnur Gasimov hosts Tariq Mahmood in Baku on October 28 (of the year {@code date} gives). */
  private static Found bakuMeeting(
      String t, String date, String phrase, String... gasimovShortForms) {
    return new Found(
        List.of(
            person(t, "Elnur Gasimov", "AZ", "Defence Minister", gasimovShortForms),
            person(t, "Tariq Mahmood", "PK", "General")),
        List.of(state(t, "Azerbaijan", "AZ"), state(t, "Pakistan", "PK")),
        List.of(date(t, "October 28", date)),
        List.of(
            new Event(
                EventType.MEETING,
                "040",
                date,
                new Place("Baku", "AZ"),
                List.of(
                    new Participant("Elnur Gasimov", "host"),
                    new Participant("Tariq Mahmood", "guest")),
                List.of("AZ", "PK"),
                null,
                EventStatus.HAPPENED,
                sentence(t, phrase))));
  }

  private static Found drill() {
    String t = DRILL;
    return new Found(
        List.of(person(t, "Tariq Mahmood", "PK", "General")),
        List.of(state(t, "Pakistan", "PK"), state(t, "Azerbaijan", "AZ")),
        List.of(date(t, "May 12", "2021-05-12")),
        List.of(
            new Event(
                EventType.EXERCISE,
                "062",
                "2021-05-12",
                new Place("Islamabad", "PK"),
                List.of(),
                List.of("AZ", "PK"),
                null,
                EventStatus.HAPPENED,
                sentence(t, "two-week exercise"))));
  }

  private static Found accord() {
    String t = ACCORD;
    return new Found(
        List.of(),
        List.of(state(t, "Turkiye", "TR"), state(t, "Uzbekistan", "UZ")),
        List.of(date(t, "March 3", "2022-03-03")),
        List.of(
            new Event(
                EventType.AGREEMENT,
                "057",
                "2022-03-03",
                null,
                List.of(),
                List.of("TR", "UZ"),
                null,
                EventStatus.HAPPENED,
                sentence(t, "signed a military"))));
  }

  private static Found hostile() {
    String t = HOSTILE;
    return new Found(
        List.of(),
        List.of(state(t, "Azerbaijan", "AZ"), state(t, "Pakistan", "PK")),
        List.of(),
        List.of(
            new Event(
                EventType.MEETING,
                "040",
                null,
                null,
                List.of(),
                List.of("AZ", "PK"),
                null,
                EventStatus.HAPPENED,
                sentence(t, "staff talks"))));
  }
}
