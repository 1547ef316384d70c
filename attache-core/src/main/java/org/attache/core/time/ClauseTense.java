package org.attache.core.time;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;

/**
 * Guesses from the words around an expression whether its clause speaks of the past or the future,
 * which decides the year of "in August" and the week of "on Monday".
 *
 * <p>Example: in "talks will resume on Monday" the cue "will" makes Monday the next one; in "the
 * minister said on Monday" the cue "said" makes it the last one.
 */
final class ClauseTense {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{N}'’]+");
  private static final int BEFORE = 10;
  private static final int AFTER = 4;
  private static final int REACH = 240;
  private static final int PREPOSITION_REACH = 4;
  private static final int PRESENT_REACH = 6;

  private final TimeLexicon lexicon;

  ClauseTense(TimeLexicon lexicon) {
    this.lexicon = lexicon;
  }

  /**
   * The verb cue nearest before the expression wins, then the nearest one just after it, then a
   * preposition right before it ("until Saturday"), then a present-tense verb of a scheduled event
   * a few words before it ("talks open Tuesday", "the court rules on the case Thursday") or a
   * present progressive ("the leaders are meeting Friday"), which news uses for what is to come.
   */
  Tense of(String text, int start, int end) {
    List<String> before = words(text, sentenceStart(text, start), start);
    Tense verbs = verbCue(text, before, end);
    if (verbs != Tense.UNKNOWN || before.isEmpty()) {
      return verbs;
    }
    // The preposition may stand a few words back: "until 15:00 GMT Saturday".
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - PREPOSITION_REACH); i--) {
      Tense t = lexicon.prepositionCue(before.get(i));
      if (t != Tense.UNKNOWN) {
        return t;
      }
    }
    // "police are investigating Monday's attack": a possessive day is mostly one gone by.
    boolean possessive = text.startsWith("'s", end) || text.startsWith("’s", end);
    return possessive ? Tense.UNKNOWN : presentCue(before);
  }

  private Tense presentCue(List<String> before) {
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - PRESENT_REACH); i--) {
      String w = before.get(i);
      boolean progressive =
          i > 0 && w.length() > 4 && w.endsWith("ing") && before.get(i - 1).matches("is|are|am");
      if (lexicon.presentCue(w) || progressive) {
        return Tense.FUTURE;
      }
    }
    return Tense.UNKNOWN;
  }

  private Tense verbCue(String text, List<String> before, int end) {
    for (int i = before.size() - 1; i >= Math.max(0, before.size() - BEFORE); i--) {
      Tense t = cue(before, i);
      if (t != Tense.UNKNOWN) {
        return t;
      }
    }
    List<String> after = words(text, end, sentenceEnd(text, end));
    for (int i = 0; i < Math.min(AFTER, after.size()); i++) {
      Tense t = cue(after, i);
      if (t != Tense.UNKNOWN) {
        return t;
      }
    }
    return Tense.UNKNOWN;
  }

  private Tense cue(List<String> words, int i) {
    String w = words.get(i);
    if (lexicon.futureCue(w) || w.endsWith("'ll") || w.endsWith("’ll")) {
      return Tense.FUTURE;
    }
    boolean afterBe = i > 0 && words.get(i - 1).matches("be|is|are|am|being|been");
    if (lexicon.pastCue(w) && !(afterBe && !w.matches("was|were|had|did"))) {
      // "must be paid by year-end": an irregular participle after "be" is a passive too.
      return Tense.PAST;
    }
    // "the company is to announce results on Friday": "be to" is a future.
    if (w.matches("is|are") && i + 1 < words.size() && words.get(i + 1).equals("to")) {
      return Tense.FUTURE;
    }
    // A participle after "be" or before "by" is a passive ("is due to be published"), after "has" a
    // present
    // perfect ("has identified three firms to start in June"): neither dates the clause.
    boolean passive =
        i > 0 && words.get(i - 1).matches("be|is|are|am|being|been|to|has|have")
            || i + 1 < words.size() && words.get(i + 1).equals("by");
    if (w.length() > 4 && w.endsWith("ed") && !passive) {
      return Tense.PAST;
    }
    return Tense.UNKNOWN;
  }

  private static List<String> words(String text, int from, int to) {
    List<String> words = new ArrayList<>();
    Matcher m = WORD.matcher(text).region(from, to);
    while (m.find()) {
      words.add(m.group().toLowerCase());
    }
    return words;
  }

  private int sentenceStart(String text, int start) {
    int limit = Math.max(0, start - REACH);
    for (int i = start - 1; i > limit; i--) {
      char c = text.charAt(i);
      if (c == '\n'
          || ((c == '!' || c == '?' || c == '.' && !abbreviation(text, i))
              && Character.isWhitespace(text.charAt(i + 1)))) {
        return i + 1;
      }
    }
    return limit;
  }

  private int sentenceEnd(String text, int end) {
    int limit = Math.min(text.length(), end + REACH);
    for (int i = end; i < limit; i++) {
      char c = text.charAt(i);
      if (c == '\n' || c == '!' || c == '?' || c == '.' && !abbreviation(text, i)) {
        return i;
      }
    }
    return limit;
  }

  /** Whether the full stop at {@code dot} closes an abbreviation ("10 a.m. Thursday"). */
  private boolean abbreviation(String text, int dot) {
    int from = dot;
    while (from > 0
        && (Character.isLetter(text.charAt(from - 1)) || text.charAt(from - 1) == '.')) {
      from--;
    }
    return from < dot && lexicon.abbreviation(text.substring(from, dot));
  }
}
