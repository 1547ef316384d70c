package org.attache.core.events;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.nlp.Sentence;
import org.attache.core.states.Place;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.StateLexicon;

/**
 * Reads the events of one report: visits, meetings, exercises, agreements, arms transfers, training
 * and support between states, each with its date, place, states, persons and the sentence that
 * states it. Rules over the reading's sentences, states, places, times and persons; the trigger
 * words and cues are data files beside this class (see {@link EventLexicon}). Immutable and
 * thread-safe.
 *
 * <p>Example:
 *
 * <pre>{@code
 * List<Event> events = EventExtractor.standard().extract(facts);
 * // "Hasanov met the Pakistani delegation in Baku on May 3." in a report of 2023:
 * // [Event[type=MEETING, cameo=040, date=2023-05-03, location=Place[Baku, AZ], countries=[AZ, PK] ...]]
 * }</pre>
 */
public final class EventExtractor {
  private static final EventExtractor STANDARD =
      new EventExtractor(
          EventLexicon.standard(), StateLexicon.standard(), PlaceGazetteer.standard());

  /** The longest unclosed line still read as a headline. */
  private static final int HEADLINE_WORDS = 16;

  private final EventLexicon lexicon;
  private final TriggerFinder triggers;
  private final EventParties parties;
  private final EventDates dates;
  private final EventPlaces places;
  private final StateLexicon states;
  private final PlaceGazetteer gazetteer;

  private EventExtractor(EventLexicon lexicon, StateLexicon states, PlaceGazetteer gazetteer) {
    this.lexicon = lexicon;
    this.states = states;
    this.gazetteer = gazetteer;
    PartyReader reader = new PartyReader(lexicon);
    this.triggers = new TriggerFinder(lexicon);
    this.parties = new EventParties(reader);
    this.dates = new EventDates(lexicon);
    this.places = new EventPlaces(reader, states);
  }

  /** The extractor over the patterns shipped with Attaché. */
  public static EventExtractor standard() {
    return STANDARD;
  }

  /** The events the report states, in text order. */
  public List<Event> extract(ReportFacts facts) {
    List<EventDraft> drafts = new ArrayList<>();
    List<Sentence> sentences = facts.sentences();
    List<SentenceFacts> read = new ArrayList<>();
    java.util.Set<Integer> triggered = new java.util.HashSet<>();
    for (int i = 0; i < sentences.size(); i++) {
      SentenceFacts s =
          SentenceFacts.of(facts, i, sentences.get(i).span(), i > 0 ? read.get(i - 1) : null);
      read.add(s);
      if (headline(s, facts)) {
        continue; // the headline retells the lead in other words: its events are the lead's
      }
      for (Candidate c : triggers.find(s, facts.parser())) {
        drafts.addAll(parties.draft(c));
        if (!c.refers()) {
          triggered.add(i);
        }
      }
    }
    drafts.forEach(d -> withListedParticipants(d, read, triggered));
    // the visits tell the report's host and visitor: only those that took place or lie ahead
    settle(drafts, EventType.VISIT);
    List<EventDraft> visits = drafts.stream().filter(d -> d.type() == EventType.VISIT).toList();
    ReportContext context = ReportContext.of(facts, visits, gazetteer);
    drafts.forEach(d -> completeStates(d, context));
    drafts.removeIf(d -> d.countries.size() < 2);
    settle(drafts, null);
    drafts.forEach(d -> d.ownDate = dates.own(d, context));
    dates.date(drafts, context);
    places.place(drafts, context, dates);
    // A plan is an event only with its date ("will hold drills from 12 September").
    drafts.removeIf(d -> d.candidate.status() == EventStatus.PLANNED && d.ownDate == null);
    drafts.forEach(d -> d.name = EventNames.of(d));
    List<EventDraft> all = visits.isEmpty() ? ImpliedVisits.add(drafts) : drafts;
    Map<String, String> sides = new HashMap<>();
    facts.persons().stream()
        .filter(p -> p.country() != null)
        .forEach(p -> sides.put(p.name(), p.country()));
    return EventMerger.merge(all, sides).stream().map(EventDraft::toEvent).toList();
  }

