package org.attache.core.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Optional;
import java.util.Set;
import org.attache.core.Span;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.nlp.Token;

/**
 * A named person's own noun phrase in the sentence's dependency parse: the name with the words that
 * modify it, and the office it stands in apposition to with that office's modifiers. A state named
 * there is the person's; a state elsewhere in the clause belongs to someone or something else.
 *
 * <p>Example: in "the Italian general met the Chief of Staff of the Tunisian Army, Major General
 * Ali Ben Salem", Ben Salem's phrase is "the Chief of Staff of the Tunisian Army, Major General Ali
 * Ben Salem": Tunisian is his, Italian is not. In "his Lithuanian counterpart, Defense Minister
 * Jonas Petraitis" it is the whole apposition.
 */
final class NamePhrase {
  /**
   * What leaves the phrase: other conjuncts, clauses and loose attachments. A relative clause stays
   * only when it gives the office ("who leads the Indian contingent").
   */
  private static final Set<String> OUTSIDE =
      Set.of(
          "conj",
          "cc",
          "punct",
          "parataxis",
          "advcl",
          "acl",
          "acl:relcl",
          "dep",
          "discourse",
          "list",
          "orphan",
          "vocative",
          "dislocated",
          "reparandum");

  /**
   * A noun's clausal dependents when it is a predicate ("X is the minister"); a clause that gives
   * the office keeps its object ("who commands the Indian fleet").
   */
  private static final Set<String> CLAUSAL = Set.of("nsubj", "obj", "obl", "aux", "cop", "mark");

  /**
   * Verbs of a clause on a name or an office that say what the person heads: "who commands the
   * fleet", "Flag Officer Commanding the Eastern Fleet".
   */
  private static final Set<String> OFFICE_VERBS =
      Set.of("lead", "head", "command", "direct", "chair", "represent", "serve", "run");

  /** How a noun that says what he is hangs from his name or his office. */
  private static final Set<String> DESCRIBES = Set.of("appos", "compound");

  private static final Set<String> OCCUPATIONS =
      Set.copyOf(LexiconFile.entries(NamePhrase.class, "occupations.txt"));

  private NamePhrase() {}

  /**
   * The phrase of the name at {@code name}, its tokens in sentence order; empty when the sentence
   * has no parse or no token of the name.
   *
   * @param tokens the sentence's tokens with their parse
   * @param offices where the sentence names offices and ranks
   */
  static Optional<Phrase> of(List<Token> tokens, Span name, List<Span> offices) {
    int head = nameHead(tokens, name);
    if (head < 0 || tokens.get(head).relation().isEmpty()) {
      return Optional.empty();
    }
    int top = head;
    while (climbs(tokens, top, name, offices)) {
      top = tokens.get(top).head();
    }
    boolean[] in = new boolean[tokens.size()];
    collect(tokens, top, name, in, false);
    List<Token> out = new ArrayList<>();
    boolean occupation = false;
    for (int i = 0; i < tokens.size(); i++) {
      if (in[i]) {
        Token t = tokens.get(i);
        out.add(t);
        boolean describesHim =
            i == top || (t.head() == head || t.head() == top) && DESCRIBES.contains(t.relation());
        occupation |= describesHim && t.pos().startsWith("NN") && OCCUPATIONS.contains(t.lemma());
      }
    }
    return Optional.of(new Phrase(out, occupation));
  }

  /**
   * The words of a person's phrase, and whether it calls him by a private occupation ("a security
   * analyst", "the striker"), which no state's servant is by it.
   */
  record Phrase(List<Token> tokens, boolean privateOccupation) {}

  /** The name's token that hangs from a word outside the name, or -1. */
  private static int nameHead(List<Token> tokens, Span name) {
    for (int i = 0; i < tokens.size(); i++) {
      Token t = tokens.get(i);
      if (inside(t, name)) {
        int h = t.head();
        if (h < 0 || !inside(tokens.get(h), name)) {
          return i;
        }
      }
    }
    return -1;
  }

  /**
   * True when the phrase goes on up from {@code i} to an office the name stands for: in apposition
   * or as a compound ("the Chief of Staff, General X"); joined by a comma alone, which the parser
   * often takes for a conjunct ("the Commander of the Army, General X"); or right after it, which
   * it may leave loose ("his Russian counterpart Pavel Orlov"). Never up to a state or a place: in
   * "his visit to Vientiane, Lao PDR, Defence Minister X" the parser may hang X from the state.
   */
  private static boolean climbs(List<Token> tokens, int i, Span name, List<Span> offices) {
    Token t = tokens.get(i);
    if (t.head() < 0) {
      return false;
    }
    Token up = tokens.get(t.head());
    boolean office = inAny(up, offices);
    if (!office && !isCommonNoun(up)) {
      return false;
    }
    return switch (t.relation()) {
      case "compound", "flat", "flat:name", "appos" -> true;
      case "conj" -> office && !hasChild(tokens, i, "cc");
      case "dep" -> onlyOfficesBetween(tokens, t.head(), firstOf(tokens, name), offices);
      default -> false;
    };
  }

  /** "counterpart", "minister": a noun that may stand for an office, not a name or a place. */
  private static boolean isCommonNoun(Token t) {
    return (t.pos().equals("NN") || t.pos().equals("NNS"))
        && t.ner().equals("O")
        && Character.isLowerCase(t.word().charAt(0));
  }

  /** True when every token between {@code from} and {@code to} is part of an office or rank. */
  private static boolean onlyOfficesBetween(
      List<Token> tokens, int from, int to, List<Span> offices) {
    if (from >= to) {
      return false;
    }
    for (int k = from + 1; k < to; k++) {
      if (!inAny(tokens.get(k), offices)) {
        return false;
      }
    }
    return true;
  }

  private static int firstOf(List<Token> tokens, Span name) {
    for (int i = 0; i < tokens.size(); i++) {
      if (inside(tokens.get(i), name)) {
        return i;
      }
    }
    return -1;
  }

  private static boolean inAny(Token t, List<Span> spans) {
    return spans.stream().anyMatch(s -> s.contains(t.span().start()));
  }

  private static void collect(
      List<Token> tokens, int i, Span name, boolean[] in, boolean inOfficeClause) {
    in[i] = true;
    for (int c = 0; c < tokens.size(); c++) {
      Token child = tokens.get(c);
      if (child.head() != i || in[c]) {
        continue;
      }
      String rel = child.relation();
      boolean officeClause = rel.startsWith("acl") && OFFICE_VERBS.contains(child.lemma());
      boolean keep =
          inside(child, name)
              || officeClause
              || !OUTSIDE.contains(rel)
                  && (inOfficeClause || !CLAUSAL.contains(rel))
                  && !(rel.equals("appos") && isOtherName(child, name));
      if (keep) {
        collect(tokens, c, name, in, officeClause || inOfficeClause);
      }
    }
  }

  /** A token of another person's name: his apposition is his own phrase. */
  private static boolean isOtherName(Token t, Span name) {
    return t.ner().equals("PERSON") && !inside(t, name);
  }

  private static boolean hasChild(List<Token> tokens, int i, String relation) {
    return tokens.stream().anyMatch(t -> t.head() == i && t.relation().equals(relation));
  }

  private static boolean inside(Token t, Span name) {
    return t.span().start() >= name.start() && t.span().end() <= name.end();
  }
}
