package org.attache.core.events;

import java.util.List;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.states.Place;
import org.attache.core.states.PlaceMention;
import org.attache.core.states.StateLexicon;

/**
 * Chooses where an event happened: the most specific place the sentence names at a locative ("in
 * Baku", "at the Ministry of Defense of Azerbaijan"), else, for an event of the report's lead, the
 * place of the lead event before it or the state visited. A visit's place is its destination.
 *
 * <p>Example: "The ministers met at the Ministry of Defense in Baku." is placed in Baku, AZ.
 */
final class EventPlaces {
  /** "at the Pakistan Navy War College": a named institution where something happened. */
  private static final Pattern INSTITUTION =
      Pattern.compile(
          "\\b(?:at|in|inside)\\s+the\\s+((?:\\p{Lu}[\\p{L}’'-]*(?:\\s+(?:of|of the|for|and)\\s+|\\s+)){1,7}\\p{Lu}?[\\p{L}’'-]*)");

  /** A capitalised name after a locative of place: "at Tema", "off Port Dickson". */
  private static final Pattern UNKNOWN_PLACE =
      Pattern.compile(
          "\\b(?:at|off|near|into|outside)\\s+(\\p{Lu}[\\p{L}’'-]*(?:\\s+\\p{Lu}[\\p{L}’'-]*){0,4})");

  /** "at NATO", "at ASEAN": an organisation's acronym, not a place. */
  private static final Pattern ACRONYM = Pattern.compile("\\p{Lu}{2,}");

  private final PartyReader reader;
  private final StateLexicon states;

  EventPlaces(PartyReader reader, StateLexicon states) {
    this.reader = reader;
    this.states = states;
  }

  /** The place the sentence gives the event, or null. */
  Place own(EventDraft d, ReportContext context) {
    if (d.location != null) {
      return d.location; // a visit's destination
    }
    if (d.type() == EventType.SUPPORT) {
      return null; // "condolences over the soldiers killed in Borno": the place of the occasion
    }
    SentenceFacts s = d.sentence();
    List<PlaceMention> places = reader.locativePlaces(s);
    if (!places.isEmpty()) {
      return places.get(0).place();
    }
    Optional<Place> institution = institution(s, context);
    if (institution.isPresent()) {
      return institution.get();
    }
    if (d.type() != EventType.ARMS) { // "delivered to Belarus": a recipient, not a place
      Optional<Place> state =
          reader.parties(s).stream()
              .filter(p -> p.locative() && p.person() == null)
              .findFirst()
              .map(p -> new Place(states.name(p.code()), p.code()));
      if (state.isPresent()) {
        return state.get();
      }
    }
    return unknownPlace(d, s, context);
  }

  /**
   * A place the gazetteer does not know, named at a locative ("at Thumrait Air Base", "off Nacala",
   * "flown into Aden Adde International Airport"): it lies in the dateline's state when that state
   * is one of the event's. A report datelined in a state tells of its bases and ports by their
   * names alone.
   */
  private static Place unknownPlace(EventDraft d, SentenceFacts s, ReportContext context) {
    String code = context.datelineState();
    if (code == null || !d.countries.contains(code)) {
      return null;
    }
    Matcher m = UNKNOWN_PLACE.matcher(s.text());
    while (m.find()) {
      String name = m.group(1);
      int start = s.span().start() + m.start(1);
      Span span = new Span(start, start + name.length());
      boolean named =
          s.states().stream().anyMatch(x -> overlaps(x.span(), span))
              || s.persons().stream().anyMatch(x -> overlaps(x.mention().span(), span))
              || s.times().stream().anyMatch(x -> overlaps(x.span(), span));
      if (!named && !ACRONYM.matcher(name).matches()) {
        return new Place(name, code);
      }
    }
    return null;
  }

  private static boolean overlaps(Span a, Span b) {
    return a.start() < b.end() && b.start() < a.end();
  }

  /** Places every draft of a report, in text order. */
  void place(List<EventDraft> drafts, ReportContext context, EventDates dates) {
    EventDraft lead = null;
    List<EventDraft> done = new java.util.ArrayList<>();
    for (EventDraft d : drafts) {
      d.location = own(d, context);
      d.locationOwn = d.location != null;
      if (d.location == null && dates.sequel(d)) {
        EventDraft before = EventDates.told(d, done, e -> e.location != null);
        d.location = before == null ? null : before.location;
      }
      done.add(d);
      boolean follows =
          (d.type() == EventType.MEETING
                  || d.type() == EventType.SUPPORT
                  || (d.type() == EventType.AGREEMENT && d.date != null))
              && !dates.background(d)
              && d.candidate.status() == EventStatus.HAPPENED
              && (d.ownDate == null || current(d.ownDate, context));
      if (d.location == null && follows) {
        if (lead != null && sameDay(lead, d)) {
          d.location = lead.location;
        } else if (context.host() != null && d.countries.contains(context.host())) {
          d.location = new Place(states.name(context.host()), context.host());
        }
      }
      boolean leads = d.type() == EventType.VISIT || d.type() == EventType.MEETING;
      if (leads && !d.candidate.refers() && d.location != null) {
        lead = d;
      }
    }
  }

  private static boolean current(String date, ReportContext context) {
    String month = context.anchorMonth();
    return month != null && date.startsWith(month);
  }

  private static boolean sameDay(EventDraft lead, EventDraft d) {
    return lead.date == null
        || d.date == null
        || d.date.startsWith(lead.date)
        || lead.date.startsWith(d.date);
  }

  private Optional<Place> institution(SentenceFacts s, ReportContext context) {
    Matcher m = INSTITUTION.matcher(s.text());
    while (m.find()) {
      String name = m.group(1).strip();
      int start = s.span().start() + m.start(1);
      int end = start + name.length();
      // The state inside the name, or right after it ("the Jizzakh region of Uzbekistan").
      String code =
          s.states().stream()
              .filter(st -> st.span().start() >= start && st.span().start() <= end + 12)
              .filter(
                  st ->
                      s.between(end, st.span().start())
                          .matches("[\\s\\p{L}]*?(?:\\bof\\s+(?:the\\s+)?|,\\s*)?|"))
              .map(st -> st.code())
              .findFirst()
              .orElse(context.host());
      if (code != null && name.contains(" ")) {
        return Optional.of(new Place(name, code));
      }
    }
    return Optional.empty();
  }
}
