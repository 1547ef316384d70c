package org.attache.core.events;

import java.util.ArrayList;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.core.states.Place;
import org.attache.core.states.PlaceMention;

/**
 * Gives a candidate its states and persons. A visit is between the visitor and the state visited; a
 * meeting between the states of the sentence, or, when one official meets several counterparts each
 * of another state ("held separate meetings with the Turkish and the Sri Lankan navy chiefs"), one
 * bilateral meeting per counterpart; other events take every state of the sentence.
 *
 * <p>Example: "Singh met his Japanese counterpart Ken Sato and the Philippine minister Jose Cruz."
 * gives two MEETING drafts, IN-JP and IN-PH.
 */
final class EventParties {
  /** How far after a visit's trigger its destination may stand. */
  private static final int DESTINATION_REACH = 80;

  private static final Pattern ONGOING =
      Pattern.compile(
          "\\b(?:is on|was on|are on|were on|paying|on an?|during|stay|is in|was in)\\b",
          Pattern.CASE_INSENSITIVE);
  private static final Pattern SEPARATE =
      Pattern.compile(
          "\\b(?:separate|separately|bilateral meetings|bilateral talks|respectively|one-on-one)\\b",
          Pattern.CASE_INSENSITIVE);

  /** A trigger that buys rather than sells: the states of the sentence are the buyers. */
  private static final Pattern PURCHASE =
      Pattern.compile("(?i)(?:purchas|buy|bought|acquir|procur|order)");

  private static final Pattern VISIT_OF =
      Pattern.compile("(?i)\\bvisits?\\s+(?:of|by)\\s+(?:the\\s+)?$");

  private final PartyReader reader;

  EventParties(PartyReader reader) {
    this.reader = reader;
  }

  List<EventDraft> draft(Candidate c) {
    List<Party> parties = reader.parties(c.sentence());
    return switch (c.type()) {
      case VISIT -> {
        EventDraft v = visit(c, parties);
        yield c.abroad() && (v.visitor == null || v.host == null) ? List.of() : List.of(v);
      }
      case MEETING -> meetings(c, parties);
      case ARMS -> purchases(c, parties);
      default -> List.of(all(c, parties, role(c.type())));
    };
  }

  private EventDraft visit(Candidate c, List<Party> parties) {
    EventDraft d = new EventDraft(c);
    d.ongoing = ONGOING.matcher(c.triggerText()).find();
    Optional<Place> dest = destination(c, parties);
    dest.ifPresent(p -> d.location = p);
    d.host = dest.map(Place::country).orElse(null);
    for (Party p : parties) {
      if (!p.code().equals(d.host) && !(p.locative() && p.start() >= c.trigger().start())) {
        d.visitor = p.code();
        break;
      }
    }
    for (Party p : parties) {
      if (p.person() != null && p.code().equals(d.visitor)) {
        d.addParticipant(p.person(), "guest");
      }
    }
    return d;
  }

  /** The place or state right after the trigger ("visited Baku", "a visit to Pakistan"). */
  private Optional<Place> destination(Candidate c, List<Party> parties) {
    if (c.triggerText().endsWith(" of")) {
      return Optional.empty(); // "the visit of the US President": the visitor, not the place
    }
    int from = c.trigger().start();
    int to = c.trigger().end() + DESTINATION_REACH;
    SentenceFacts s = c.sentence();
    Optional<PlaceMention> place =
        s.places().stream()
            .filter(p -> p.span().start() >= from && p.span().start() < to)
            .filter(p -> !visitorAfter(s, p.span().start()))
            .findFirst();
    Optional<Party> state =
        parties.stream()
            .filter(p -> p.person() == null && p.start() >= from && p.start() < to)
            .filter(p -> !visitorAfter(s, p.start()))
            .findFirst();
    // The city over its state: "called on the President of Sri Lanka in Colombo" is in Colombo.
    boolean placeInState =
        state.isPresent()
            && place.isPresent()
            && place.get().place().country().equals(state.get().code());
    if (place.isPresent()
        && (state.isEmpty()
            || placeInState
            || place.get().span().start() <= state.get().start() + 1)) {
      return Optional.of(place.get().place());
    }
    if (state.isPresent()) {
      Party named = state.get();
      return Optional.of(new Place(s.between(named.start(), named.end()), named.code()));
    }
    return place.map(PlaceMention::place);
  }

