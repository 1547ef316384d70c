package org.attache.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.attache.core.persons.TitleLexicon;
import org.attache.core.states.Place;

/**
 * Adds the visits that other events imply: an official who signs, buys or meets at a place of
 * another state has travelled there ("the Korean minister attended the signing in Gliwice"). Added
 * only where the report tells no visit between those two states itself.
 *
 * <p>Example: "Minister Ana Costa of Portugal signed the agreement in Rabat." adds a VISIT PT-MA.
 */
final class ImpliedVisits {
  private static final Set<EventType> ABROAD =
      Set.of(EventType.MEETING, EventType.AGREEMENT, EventType.ARMS);

  private ImpliedVisits() {}

  static List<EventDraft> add(List<EventDraft> drafts) {
    List<EventDraft> out = new ArrayList<>(drafts);
    for (EventDraft d : drafts) {
      boolean told = d.candidate.states() && !d.candidate.refers();
      if (!ABROAD.contains(d.type())
          || !told
          || !d.locationOwn
          || d.candidate.status() != EventStatus.HAPPENED) {
        continue;
      }
      Place at = d.location;
      for (SentenceFacts.Named n : d.sentence().persons()) {
        String from = n.person().country();
        boolean takesPart =
            d.participants.stream().anyMatch(p -> p.name().equals(n.person().name()));
        if (takesPart
            && !isEnvoy(n)
            && from != null
            && !from.equals(at.country())
            && !told(out, from, at.country())) {
          out.add(visit(d, n, at));
        }
      }
    }
    out.sort((a, b) -> a.candidate.trigger().start() - b.candidate.trigger().start());
    return out;
  }

  /** An ambassador or high commissioner lives where he is accredited: meeting there is no visit. */
  private static boolean isEnvoy(SentenceFacts.Named n) {
    return n.person().titles().stream().anyMatch(TitleLexicon.standard()::isEnvoyOffice);
  }

  private static boolean told(List<EventDraft> drafts, String a, String b) {
    return drafts.stream()
        .anyMatch(
            d -> d.type() == EventType.VISIT && d.countries.contains(a) && d.countries.contains(b));
  }

  private static EventDraft visit(EventDraft source, SentenceFacts.Named guest, Place at) {
    Candidate c = source.candidate;
    EventDraft v =
        new EventDraft(
            new Candidate(
                EventType.VISIT, c.sentence(), c.trigger(), c.status(), false, false, true, null));
    v.countries.add(guest.person().country());
    v.countries.add(at.country());
    v.addParticipant(guest.person().name(), "guest");
    v.location = at;
    v.locationOwn = true;
    v.date = source.date;
    v.ownDate = source.ownDate;
    v.dateInherited = source.dateInherited;
    v.host = at.country();
    v.visitor = guest.person().country();
    return v;
  }
}
