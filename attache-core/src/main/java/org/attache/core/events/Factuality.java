package org.attache.core.events;

import java.util.ArrayList;
import java.util.EnumMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.core.Span;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.nlp.Token;

/**
 * The factuality of an event trigger, read from its clause in the dependency parse: polarity
 * (negated, denied), modality (planned, only possible, wished), conditions and habits, after
 * FactBank's notions and TimeML's tense. One stage for all the cues that say an occurrence did not
 * happen or has not yet; the cue words are {@code factuality.txt} beside this class. Immutable and
 * thread-safe.
 *
 * <p>Example: in "Officials denied that the ministers met in March", the trigger "met" is the
 * complement of "denied": {@link Status#DENIED}. In "The visit, which had been postponed in March,
 * took place on Monday", "postponed" sits in a relative clause below the trigger "visit", whose
 * clause is "took place": {@link Status#HAPPENED}.
 */
final class Factuality {
  /** What the clause says of the occurrence. */
  enum Status {
    HAPPENED,
    PLANNED,
    NEGATED,
    DENIED,
    CANCELLED,
    POSTPONED,
    HYPOTHETICAL,
    GENERIC;

    /** Whether the occurrence is recorded: it happened, goes on or lies ahead. */
    boolean isEvent() {
      return this == HAPPENED || this == PLANNED;
    }
  }

  /** A status with the word that gave it (for explanations and tests). */
  record Reading(Status status, String cue) {}

  private static final Factuality STANDARD = new Factuality();

  /** How many words up the parse the walk from a trigger goes at most. */
  private static final int MAX_STEPS = 12;

  private final Map<Kind, Set<String>> cues = new EnumMap<>(Kind.class);

  /** Every cue lemma of every kind, and the verb of each phrasal cue ("call" of "call-off"). */
  private final Set<String> anyCue = new HashSet<>();

  private enum Kind {
    NEGATION,
    FUTURE,
    MODAL,
    CONDITION,
    HABIT,
    PROSPECT,
    POSSIBLE,
    DENY,
    CANCEL,
    POSTPONE,
    PLAN,
    WISH,
    REFUSE,
    UNREALISED
  }

  private static final Map<Kind, Status> GOVERNING =
      Map.of(
          Kind.DENY, Status.DENIED,
          Kind.CANCEL, Status.CANCELLED,
          Kind.POSTPONE, Status.POSTPONED,
          Kind.PLAN, Status.PLANNED,
          Kind.WISH, Status.HYPOTHETICAL,
          Kind.REFUSE, Status.NEGATED);

  private Factuality() {
    for (Kind k : Kind.values()) {
      cues.put(k, new HashSet<>());
    }
    for (List<String> row : LexiconFile.rows(Factuality.class, "factuality.txt")) {
      Kind kind;
      try {
        kind = Kind.valueOf(row.get(0));
      } catch (IllegalArgumentException e) {
        throw new IllegalStateException(
            "factuality.txt: unknown kind '"
                + row.get(0)
                + "'; kinds are "
                + List.of(Kind.values()),
            e);
      }
      row.subList(1, row.size()).forEach(w -> cues.get(kind).add(w.toLowerCase(Locale.ROOT)));
    }
    cues.values().forEach(anyCue::addAll);
    cues.values().forEach(ws -> ws.forEach(w -> anyCue.add(w.split("-")[0])));
  }

  /**
   * Whether any word of the sentence could change a trigger's factuality: a cue lemma of any kind
   * (a phrasal verb's verb counts), or "be" right before "to". A sentence without one is read as
   * what happened without being parsed.
   */
  boolean cued(List<Token> tokens) {
    for (int i = 0; i < tokens.size(); i++) {
      String lemma = tokens.get(i).lemma();
      if (anyCue.contains(lemma)) {
        return true;
      }
      if (lemma.equals("be") && i + 1 < tokens.size() && tokens.get(i + 1).lemma().equals("to")) {
        return true; // "is to visit"
      }
    }
    return false;
  }

  static Factuality standard() {
    return STANDARD;
  }