  /** "the visit of the US President", "a visit by Ghana's army chief": who visits, not where. */
  private static boolean visitorAfter(SentenceFacts s, int start) {
    String before = s.between(Math.max(s.span().start(), start - 20), start);
    return VISIT_OF.matcher(before).find();
  }

  /** "a meeting between", "talks between the": the parties of the meeting follow. */
  private static final Pattern BETWEEN =
      Pattern.compile("^\\s*(?i:between)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}$");

  /** Between two parties of the "between" list, with the titles of the next: ", and General ". */
  private static final Pattern BETWEEN_GAP =
      Pattern.compile("^\\s*(?:,|,?\\s*and)\\s+(?:the\\s+)?(?:\\p{Lu}[\\p{L}.-]*\\s+){0,3}$");

  /**
   * "during a final meeting between Obama and Netanyahu": the list after "between" is the whole
   * meeting, whoever else the sentence names (the one phoned, the place left).
   */
  private static List<Party> between(Candidate c, List<Party> parties) {
    SentenceFacts s = c.sentence();
    List<Party> after =
        parties.stream().filter(p -> !p.locative() && p.start() >= c.trigger().end()).toList();
    if (after.size() < 2) {
      return List.of();
    }
    // the trigger may end in the word itself: "talks between"
    String gap = s.between(c.trigger().end(), after.get(0).start());
    boolean inTrigger = c.triggerText().toLowerCase(java.util.Locale.ROOT).endsWith("between");
    if (!BETWEEN.matcher((inTrigger ? "between " : "") + gap).matches()) {
      return List.of();
    }
    List<Party> out = run(s, after, BETWEEN_GAP);
    return out.size() >= 2 ? out : List.of();
  }

  /** The parties from the first of {@code after} on that one list joins: "A, B and C". */
  private static List<Party> run(SentenceFacts s, List<Party> after, Pattern gap) {
    List<Party> out = new ArrayList<>(List.of(after.get(0)));
    for (int i = 1; i < after.size(); i++) {
      if (!gap.matcher(s.between(after.get(i - 1).end(), after.get(i).start())).matches()) {
        break;
      }
      out.add(after.get(i));
    }
    return out;
  }

  /** A two-sided event: the states of one side and the other, with the persons of both. */
  private static EventDraft pair(Candidate c, List<Party> parties, Set<String> side, String other) {
    EventDraft d = new EventDraft(c);
    d.countries.addAll(side);
    d.countries.add(other);
    parties.stream()
        .filter(p -> p.person() != null && (side.contains(p.code()) || p.code().equals(other)))
        .forEach(p -> d.addParticipant(p.person(), "participant"));
    return d;
  }

  private List<EventDraft> meetings(Candidate c, List<Party> parties) {
    List<Party> listed = between(c, parties);
    if (!listed.isEmpty()) {
      return List.of(all(c, listed, "participant"));
    }
    List<Party> nonLocative = parties.stream().filter(p -> !p.locative()).toList();
    List<Party> use = distinct(nonLocative).size() >= 2 ? nonLocative : parties;
    int at = c.trigger().start();
    Set<String> actor = codes(use.stream().filter(p -> p.start() < at).toList());
    Set<String> others = codes(use.stream().filter(p -> p.start() >= at).toList());
    boolean selfMet = others.stream().anyMatch(actor::contains);
    others.removeAll(actor);
    long counterparts =
        use.stream()
            .filter(p -> p.start() >= at && p.person() != null && others.contains(p.code()))
            .map(Party::code)
            .distinct()
            .count();
    boolean split =
        !actor.isEmpty()
            && others.size() >= 2
            && (SEPARATE.matcher(c.sentence().text()).find() || counterparts >= 2);
    if (!split) {
      return List.of(all(c, use, "participant"));
    }
    if (selfMet) {
      // "met his counterparts from A, B and C" cannot include the actor's own state: the state
      // read for the actor is wrong, and so would be every meeting of the list.
      return List.of();
    }
    List<EventDraft> out = new ArrayList<>();
    for (String other : others) {
      out.add(pair(c, use, actor, other));
    }
    if (ATTENDED.matcher(c.sentence().between(c.sentence().span().start(), at)).find()) {
      // "attended the 11th Defence Ministers' Forum and held bilateral meetings with his
      // counterparts from A, B and C": the forum itself is a meeting of them all
      EventDraft forum = new EventDraft(c);
      forum.countries.addAll(actor);
      forum.countries.addAll(others);
      use.stream()
          .filter(p -> p.person() != null)
          .forEach(p -> forum.addParticipant(p.person(), "participant"));
      out.add(0, forum);
    }
    return out;
  }

