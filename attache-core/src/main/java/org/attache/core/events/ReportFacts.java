package org.attache.core.events;

import java.util.List;
import org.attache.core.meta.ReportMeta;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.Sentence;
import org.attache.core.persons.Person;
import org.attache.core.states.PlaceMention;
import org.attache.core.states.StateMention;
import org.attache.core.time.Timex;

/**
 * What the reading of one report knows before its events are read: everything {@link
 * EventExtractor} works from. Offsets are into {@code text}.
 *
 * <p>Example: {@code new ReportFacts(text, meta, sentences, states, places, times, persons)}
 *
 * @param text the report's original text
 * @param meta headline, dates and dateline
 * @param sentences the body's sentences with their tokens
 * @param states every state named in the body
 * @param places every place of the gazetteer named in the body
 * @param times every time expression of the body
 * @param persons the persons acting in the report, with their mentions
 * @param parser parses a sentence where a trigger stands ({@link DependencyParser#NONE}: none)
 */
public record ReportFacts(
    String text,
    ReportMeta meta,
    List<Sentence> sentences,
    List<StateMention> states,
    List<PlaceMention> places,
    List<Timex> times,
    List<Person> persons,
    DependencyParser parser) {
  public ReportFacts {
    sentences = List.copyOf(sentences);
    states = List.copyOf(states);
    places = List.copyOf(places);
    times = List.copyOf(times);
    persons = List.copyOf(persons);
  }
}