  /**
   * The reading of the trigger at {@code trigger} among a sentence's {@code tokens}, or null when
   * the sentence has no parse or no token under the trigger (the caller falls back on its cues).
   */
  Reading of(List<Token> tokens, Span trigger) {
    if (tokens.stream().allMatch(t -> t.relation().isEmpty())) {
      return null;
    }
    int top = top(tokens, trigger);
    if (top < 0) {
      return null;
    }
    List<List<Integer>> children = children(tokens);
    int child = -1;
    int cur = top;
    for (int step = 0; step < MAX_STEPS && cur >= 0; step++) {
      Token t = tokens.get(cur);
      if (child >= 0) {
        Reading governed = governing(tokens, children, cur, child);
        if (governed != null) {
          return governed;
        }
      }
      if (clausal(t) || child < 0) {
        Reading clause = clause(tokens, children, cur);
        if (clause != null) {
          return clause;
        }
      }
      String rel = t.relation();
      if (!climbs(rel)
          && !(rel.equals("acl") && content(tokens, children, cur))
          && !purpose(tokens, children, cur)) {
        // a noun's own clause ("plans to hold drills"): only the noun's cue counts, then the walk
        // ends (a noun's "of" phrase climbs: "the cancellation of the visit")
        if (rel.equals("acl") && t.head() >= 0) {
          Reading governed = governing(tokens, children, t.head(), cur);
          if (governed != null) {
            return governed;
          }
        }
        break;
      }
      child = cur;
      cur = t.head();
    }
    // The trigger noun's own modifiers, when its clause says nothing: "the planned visit", "a
    // possible deal", "no talks" (a clause's word outranks them: "the planned visit was called
    // off").
    Reading own = modifiers(tokens, children, top);
    return own != null ? own : new Reading(Status.HAPPENED, "");
  }

  /** The token under the trigger that governs the others there. */
  private static int top(List<Token> tokens, Span trigger) {
    List<Integer> inside = new ArrayList<>();
    for (int i = 0; i < tokens.size(); i++) {
      if (tokens.get(i).span().overlaps(trigger)) {
        inside.add(i);
      }
    }
    for (int i : inside) {
      if (!inside.contains(tokens.get(i).head())) {
        return i;
      }
    }
    return inside.isEmpty() ? -1 : inside.get(0);
  }

  private static List<List<Integer>> children(List<Token> tokens) {
    List<List<Integer>> out = new ArrayList<>();
    tokens.forEach(t -> out.add(new ArrayList<>()));
    for (int i = 0; i < tokens.size(); i++) {
      int h = tokens.get(i).head();
      if (h >= 0 && h < tokens.size()) {
        out.get(h).add(i);
      }
    }
    return out;
  }

  /**
   * Relations along which the trigger's clause reaches its governor: arguments of a verb, clausal
   * complements and conjuncts (which share the first conjunct's auxiliaries). Adverbial and
   * relative clauses, prepositional phrases and loose attachments end the walk.
   */
  private static boolean climbs(String rel) {
    String base = rel.contains(":") ? rel.substring(0, rel.indexOf(':')) : rel;
    if (rel.equals("acl:relcl")) {
      return false;
    }
    return switch (base) {
      case "nsubj", "obj", "iobj", "csubj", "ccomp", "xcomp", "conj", "compound", "flat" -> true;
        // inside a noun phrase: "could sign a contract for a third batch" (not "nmod:poss")
      case "nmod" -> !rel.equals("nmod:poss");
      default -> false;
    };
  }

  /**
   * "due to fly to Oslo for talks": a purpose told by "for" shares its clause's factuality ("after
   * talks" and "during talks" do not: they are a time of their own).
   */
  private static boolean purpose(List<Token> tokens, List<List<Integer>> children, int noun) {
    return tokens.get(noun).relation().equals("obl")
        && children.get(noun).stream()
            .map(tokens::get)
            .anyMatch(t -> t.relation().equals("case") && t.lemma().equals("for"));
  }

  /** "reports that the ministers met": a noun's content clause, opened by "that" or "whether". */
  private static boolean content(List<Token> tokens, List<List<Integer>> children, int clause) {
    return children.get(clause).stream()
        .map(tokens::get)
        .anyMatch(
            t -> t.relation().equals("mark") && Set.of("that", "whether").contains(t.lemma()));
  }

  private static boolean clausal(Token t) {
    return t.pos().startsWith("VB") || t.pos().startsWith("JJ") || t.pos().startsWith("NN");
  }

