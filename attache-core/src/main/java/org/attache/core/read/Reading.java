package org.attache.core.read;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Person;
import org.attache.core.states.StateMention;
import org.attache.core.time.Timex;

/**
 * Everything Attaché read out of one report. Offsets refer to the report's original text, which is
 * kept beside the reading (not in it).
 *
 * <p>Example: {@code reading.persons().get(0).name()} is "Zakir Hasanov".
 *
 * @param id the report's id (content hash prefix)
 * @param path where the report was read from
 * @param sha256 hash of the text
 * @param meta headline, outlet, author, publication date, dateline, url
 * @param blocks the role of each stretch of the text (body, headline, metadata, furniture)
 * @param sentences the body's sentences
 * @param states every state named in the body
 * @param times every time expression of the body, with TIMEX3 values
 * @param persons the persons acting in the report
 * @param events the events the report states
 * @param pipelineVersion the version of the reading that produced this
 */
public record Reading(
    String id,
    String path,
    String sha256,
    ReportMeta meta,
    List<TextBlock> blocks,
    List<Span> sentences,
    List<StateMention> states,
    List<Timex> times,
    List<Person> persons,
    List<Event> events,
    String pipelineVersion) {
  public Reading {
    blocks = List.copyOf(blocks);
    sentences = List.copyOf(sentences);
    states = List.copyOf(states);
    times = List.copyOf(times);
    persons = List.copyOf(persons);
    events = List.copyOf(events);
  }

  /** A reading that holds only a report's persons: all that person resolution looks at. */
  public static Reading ofPersons(String id, List<Person> persons) {
    return bare(id, id, persons, List.of(), "");
  }

  /**
   * A reading that holds only persons and events, with no text behind it: what resolution looks at,
   * for resolving stored rows and for tests.
   */
  public static Reading bare(
      String id, String path, List<Person> persons, List<Event> events, String pipelineVersion) {
    return bare(id, path, ReportMeta.EMPTY, persons, events, pipelineVersion);
  }

  /** A bare reading ({@link #bare(String, String, List, List, String)}) with its metadata. */
  public static Reading bare(
      String id,
      String path,
      ReportMeta meta,
      List<Person> persons,
      List<Event> events,
      String pipelineVersion) {
    return new Reading(
        id,
        path,
        id,
        meta,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        persons,
        events,
        pipelineVersion);
  }
}