  /**
   * Each draft takes the status of its trigger's clause; those the clause says are no events are
   * dropped. Done once the drafts have their states, so only sentences that can hold an event are
   * parsed ({@code only}: settle the drafts of that type alone, or all when null).
   */
  private static void settle(List<EventDraft> drafts, EventType only) {
    for (java.util.Iterator<EventDraft> it = drafts.iterator(); it.hasNext(); ) {
      EventDraft d = it.next();
      if (only != null && d.type() != only) {
        continue;
      }
      Candidate settled = d.candidate.settled();
      if (settled == null) {
        it.remove();
      } else {
        d.candidate = settled;
      }
    }
  }

  /**
   * A headline, caption or teaser: the report's title, or a short line without a sentence's closing
   * mark (long unclosed lines are sentences cut off by the page, and stay).
   */
  private static boolean headline(SentenceFacts s, ReportFacts facts) {
    String text = s.text().strip();
    String title = facts.meta().title();
    boolean unclosed = !text.matches("(?s).*[.!?…:;\"”’')\\]]$");
    return (title != null && text.equals(title.strip()))
        || (unclosed && text.split("\\s+").length <= HEADLINE_WORDS);
  }

  /** How many states a sentence that lists an event's participants names at least. */
  private static final int LISTED_STATES = 2;

  /**
   * "The drills opened near Almaty on Monday. Taking part are troops from Kazakhstan, Kyrgyzstan
   * and Mongolia.": a multilateral event's states listed in the next sentence, which states no
   * event of its own, are its states.
   */
  private void withListedParticipants(
      EventDraft d, List<SentenceFacts> all, java.util.Set<Integer> triggered) {
    if (!MULTILATERAL.contains(d.type())) {
      return;
    }
    int next = d.sentence().index() + 1;
    if (next >= all.size() || triggered.contains(next)) {
      return;
    }
    SentenceFacts s = all.get(next);
    java.util.Set<String> listed = new java.util.TreeSet<>();
    s.states().forEach(m -> listed.add(m.code()));
    if (listed.size() >= LISTED_STATES
        && EventLexicon.any(lexicon.cues("PARTICIPANTS"), s.text())) {
      d.countries.addAll(listed);
    }
  }

  private static final java.util.Set<EventType> MULTILATERAL =
      java.util.EnumSet.of(EventType.EXERCISE, EventType.MEETING, EventType.TRAINING);

  private void completeStates(EventDraft d, ReportContext context) {
    if (d.type() == EventType.VISIT) {
      d.departure = EventLexicon.any(lexicon.cues("DEPART"), d.sentence().text());
      String host = d.host != null ? d.host : context.host();
      String visitor = d.visitor != null ? d.visitor : context.visitor();
      if (host != null) {
        d.countries.add(host);
        if (d.location == null) {
          d.location = new Place(states.name(host), host);
        }
      }
      if (visitor != null) {
        d.countries.add(visitor);
      }
      return;
    }
    String text = d.sentence().text();
    if (context.visitor() != null && EventLexicon.any(lexicon.references("VISITOR"), text)) {
      d.countries.add(context.visitor());
    }
    if (d.countries.isEmpty()
        && d.type() == EventType.ARMS
        && EventLexicon.any(lexicon.cues("BATCH"), text)) {
      // "The first batch of 12 vehicles was unloaded in March.": a batch of the report's transfer
      d.countries.addAll(context.dyad());
    }
    if (d.countries.isEmpty() && EventLexicon.any(lexicon.references("BOTH"), text)) {
      d.countries.addAll(context.dyad()); // with one state named, "both" is it and its partner
    }
    if (d.countries.size() == 1) {
      String partner = context.partnerOf(d.countries.first());
      if (partner != null) {
        d.countries.add(partner);
      }
    }
  }
}
