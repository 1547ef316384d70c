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
 */
record Candidate(
    EventType type, SentenceFacts sentence, Span trigger, EventStatus status, boolean refers) {

  /** The trigger as written. */
  String triggerText() {
    return sentence.between(trigger.start(), trigger.end());
  }
}
