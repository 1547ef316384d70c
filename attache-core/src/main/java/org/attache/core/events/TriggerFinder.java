package org.attache.core.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;

/**
 * Finds the candidate events of one sentence: the first trigger of each type that no cue vetoes.
 * Cancelled or denied occurrences give nothing; a trigger inside a generic statement ("the
 * importance of mutual visits") is skipped; a cue of the future makes the event planned.
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

  List<Candidate> find(SentenceFacts sentence) {
    String text = sentence.text();
    if (EventLexicon.any(lexicon.cues("CANCEL"), text)) {
      return List.of();
    }
    Map<EventType, Candidate> found = new EnumMap<>(EventType.class);
    for (EventLexicon.Rule rule : lexicon.triggers()) {
      EventType type = rule.type();
      firstLive(rule, sentence)
          .filter(
              c ->
                  !found.containsKey(type)
                      || c.trigger().start() < found.get(type).trigger().start())
          .ifPresent(c -> found.put(type, c));
    }
    boolean honours = EventLexicon.any(lexicon.cues("HONOUR"), text);
    if (honours) {
      found.remove(EventType.AGREEMENT);
      found.remove(EventType.SUPPORT);
    }
    if (found.containsKey(EventType.ARMS)) {
      found.remove(EventType.AGREEMENT); // an arms contract is the arms event itself
    }
    List<Candidate> out = new ArrayList<>(found.values());
    out.sort((a, b) -> a.trigger().start() - b.trigger().start());
    return out;
  }

  private Optional<Candidate> firstLive(EventLexicon.Rule rule, SentenceFacts sentence) {
    String text = sentence.text();
    Matcher m = rule.pattern().matcher(text);
    while (m.find()) {
      if (m.end() == m.start() || generic(text, m.start(), m.end())) {
        continue;
      }
      int base = sentence.span().start();
      Span trigger = new Span(base + m.start(), base + m.end());
      EventStatus status =
          planned(text, m.start(), m.end()) ? EventStatus.PLANNED : EventStatus.HAPPENED;
      return Optional.of(new Candidate(rule.type(), sentence, trigger, status, rule.refers()));
    }
    return Optional.empty();
  }

  private boolean generic(String text, int start, int end) {
    String before = text.substring(Math.max(0, start - GENERIC_REACH), start);
    // The cue must reach the trigger: "need to" far before a comma is another clause.
    String clause =
        before.substring(Math.max(before.lastIndexOf(','), before.lastIndexOf(';')) + 1);
    // The cue may run into the trigger ("have been conducting drills") but must start before it.
    String span = clause + text.substring(start, end) + " ";
    for (Pattern cue : lexicon.cues("GENERIC")) {
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

  private boolean planned(String text, int start, int end) {
    String around = text.substring(Math.max(0, start - PLANNED_REACH), end);
    return EventLexicon.any(lexicon.cues("PLANNED"), around);
  }
}
