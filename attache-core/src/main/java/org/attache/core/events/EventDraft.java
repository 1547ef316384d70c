package org.attache.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.TreeSet;
import org.attache.core.states.Place;

/**
 * An event while the extractor is still reading it: the working state of one report's extraction,
 * never shared between threads nor returned.
 */
final class EventDraft {
  Candidate candidate;
  final TreeSet<String> countries = new TreeSet<>();
  final List<Participant> participants = new ArrayList<>();

  /** For a visit: the state visited and the visiting state, when the sentence names them. */
  String host;

  String visitor;

  /** The date the sentence itself gives, before any context is used. */
  String ownDate;

  /** Where the own date's expression starts in the text, or -1. */
  int ownDateAt = -1;

  /** The own date's expression as written ("18 September"), or null. */
  String ownDateText;

  String date;

  /** Whether the date came from the context, not from the sentence. */
  boolean dateInherited;

  /** Whether the own date is the month of a range of days ("from 7 to 11 December"). */
  boolean dateSpan;

  Place location;

  /** Whether the place is named in the event's own sentence (not taken from the context). */
  boolean locationOwn;

  String name;

  /** Whether a visit is told by its end ("returned to Seoul from the trip"): DEPART. */
  boolean departure;

  /** Whether a visit is told as going on ("is on an official visit"): dated by its month. */
  boolean ongoing;

  EventDraft(Candidate candidate) {
    this.candidate = candidate;
  }

  EventType type() {
    return candidate.type();
  }

  SentenceFacts sentence() {
    return candidate.sentence();
  }

  void addParticipant(String person, String role) {
    if (participants.stream().noneMatch(p -> p.name().equals(person))) {
      participants.add(new Participant(person, role));
    }
  }

  Event toEvent() {
    return new Event(
        type(),
        type().cameo(),
        date,
        location,
        participants,
        List.copyOf(countries),
        name,
        candidate.status(),
        sentence().span());
  }
}
