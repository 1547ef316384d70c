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
 */
record Candidate(
    EventType type,
    SentenceFacts sentence,
    Span trigger,
    EventStatus status,
    boolean refers,
    boolean abroad,
    boolean states) {

  /** The trigger as written. */
  String triggerText() {
    return sentence.between(trigger.start(), trigger.end());
  }
}
