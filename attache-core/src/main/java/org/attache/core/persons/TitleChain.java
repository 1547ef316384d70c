package org.attache.core.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.nlp.Token;

/**
 * The titles that stand next to a name: before it ("Minister of Defense of the Republic of
 * Azerbaijan, Colonel General Zakir Hasanov") and in apposition after it ("General Nadeem Raza,
 * Chairman Joint Chiefs of Staff Committee of ...").
 */
final class TitleChain {
  /**
   * Between two titles, or a title and the name it precedes; an acronym in brackets may close the
   * first ("the Commander of the Royal Air Force of Oman (RAFO), Air Vice Marshal X").
   */
  private static final Pattern LEFT_GAP =
      Pattern.compile("[\\s,()]*(?:\\(\\p{Lu}[\\p{Lu}\\p{N}&.-]{1,9}\\)[\\s,]*)?(?:[–—-]\\s*)?");

  /**
   * Between a name and the first title of an apposition: ", the", ", an" ("X, an Assistant Minister
   * of Defence, arrived"), or a relative clause that gives the office (", who is also the", ", who
   * serves as", ", who was then").
   */
  private static final Pattern FIRST_RIGHT_GAP =
      Pattern.compile(
          "\\s*(?:,|\\()\\s*(?:(?:who|currently|now)\\s+(?:(?:is|was|serves|served|also|"
              + "currently|now|then)\\s+)*(?:as\\s+)?)?(?:(?:the|an?)\\s+)?");

  /** Between two titles of an apposition. */
  private static final Pattern NEXT_RIGHT_GAP =
      Pattern.compile("\\s*(?:,|and|,\\s*and|[–—-])?\\s*(?:the\\s+)?");

  /** A preposition just before a title chain: the title names an object of the clause. */
  private static final Pattern PREPOSITION_BEFORE =
      Pattern.compile(
          "\\b(?i:with|to|from|by|for)\\s+(?:(?i:the|his|her|their)\\s+"
              + "|\\p{Lu}[\\p{L}-]*(?:\\s+\\p{Lu}[\\p{L}-]*){0,3}['’]s\\s+)?$");

  /** A verb right after the name: the name is the subject of the next clause. */
  private static final Pattern VERB_AFTER = Pattern.compile("^\\s+(?!of\\b|and\\b)\\p{Ll}");

  /** Tags of a finite verb: past, present, modal. */
  private static final Set<String> FINITE = Set.of("VBD", "VBZ", "VBP", "MD");

  private TitleChain() {}

  static List<TitleMatch> around(
      String text, Span name, Span sentence, List<Token> tokens, List<TitleMatch> titles) {
    List<TitleMatch> out = new ArrayList<>();
    int pos = name.start();
    TitleMatch t;
    while ((t = endingAt(text, pos, sentence, titles)) != null) {
      out.add(0, t);
      pos = t.span().start();
    }
    if (!out.isEmpty() && ofAnotherClause(text, out, name, sentence)) {
      out.clear();
    }
    pos = NameCandidates.afterPostNominals(text, name.end(), sentence.end());
    Pattern gap = FIRST_RIGHT_GAP;
    List<TitleMatch> right = new ArrayList<>();
    while ((t = startingAt(text, pos, sentence, titles, gap)) != null) {
      right.add(t);
      pos = t.span().end();
      gap = NEXT_RIGHT_GAP;
    }
    if (!right.isEmpty() && finiteVerbAt(text, pos, tokens)) {
      right.clear(); // "With the minister, General Ali Khan, the Secretary discussed": a subject
    }
    out.addAll(right);
    return out;
  }

  /**
   * Whether the next word after {@code pos} is a finite verb: the titles before it are the subject
   * of a clause, not an apposition to the name before them.
   */
  private static boolean finiteVerbAt(String text, int pos, List<Token> tokens) {
    for (Token k : tokens) {
      if (k.span().start() >= pos) {
        boolean adjacent = text.substring(pos, k.span().start()).isBlank();
        return adjacent && FINITE.contains(k.pos());
      }
    }
    return false;
  }

  /**
   * True when the titles before a name belong to the object of a preposition, and the name, after a
   * comma, starts a clause of its own: "While holding talks with the Defence Secretary of the
   * Philippines, Arjun Rao welcomed ...". "Talks with the Defence Secretary, Gilberto Cruz." keeps
   * its apposition.
   */
  private static boolean ofAnotherClause(
      String text, List<TitleMatch> chain, Span name, Span sentence) {
    int first = chain.get(0).span().start();
    String before = text.substring(Math.max(sentence.start(), first - 30), first);
    String after = text.substring(name.end(), Math.min(sentence.end(), name.end() + 20));
    // the comma may stand before an honorific of the name: "with X's Minister, Mr Roe welcomed"
    int last = chain.get(0).span().end();
    for (TitleMatch t : chain) {
      if (t.kind() != TitleKind.HONORIFIC) {
        last = t.span().end();
      }
    }
    return text.substring(last, name.start()).contains(",")
        && PREPOSITION_BEFORE.matcher(before).find()
        && VERB_AFTER.matcher(after).find();
  }

  private static TitleMatch endingAt(String text, int pos, Span sentence, List<TitleMatch> titles) {
    TitleMatch best = null;
    for (TitleMatch t : titles) {
      if (t.span().end() <= pos
          && t.span().start() >= sentence.start()
          && LEFT_GAP.matcher(text.substring(t.span().end(), pos)).matches()
          && (best == null || t.span().end() > best.span().end())) {
        best = t;
      }
    }
    return best;
  }

  private static TitleMatch startingAt(
      String text, int pos, Span sentence, List<TitleMatch> titles, Pattern gap) {
    TitleMatch best = null;
    for (TitleMatch t : titles) {
      if (t.span().start() >= pos
          && t.span().end() <= sentence.end()
          && t.kind() != TitleKind.HONORIFIC
          && gap.matcher(text.substring(pos, t.span().start())).matches()
          && (best == null || t.span().start() < best.span().start())) {
        best = t;
      }
    }
    return best;
  }
}
