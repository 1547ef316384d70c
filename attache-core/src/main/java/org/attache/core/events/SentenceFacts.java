package org.attache.core.events;

import java.util.ArrayList;
import java.util.List;
import org.attache.core.Span;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.states.PlaceMention;
import org.attache.core.states.StateMention;
import org.attache.core.time.Timex;

/**
 * One sentence with what the reading found inside it; offsets stay those of the report's text.
 *
 * @param index the sentence's place among the report's sentences
 * @param span where the sentence stands in the text
 * @param text the sentence as written
 * @param states states named in it
 * @param places places named in it
 * @param times time expressions in it
 * @param persons persons named in it, each with its first mention there
 */
record SentenceFacts(
    int index,
    Span span,
    String text,
    List<StateMention> states,
    List<PlaceMention> places,
    List<Timex> times,
    List<Named> persons) {

  /** A person named in the sentence, at the first mention there. */
  record Named(Person person, Mention mention) {}

  static SentenceFacts of(ReportFacts facts, int index, Span span) {
    List<Named> named = new ArrayList<>();
    for (Person p : facts.persons()) {
      p.mentions().stream()
          .filter(m -> inside(span, m.span()))
          .findFirst()
          .ifPresent(m -> named.add(new Named(p, m)));
    }
    named.sort((a, b) -> a.mention().span().start() - b.mention().span().start());
    return new SentenceFacts(
        index,
        span,
        span.of(facts.text()),
        facts.states().stream().filter(s -> inside(span, s.span())).toList(),
        facts.places().stream().filter(p -> inside(span, p.span())).toList(),
        facts.times().stream().filter(t -> inside(span, t.span())).toList(),
        named);
  }

  /** The sentence's text from {@code from} to {@code to}, both offsets into the report's text. */
  String between(int from, int to) {
    int a = Math.max(0, Math.min(text.length(), from - span.start()));
    int b = Math.max(a, Math.min(text.length(), to - span.start()));
    return text.substring(a, b);
  }

  private static boolean inside(Span outer, Span inner) {
    return inner.start() >= outer.start() && inner.end() <= outer.end();
  }
}