  /**
   * Cues on the clause headed by {@code head}: negation, then a condition, then auxiliaries of
   * possibility and of the future, then habits ("would meet if the ceasefire held" is a hypothesis,
   * not a plan).
   */
  private Reading clause(List<Token> tokens, List<List<Integer>> children, int head) {
    Reading negation = null;
    Reading condition = null;
    Reading modal = null;
    Reading future = null;
    Reading habit = null;
    boolean beTo = false;
    boolean markTo = false;
    for (int c : children.get(head)) {
      Token t = tokens.get(c);
      String rel = t.relation();
      String lemma = t.lemma();
      if ((rel.equals("advmod") || rel.equals("neg") || rel.equals("mark"))
          && has(Kind.NEGATION, lemma)) {
        negation = new Reading(Status.NEGATED, t.word()); // "did not meet", "without meeting"
      } else if ((rel.equals("mark") || dueTo(tokens, children, c)) && has(Kind.PLAN, lemma)) {
        // "had been due to fly", parsed with "due to" as a subordinator of "fly" (or as a
        // preposition before "travel" read as a noun)
        boolean past = has(Kind.UNREALISED, lemma) && pastPerfectOrPast(tokens, children, head);
        future = new Reading(past ? Status.NEGATED : Status.PLANNED, t.word());
      } else if (rel.equals("mark") && has(Kind.CONDITION, lemma)) {
        condition = new Reading(Status.HYPOTHETICAL, t.word());
      } else if (rel.startsWith("advcl") && conditional(tokens, children, c)) {
        condition = new Reading(Status.HYPOTHETICAL, "if"); // "If approved, the sale would ..."
      } else if (rel.startsWith("aux") && has(Kind.MODAL, lemma)) {
        modal = new Reading(Status.HYPOTHETICAL, t.word());
      } else if (rel.startsWith("aux") && has(Kind.FUTURE, lemma)) {
        future = new Reading(Status.PLANNED, t.word());
      } else if (rel.equals("advmod") && has(Kind.HABIT, lemma)) {
        habit = new Reading(Status.GENERIC, t.word());
      } else if (rel.equals("aux") && lemma.equals("be")) {
        beTo = true;
      } else if (rel.equals("mark") && lemma.equals("to")) {
        markTo = true;
      } else if (rel.equals("xcomp")
          && tokens.get(head).lemma().equals("be")
          && hasTo(tokens, children, c)) {
        beTo = markTo = true;
      }
    }
    // "The minister is to visit Ankara": be with an infinitive
    Reading isTo = beTo && markTo ? new Reading(Status.PLANNED, "is to") : null;
    for (Reading r : java.util.Arrays.asList(negation, condition, modal, future, isTo, habit)) {
      if (r != null) {
        return r;
      }
    }
    return null;
  }

  /** "due to" parsed as a two-word preposition of the verb it governs. */
  private static boolean dueTo(List<Token> tokens, List<List<Integer>> children, int word) {
    return tokens.get(word).relation().equals("case")
        && children.get(word).stream()
            .map(tokens::get)
            .anyMatch(t -> t.relation().equals("fixed") && t.lemma().equals("to"));
  }

  private boolean conditional(List<Token> tokens, List<List<Integer>> children, int clause) {
    return children.get(clause).stream()
        .anyMatch(
            c ->
                tokens.get(c).relation().equals("mark")
                    && has(Kind.CONDITION, tokens.get(c).lemma()));
  }

  private static boolean hasTo(List<Token> tokens, List<List<Integer>> children, int clause) {
    return children.get(clause).stream()
        .anyMatch(
            c -> tokens.get(c).relation().equals("mark") && tokens.get(c).lemma().equals("to"));
  }

  /** "the planned visit", "upcoming drills", "a possible deal", "no talks". */
  private Reading modifiers(List<Token> tokens, List<List<Integer>> children, int noun) {
    if (!tokens.get(noun).pos().startsWith("NN")) {
      return null;
    }
    for (int c : children.get(noun)) {
      Token t = tokens.get(c);
      if ((t.relation().equals("amod") || t.relation().startsWith("compound"))
          && has(Kind.PROSPECT, t.lemma())) {
        return new Reading(Status.PLANNED, t.word());
      }
      if (t.relation().equals("amod") && has(Kind.POSSIBLE, t.lemma())) {
        return new Reading(Status.HYPOTHETICAL, t.word());
      }
      if (t.relation().equals("det") && has(Kind.NEGATION, t.lemma())) {
        return new Reading(Status.NEGATED, t.word());
      }
    }
    return null;
  }

