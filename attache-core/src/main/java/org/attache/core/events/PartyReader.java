package org.attache.core.events;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.core.states.PlaceMention;
import org.attache.core.states.StateForm;
import org.attache.core.states.StateMention;

/**
 * Reads the states that may take part in a sentence's events: every state named, and the state of
 * every person named, less the states named as enemies ("the war with Armenia", "Russia's
 * invasion"). Each party remembers whether it only says where something happened.
 *
 * <p>Example: in "Hasanov met the Pakistani delegation in Baku, weeks after the war with Armenia"
 * the parties are AZ (Hasanov's state), PK and AZ (Baku, locative); Armenia is no party.
 */
final class PartyReader {
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile(
          "(?:\\b(?i:in|to|at|off|near|inside|visit|visited|visiting|visits)\\s+"
              + "(?i:the\\s+(?:city|capital|province|region|republic|coast|shores?|waters)\\s+of\\s+)?"
              + "(?i:(?:northern|southern|eastern|western|central|north|south|east|west)\\s+)?"
              + "(?:\\p{Lu}[\\p{L}-]*(?:\\s\\p{Lu}[\\p{L}-]*)?,\\s*)?)$");

  /** "Ambassador of Azerbaijan to Pakistan": the state an envoy is sent to is no place. */
  private static final Pattern ACCREDITED =
      Pattern.compile(
          "(?i)\\b(?:ambassador|envoy|attach[eé]|representative|consul)\\b[^,;]*\\bto\\s+(?:the\\s+)?$");

  /** "the security situation in the South China Sea": a topic, not a party nor a place. */
  private static final Pattern TOPIC =
      Pattern.compile(
          "(?i)\\b(?:situation|security|tensions?|developments?|crisis|conflict|stability|peace|events)"
              + "\\s+in\\s+(?:the\\s+)?(?:[\\p{L}-]+\\s+){0,3}$");

  private final EventLexicon lexicon;

  PartyReader(EventLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /** The parties of the sentence in text order. */
  List<Party> parties(SentenceFacts s) {
    List<Party> out = new ArrayList<>();
    for (StateMention m : s.states()) {
      if (!adversary(s, m.span().start(), m.span().end()) && !currency(s, m) && !topic(s, m)) {
        int start = m.span().start();
        boolean locative = m.form() != StateForm.DEMONYM && locative(s, start);
        out.add(new Party(m.code(), start, m.span().end(), locative, null));
      }
    }
    for (SentenceFacts.Named n : s.persons()) {
      if (n.person().country() != null) {
        var span = n.mention().span();
        out.add(
            new Party(n.person().country(), span.start(), span.end(), false, n.person().name()));
      }
    }
    out.sort((a, b) -> a.start() - b.start());
    return out;
  }

  /** Places named in the sentence at a locative ("in Baku", "to Vientiane"). */
  List<PlaceMention> locativePlaces(SentenceFacts s) {
    return s.places().stream().filter(p -> locative(s, p.span().start())).toList();
  }

  /**
   * "reviewed the situation in the Sahel and in Libya": a state talked about is no party, nor the
   * place of the talks.
   */
  private static boolean topic(SentenceFacts s, StateMention m) {
    int start = m.span().start();
    String before = s.between(Math.max(s.span().start(), start - 60), start);
    return m.form() != StateForm.DEMONYM && TOPIC.matcher(before).find();
  }

  /** "US$6.5 billion" names a currency, not a party. */
  private static boolean currency(SentenceFacts s, StateMention m) {
    String after = s.between(m.span().end(), Math.min(s.span().end(), m.span().end() + 1));
    return after.equals("$");
  }

  boolean adversary(SentenceFacts s, int start, int end) {
    String before = s.between(s.span().start(), start);
    String after = s.between(end, s.span().end());
    return EventLexicon.any(lexicon.adversaries("BEFORE"), before)
        || EventLexicon.any(lexicon.adversaries("AFTER"), after);
  }

  static boolean locative(SentenceFacts s, int start) {
    String before = s.between(Math.max(s.span().start(), start - 60), start);
    return LOCATIVE_BEFORE.matcher(before).find()
        && !ACCREDITED.matcher(before).find()
        && !TOPIC.matcher(before).find();
  }
}
