package org.attache.core.persons;

import java.util.List;
import java.util.Optional;
import java.util.function.Supplier;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.nlp.Sentence;
import org.attache.core.nlp.Token;
import org.attache.core.states.StateMention;

/**
 * The state a named person serves, from what stands around the name, strongest evidence first: a
 * state in one of the person's titles ("Minister of Defense of the Republic of Azerbaijan"); "of
 * STATE" just after the name ("Sergey Shoigu of Russia"); a demonym just before the titles or name
 * ("his Russian counterpart Andrei Belousov"); else the report's dateline state, else the state
 * named nearest in the sentence that does not qualify another title ("the Saudi land forces chief
 * called on General X": Saudi is the chief's, not X's).
 */
final class PersonCountry {
  private static final Pattern OF_STATE = Pattern.compile("\\s+(?:of|from)\\s+(?:the\\s+)?");

  /** How far before the title chain a demonym may stand: "his Russian counterpart". */
  private static final int LEFT_WINDOW = 24;

  /** A demonym before the name belongs to it only within the same phrase. */
  private static final Pattern PHRASE_BREAK = Pattern.compile(",|\\band\\b|\\bwith\\b|\\bto\\b");

  private PersonCountry() {}

  /**
   * A state and how strongly the text ties the person to it: {@link #TITLE}, {@link #ADJACENT},
   * {@link #DATELINE}, {@link #NEAREST}.
   */
  record Attribution(String code, int strength) {
    static final int TITLE = 4;
    static final int ADJACENT = 3;
    static final int DATELINE = 2;
    static final int NEAREST = 1;
    static final Attribution NONE = new Attribution(null, 0);

    /**
     * His own phrase names a private occupation ("a security analyst"): he serves no state by it.
     */
    static final Attribution PRIVATE = new Attribution(null, -1);
  }

  static Attribution of(
      String text,
      Span name,
      Sentence s,
      List<TitleMatch> chain,
      List<StateMention> states,
      List<TitleMatch> sentenceTitles,
      String datelineState,
      Supplier<List<Token>> parse) {
    for (TitleMatch t : chain) {
      if (t.country() != null) {
        return new Attribution(t.country(), Attribution.TITLE);
      }
    }
    for (StateMention m : states) {
      if (m.span().start() >= name.end()
          && OF_STATE.matcher(text.substring(name.end(), m.span().start())).matches()) {
        return new Attribution(m.code(), Attribution.ADJACENT);
      }
    }
    Optional<NamePhrase.Phrase> phrase =
        states.stream().anyMatch(m -> s.span().contains(m.span().start()))
            ? NamePhrase.of(
                parse.get(), name, sentenceTitles.stream().map(TitleMatch::span).toList())
            : Optional.empty();
    if (phrase.isPresent() && phrase.get().privateOccupation()) {
      return Attribution.PRIVATE;
    }
    if (phrase.isPresent()) {
      StateMention own = nearestIn(phrase.get().tokens(), name, states);
      if (own != null) {
        return new Attribution(own.code(), Attribution.ADJACENT);
      }
    } else {
      StateMention before = demonymBefore(text, name, s, chain, states);
      if (before != null) {
        return new Attribution(before.code(), Attribution.ADJACENT);
      }
    }
    if (datelineState != null) {
      return new Attribution(datelineState, Attribution.DATELINE);
    }
    return nearest(text, name, s, states, others(chain, sentenceTitles));
  }

  /** The state named in the person's own phrase nearest to his name, or null. */
  private static StateMention nearestIn(List<Token> phrase, Span name, List<StateMention> states) {
    StateMention best = null;
    for (StateMention m : states) {
      boolean inPhrase = phrase.stream().anyMatch(t -> t.span().contains(m.span().start()));
      if (inPhrase && (best == null || distance(m, name) < distance(best, name))) {
        best = m;
      }
    }
    return best;
  }

  private static int distance(StateMention m, Span name) {
    return m.span().start() >= name.end()
        ? m.span().start() - name.end()
        : name.start() - m.span().end();
  }

  /**
   * Without a parse: a state named just before the titles or name, within their phrase ("his
   * Russian counterpart Andrei Belousov").
   */
  private static StateMention demonymBefore(
      String text, Span name, Sentence s, List<TitleMatch> chain, List<StateMention> states) {
    int left = chain.isEmpty() ? name.start() : Math.min(name.start(), chain.get(0).span().start());
    StateMention best = null;
    for (StateMention m : states) {
      int from = Math.max(s.span().start(), left - LEFT_WINDOW);
      if (m.span().end() <= left
          && m.span().start() >= from
          && !PHRASE_BREAK.matcher(text.substring(m.span().end(), left)).find()
          && (best == null || m.span().end() > best.span().end())) {
        best = m;
      }
    }
    return best;
  }

  /** The titles of the sentence that are not the person's own. */
  private static List<TitleMatch> others(List<TitleMatch> chain, List<TitleMatch> sentenceTitles) {
    return sentenceTitles.stream().filter(t -> !chain.contains(t)).toList();
  }

  /** "at a news conference in Amman", "arrived in Baku": where he is, not whom he serves. */
  private static final Pattern LOCATIVE_BEFORE =
      Pattern.compile("(?i)\\b(?:in|at)\\s+(?:the\\s+)?$");

  private static boolean where(String text, Sentence s, StateMention m) {
    int from = Math.max(s.span().start(), m.span().start() - 12);
    return m.form() != org.attache.core.states.StateForm.DEMONYM
        && LOCATIVE_BEFORE.matcher(text.substring(from, m.span().start())).find();
  }

  private static Attribution nearest(
      String text, Span name, Sentence s, List<StateMention> states, List<TitleMatch> others) {
    StateMention best = null;
    int bestDistance = Integer.MAX_VALUE;
    for (StateMention m : states) {
      if (!s.span().contains(m.span().start())
          || others.stream().anyMatch(t -> t.span().contains(m.span().start()))
          || where(text, s, m)) {
        continue;
      }
      int d = distance(m, name);
      if (d < bestDistance) {
        best = m;
        bestDistance = d;
      }
    }
    return best == null ? Attribution.NONE : new Attribution(best.code(), Attribution.NEAREST);
  }
}
