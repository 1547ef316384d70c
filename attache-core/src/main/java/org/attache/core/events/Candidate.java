package org.attache.core.events;

import org.attache.core.Span;

/**
 * A trigger that survived the cues: one possible event of a sentence, before its parties, date and
 * place are read.
 *
 * @param type the event's type
 * @param sentence the sentence that states it
 * @param trigger where the trigger stands, offsets into the report's text
 * @param status happened or planned
 * @param refers whether the trigger refers back to an event already told ("during the meeting")
 * @param abroad whether the trigger is a visit only when the sentence names the visitor's state
 *     ("attended the ceremony in Gliwice")
 * @param states whether the trigger states the event by itself ("the exercises started"), as
 *     opposed to a bare reference ("the exercise"), which makes no event of its own except for a
 *     visit or meeting
 * @param clause the factuality of the trigger's clause, read from the parse on demand; null for a
 *     sentence read without a parse (its cues then gave the status)
 */
record Candidate(
    EventType type,
    SentenceFacts sentence,
    Span trigger,
    EventStatus status,
    boolean refers,
    boolean abroad,
    boolean states,
    ClauseReading clause) {

  /**
   * This candidate with the status its clause gives, or null when the clause says it is no event
   * (denied, cancelled, postponed, negated, hypothetical or generic). Saying that one will support
   * is the act of support itself (CAMEO 051), not a plan.
   */
  Candidate settled() {
    Factuality.Reading r = clause == null ? null : clause.get();
    if (r == null) {
      return this;
    }
    if (!r.status().isEvent()) {
      return null;
    }
    EventStatus s =
        r.status() == Factuality.Status.PLANNED && type != EventType.SUPPORT
            ? EventStatus.PLANNED
            : EventStatus.HAPPENED;
    return s == status
        ? this
        : new Candidate(type, sentence, trigger, s, refers, abroad, states, clause);
  }

  /** The trigger as written. */
  String triggerText() {
    return sentence.between(trigger.start(), trigger.end());
  }
}