  /** "attended the 11th ADMM-Plus", "attended the SCO summit": a named multilateral gathering. */
  private static final Pattern ATTENDED =
      Pattern.compile(
          "\\b(?i:attend(?:ed|s|ing)|took part in|participated in)\\s+(?:the\\s+)?"
              + "(?:\\d+(?:st|nd|rd|th)\\s+)?\\p{Lu}");

  /**
   * An arms event; when it is a purchase of a system whose maker the sentence does not name, the
   * maker is the seller, and each buying state has its own deal with it: "After Chile, Peru also
   * wants to buy JF-17s" gives CL-PK and PE-PK.
   */
  private static List<EventDraft> purchases(Candidate c, List<Party> parties) {
    List<EventDraft> perSeller = perSeller(c, parties);
    if (!perSeller.isEmpty()) {
      return perSeller;
    }
    EventDraft all = all(c, parties, "participant");
    Set<String> makers = WeaponSystems.standard().makers(c.sentence().text());
    if (makers.size() != 1
        || !PURCHASE.matcher(c.triggerText()).lookingAt()
        || all.countries.containsAll(makers)) {
      return List.of(all);
    }
    int at = c.trigger().start();
    List<Party> named = parties.stream().filter(p -> !p.locative()).toList();
    if (named.stream().anyMatch(p -> p.start() >= at)) {
      return List.of(all); // "bought JF-17s from China": the seller is named
    }
    String maker = makers.iterator().next();
    Set<String> buyers = codes(named);
    if (buyers.size() < 2) {
      all.countries.add(maker);
      return List.of(all);
    }
    List<EventDraft> out = new ArrayList<>();
    for (String buyer : buyers) {
      EventDraft d = new EventDraft(c);
      d.countries.add(buyer);
      d.countries.add(maker);
      parties.stream()
          .filter(p -> p.person() != null && p.code().equals(buyer))
          .forEach(p -> d.addParticipant(p.person(), "participant"));
      out.add(d);
    }
    return out;
  }

  /** "with France and Italy", "from Korea, Turkey and China": a list of sellers after the deal. */
  private static final Pattern SELLERS_BEFORE =
      Pattern.compile("(?i)\\b(?:with|from)\\s+(?:the\\s+)?$");

  private static final Pattern LIST_GAP =
      Pattern.compile("(?i)\\s*(?:,|,?\\s*and)\\s+(?:the\\s+)?");

  /**
   * One arms event per seller: "Chile signed deals with France and Italy for frigates" are two
   * transfers, CL-FR and CL-IT, when one buyer stands before the deal and a list of states after
   * "with" or "from" follows it.
   */
  private static List<EventDraft> perSeller(Candidate c, List<Party> parties) {
    int at = c.trigger().start();
    List<Party> named = parties.stream().filter(p -> !p.locative()).toList();
    Set<String> buyers = codes(named.stream().filter(p -> p.start() < at).toList());
    List<Party> after = named.stream().filter(p -> p.start() >= at).toList();
    if (buyers.size() != 1 || after.size() < 2) {
      return List.of();
    }
    SentenceFacts s = c.sentence();
    if (!SELLERS_BEFORE.matcher(s.between(s.span().start(), after.get(0).start())).find()) {
      return List.of();
    }
    Set<String> sellers = codes(run(s, after, LIST_GAP));
    sellers.removeAll(buyers);
    if (sellers.size() < 2) {
      return List.of();
    }
    return sellers.stream().map(seller -> pair(c, parties, buyers, seller)).toList();
  }

  private static EventDraft all(Candidate c, List<Party> parties, String role) {
    EventDraft d = new EventDraft(c);
    for (Party p : parties) {
      d.countries.add(p.code());
      if (p.person() != null) {
        d.addParticipant(p.person(), role);
      }
    }
    return d;
  }

  private static String role(EventType type) {
    return switch (type) {
      case AGREEMENT -> "signatory";
      case SUPPORT -> "supporter";
      default -> "participant";
    };
  }

  private static Set<String> codes(List<Party> parties) {
    Set<String> out = new LinkedHashSet<>();
    parties.forEach(p -> out.add(p.code()));
    return out;
  }

  private static Set<String> distinct(List<Party> parties) {
    return codes(parties);
  }
}