  /**
   * The governor's own word, when the trigger's clause is its complement or subject: "denied that
   * they met", "the visit was postponed", "plans to hold drills", "the talks collapsed".
   */
  private Reading governing(List<Token> tokens, List<List<Integer>> children, int gov, int child) {
    Token g = tokens.get(gov);
    String rel = tokens.get(child).relation();
    String lemma = phrasal(tokens, children, gov);
    if (has(Kind.UNREALISED, lemma)
        && reaches(Kind.PLAN, rel, g)
        && !rel.equals("nsubj:pass")
        && pastPerfectOrPast(tokens, children, gov)) {
      return new Reading(Status.NEGATED, g.word()); // "was scheduled to visit": it did not
    }
    for (Map.Entry<Kind, Status> e : GOVERNING.entrySet()) {
      Kind kind = e.getKey();
      if (!has(kind, lemma) || !reaches(kind, rel, g)) {
        continue;
      }
      if (kind == Kind.PLAN
          && rel.equals("nsubj:pass")
          && !raisesOccurrence(tokens, children, gov)) {
        continue; // "the agreement is expected to boost trade": expected of the agreement, not it
      }
      return new Reading(e.getValue(), g.word());
    }
    return null;
  }

  /**
   * Whether {@code rel}, the relation of the trigger's clause to the governor, lets its cue count.
   */
  private static boolean reaches(Kind kind, String rel, Token governor) {
    boolean complement =
        rel.equals("ccomp") || rel.equals("xcomp") || rel.startsWith("csubj") || rel.equals("obj");
    boolean passive = rel.equals("nsubj:pass");
    boolean subject = rel.equals("nsubj");
    boolean nominal = rel.startsWith("nmod") || rel.equals("acl");
    return switch (kind) {
      case CANCEL, POSTPONE, REFUSE -> complement || passive || subject || nominal;
      case DENY -> complement || passive || nominal;
      case WISH -> complement || passive || nominal || rel.equals("obl");
        // "agreed a deal" is the agreement itself; "agreed to hold drills" puts them ahead
      default ->
          (complement && !rel.equals("obj"))
              || passive
              || nominal
              || (subject && governor.pos().startsWith("JJ"));
    };
  }

  /** "was due", "were scheduled", "had planned", "had been due": a past auxiliary or copula. */
  private static boolean pastPerfectOrPast(
      List<Token> tokens, List<List<Integer>> children, int gov) {
    return children.get(gov).stream()
        .map(tokens::get)
        .anyMatch(
            t ->
                (t.relation().startsWith("aux") || t.relation().equals("cop"))
                    && t.pos().equals("VBD")
                    && (t.lemma().equals("be") || t.lemma().equals("have")));
  }

  /** What a passive of planning raises: an occurrence ("is expected to take place") or nothing. */
  private static boolean raisesOccurrence(
      List<Token> tokens, List<List<Integer>> children, int gov) {
    for (int c : children.get(gov)) {
      if (tokens.get(c).relation().equals("xcomp")) {
        return OCCUR.contains(tokens.get(c).lemma());
      }
    }
    return true;
  }

  private static final Set<String> OCCUR =
      Set.of(
          "take",
          "happen",
          "occur",
          "begin",
          "start",
          "open",
          "hold",
          "go",
          "proceed",
          "resume",
          "commence",
          "be",
          "run",
          "last",
          "continue",
          "conclude",
          "end",
          "close",
          "visit",
          "arrive",
          "meet",
          "sign");

  /** A verb with its particle: "called off" is call-off. */
  private static String phrasal(List<Token> tokens, List<List<Integer>> children, int verb) {
    for (int c : children.get(verb)) {
      if (tokens.get(c).relation().equals("compound:prt")) {
        return tokens.get(verb).lemma() + "-" + tokens.get(c).lemma();
      }
    }
    return tokens.get(verb).lemma();
  }

  private boolean has(Kind kind, String lemma) {
    return cues.get(kind).contains(lemma.toLowerCase(Locale.ROOT));
  }
}
