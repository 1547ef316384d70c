package org.attache.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.nlp.Token;
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
 * @param tokens its tokens, without their parse (which {@link TriggerFinder} asks for when a
 *     trigger stands in the sentence)
 */
record SentenceFacts(
    int index,
    Span span,
    String text,
    List<StateMention> states,
    List<PlaceMention> places,
    List<Timex> times,
    List<Named> persons,
    List<Token> tokens) {

  /** A person named in the sentence, at the first mention there. */
  record Named(Person person, Mention mention) {
    /** Whether the person is named here only by the pronoun that opens the sentence. */
    boolean byPronoun() {
      return SUBJECT_PRONOUN.matcher(mention.text()).matches();
    }
  }

  static SentenceFacts of(ReportFacts facts, int index, Span span) {
    return of(facts, index, span, null);
  }

  /**
   * The sentence's facts; {@code before}, the sentence read before it, gives the person a subject
   * pronoun that opens this one stands for ("Defence Minister A arrived in Hanoi. He met ...").
   */
  static SentenceFacts of(ReportFacts facts, int index, Span span, SentenceFacts before) {
    List<Named> named = new ArrayList<>();
    for (Person p : facts.persons()) {
      p.mentions().stream()
          .filter(m -> inside(span, m.span()))
          .findFirst()
          .ifPresent(m -> named.add(new Named(p, m)));
    }
    Matcher pronoun = SUBJECT_PRONOUN.matcher(span.of(facts.text()));
    if (before != null && pronoun.lookingAt()) {
      Named subject = subjectOf(before);
      if (subject != null && named.stream().noneMatch(n -> n.person() == subject.person())) {
        Span at = new Span(span.start() + pronoun.start(1), span.start() + pronoun.end(1));
        named.add(new Named(subject.person(), new Mention(at, pronoun.group(1))));
      }
    }
    named.sort((a, b) -> a.mention().span().start() - b.mention().span().start());
    return new SentenceFacts(
        index,
        span,
        span.of(facts.text()),
        facts.states().stream().filter(s -> inside(span, s.span())).toList(),
        facts.places().stream().filter(p -> inside(span, p.span())).toList(),
        facts.times().stream().filter(t -> inside(span, t.span())).toList(),
        named,
        index < facts.sentences().size() ? facts.sentences().get(index).tokens() : List.of());
  }

  /** "He met", "She also held talks": a subject pronoun opening the sentence. */
  private static final Pattern SUBJECT_PRONOUN = Pattern.compile("\\s*(He|She)\\b(?!')");

  /**
   * The person a sentence is about: the first it names, when he holds an office or rank and serves
   * a known state (a pronoun after "the ambassador said" is the ambassador's).
   */
  private static Named subjectOf(SentenceFacts s) {
    return s.persons().stream()
        .filter(n -> n.person().country() != null && !n.person().titles().isEmpty())
        .findFirst()
        .orElse(null);
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
