package org.attache.cli;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.attache.core.events.Participant;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.states.Place;
import org.attache.store.KnowledgeBase;

/**
 * A knowledge base the tests write without the language models: two reports of one meeting of Rauf
 * Mammadov in Baku, the second without the year.
 */
final class SmallKnowledgeBase {
  static final String TEXT_A =
      "Defence Minister Rauf Mammadov received Pakistani officers in Baku on March 3, 2022.";
  static final String TEXT_B =
      "Minister of Defence Rauf Mammadov and his guests from Pakistan held talks on March 3.";

  private SmallKnowledgeBase() {}

  /** Writes the two reports to {@code db} and resolves them; returns the first report's id. */
  static String write(String db) {
    try (KnowledgeBase kb = KnowledgeBase.open(db)) {
      String first =
          save(kb, "a.txt", TEXT_A, "2022-03-04", "Defence Minister", "2022-03-03", true);
      save(kb, "b.txt", TEXT_B, "2022-03-05", "Minister of Defence", "XXXX-03-03", true);
      kb.resolve();
      return first;
    }
  }

  /** Saves one report of a meeting of Rauf Mammadov in Baku with Pakistan. */
  static String save(
      KnowledgeBase kb,
      String path,
      String text,
      String published,
      String title,
      String date,
      boolean happened) {
    SourceText s =
        new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).decode(path, text.getBytes()).source();
    Person p =
        new Person(
            "Rauf Mammadov",
            "AZ",
            List.of(title),
            List.of(new Mention(new Span(16, 29), "Rauf Mammadov")));
    Event e =
        new Event(
            EventType.MEETING,
            "040",
            date,
            new Place("Baku", "AZ"),
            List.of(new Participant("Rauf Mammadov", "host")),
            List.of("AZ", "PK"),
            null,
            happened ? EventStatus.HAPPENED : EventStatus.PLANNED,
            new Span(0, text.length()));
    kb.save(
        s,
        new Reading(
            s.id(),
            s.path(),
            s.sha256(),
            new ReportMeta(null, "Trend", null, published, "Baku", null, null),
            List.of(new TextBlock(new Span(0, text.length()), BlockRole.BODY)),
            List.of(new Span(0, text.length())),
            List.of(),
            List.of(),
            List.of(p),
            List.of(e),
            "v1"));
    return s.id();
  }
}
