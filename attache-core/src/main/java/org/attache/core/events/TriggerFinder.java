package org.attache.core.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.nlp.DependencyParser;

/**
 * Finds the candidate events of one sentence: the first trigger of each type that no cue vetoes.
 * Cancelled, denied, negated and hypothetical occurrences give nothing, and a cue of the future
 * makes the event planned: both read from the trigger's clause in the parse ({@link Factuality}),
 * or, for a sentence without a parse, from cues in its text. A trigger inside a generic statement
 * ("the importance of mutual visits") is skipped.
 *
 * <p>Example: "The ministers met in Baku." gives one MEETING candidate, HAPPENED; "The visit was
 * postponed." gives none.
 */
final class TriggerFinder {
  private static final int GENERIC_REACH = 70;
  private static final int PLANNED_REACH = 50;

  private final EventLexicon lexicon;

  TriggerFinder(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  List<Candidate> find(SentenceFacts sentence, DependencyParser parser) {
    String text = sentence.text();
    // With a parse, each trigger's own clause says whether it happened (Factuality); without one,
    // a cancellation anywhere in the sentence vetoes all its events.
    if (!parser.parses() && EventLexicon.any(lexicon.cues("CANCEL"), text)) {
      return List.of();
    }
    Map<EventType, Candidate> found = new EnumMap<>(EventType.class);
    SentenceParse parse = parser.parses() ? new SentenceParse(parser, sentence.tokens()) : null;
    for (EventLexicon.Rule rule : lexicon.triggers()) {
      EventType type = rule.type();
      firstLive(rule, sentence, parse).ifPresent(c -> found.merge(type, c, TriggerFinder::better));
    }
    boolean honours = EventLexicon.any(lexicon.cues("HONOUR"), text);
    if (honours) {
      found.remove(EventType.AGREEMENT);
      found.remove(EventType.SUPPORT);
    }
    if (found.containsKey(EventType.ARMS)) {
      found.remove(EventType.AGREEMENT); // an arms contract is the arms event itself
    }
    Candidate arms = found.get(EventType.ARMS);
    Candidate visit = found.get(EventType.VISIT);
    if (arms != null
        && visit != null
        && arms.trigger().start() < visit.trigger().start()
        && visit.triggerText().toLowerCase(java.util.Locale.ROOT).startsWith("arriv")) {
      found.remove(EventType.VISIT); // "the third batch of howitzers arrived in ...": goods arrived
    }
    if (!official(sentence)) {
      found.remove(EventType.VISIT);
      found.remove(EventType.MEETING);
    }
    if (found.containsKey(EventType.ARMS)
        && !EventLexicon.any(lexicon.cues("MILITARY"), text)
        && WeaponSystems.standard().first(text).isEmpty()
        && !batchOfATransferTold(found.get(EventType.ARMS), text)) {
      found.remove(EventType.ARMS);
    }
    List<Candidate> out = new ArrayList<>(found.values());
    out.sort((a, b) -> a.trigger().start() - b.trigger().start());
    return out;
  }

  /**
   * "The first batch of 12 vehicles was unloaded in March": a batch in a series names its arms by a
   * plain noun; the transfer the report tells says what they are.
   */
  private boolean batchOfATransferTold(Candidate arms, String text) {
    return EventLexicon.any(lexicon.cues("SERIES"), arms.triggerText());
  }

  /**
   * The earliest trigger wins; but a trigger that runs on past a referring phrase ("the joint
   * exercises started") states the event and still refers back: it is both.
   */
  private static Candidate better(Candidate held, Candidate c) {
    Candidate ref = held.refers() ? held : c.refers() ? c : null;
    Candidate real = ref == held ? c : held;
    if (ref != null
        && !real.refers()
        && ref.trigger().overlaps(real.trigger())
        && (real.trigger().end() > ref.trigger().end() || covers(real.trigger(), ref.trigger()))) {
      return new Candidate(
          real.type(),
          real.sentence(),
          real.trigger(),
          real.status(),
          true,
          real.abroad(),
          true,
          real.clause());
    }
    return c.trigger().start() < held.trigger().start() ? c : held;
  }

  /** "joined the two-week drills": the trigger's object is the referring phrase. */
  private static boolean covers(Span real, Span ref) {
    return real.start() < ref.start() && real.end() >= ref.end();
  }

  private Optional<Candidate> firstLive(
      EventLexicon.Rule rule, SentenceFacts sentence, SentenceParse parse) {
    String text = sentence.text();
    Matcher m = rule.pattern().matcher(text);
    while (m.find()) {
      if (m.end() == m.start() || generic(rule.type(), text, m.start(), m.end())) {
        continue;
      }
      int base = sentence.span().start();
      Span trigger = new Span(base + m.start(), base + m.end());
      // With a parse, the clause's factuality settles the status once the event has its states
      // (Candidate.settled: the parse is made only for candidates that can become events).
      // Saying that one will support is the act of support itself (CAMEO 051), not a plan.
      boolean ahead =
          parse == null && rule.type() != EventType.SUPPORT && planned(text, m.start(), m.end());
      EventStatus status = ahead ? EventStatus.PLANNED : EventStatus.HAPPENED;
      return Optional.of(
          new Candidate(
              rule.type(),
              sentence,
              trigger,
              status,
              rule.refers(),
              rule.abroad(),
              !rule.refers(),
              parse == null ? null : new ClauseReading(parse, trigger)));
    }
    return Optional.empty();
  }

  private boolean generic(EventType type, String text, int start, int end) {
    String before = text.substring(Math.max(0, start - GENERIC_REACH), start);
    // The cue must reach the trigger: "need to" far before a comma is another clause.
    String clause =
        before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    // The cue may run into the trigger ("have been conducting drills") but must start before it.
    String span = clause + text.substring(start, end) + " ";
    List<Pattern> cues = new ArrayList<>(lexicon.cues("GENERIC"));
    if (type != EventType.SUPPORT) {
      cues.addAll(lexicon.cues("HABIT"));
    }
    for (Pattern cue : cues) {
      if (cue.matcher(clause).find()) {
        return true;
      }
      Matcher m = cue.matcher(span);
      while (m.find()) {
        if (m.start() < clause.length()) {
          return true;
        }
      }
    }
    return false;
  }

  /** A titled person or a word for officials, delegations or forces in the sentence. */
  private boolean official(SentenceFacts sentence) {
    // a pronoun standing for an official does not make its sentence one of officials
    return sentence.persons().stream()
            .anyMatch(n -> !n.person().titles().isEmpty() && !n.byPronoun())
        || EventLexicon.any(lexicon.cues("OFFICIAL"), sentence.text());
  }

  private boolean planned(String text, int start, int end) {
    String around = text.substring(Math.max(0, start - PLANNED_REACH), end);
    return EventLexicon.any(lexicon.cues("PLANNED"), around);
  }
}
