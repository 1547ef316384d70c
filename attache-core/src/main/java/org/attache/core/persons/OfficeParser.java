package org.attache.core.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.core.lexicon.PhraseMatch;
import org.attache.core.lexicon.WordToken;
import org.attache.core.persons.TitleVocabulary.Head;

/**
 * Reads one office phrase at a token: [state qualifier] [modifiers] core [complements], where the
 * core is "PORTFOLIO... HEAD" or "HEAD", and complements are "of/for PORTFOLIO", "of the ORG", "of
 * STATE", an acronym in brackets, "-elect", or for envoys "to STATE" and ", ... Embassy". One
 * parser per token list; not thread-safe, cheap to make.
 */
final class OfficeParser {
  /** A parsed office: tokens [from, to) of the phrase, [titleFrom, titleTo) of its title. */
  record Office(int from, int titleFrom, int titleTo, int to, String country, List<Office> inner) {}

  /**
   * A state or place named from a token up to token {@code to}; {@code place} marks a city
   * (capitals included) rather than a state.
   */
  record StateAt(int to, String code, boolean place) {}

  private static final Set<String> MISSIONS =
      Set.of("embassy", "high commission", "consulate", "mission", "consulate general");

  private final TitleVocabulary vocab;
  private final List<WordToken> tokens;
  private final Map<Integer, StateAt> states;
  private final OrgNameReader org;

  OfficeParser(TitleVocabulary vocab, List<WordToken> tokens, Map<Integer, StateAt> states) {
    this.vocab = vocab;
    this.tokens = tokens;
    this.states = states;
    this.org = new OrgNameReader(vocab, tokens, states);
  }

  /** The longest office phrase starting at token {@code i}. */
  Optional<Office> parseAt(int i) {
    StateAt qualifier = states.get(i);
    if (qualifier != null) {
      int j = possessiveEnd(qualifier.to());
      // A capital qualifies a title only as "Ankara's envoy" or "Kremlin spokesman", never as
      // the end of "in Baku" before "Defence Minister ...".
      boolean fits =
          !qualifier.place() || j > qualifier.to() || !vocab.heads.matchesAt(tokens, j).isEmpty();
      return fits ? coreAt(i, j, qualifier.code()) : coreAt(i, i, null);
    }
    return coreAt(i, i, null);
  }

  private Optional<Office> coreAt(int from, int titleFrom, String country) {
    Office best = null;
    for (int k : modifierEnds(titleFrom)) {
      for (Draft d : heads(k)) {
        Office o = complete(from, titleFrom, d, country);
        if (o != null && (best == null || o.to() > best.to())) {
          best = o;
        }
      }
    }
    return Optional.ofNullable(best);
  }

  /** A core read so far: the head, where the phrase ends, whether it has a portfolio. */
  private static final class Draft {
    final Head head;
    int end;
    int spanEnd;
    boolean complemented;
    String country;
    final List<Office> inner = new ArrayList<>();

    Draft(Head head, int end, boolean complemented) {
      this.head = head;
      this.end = end;
      this.spanEnd = end;
      this.complemented = complemented;
    }
  }

  private List<Integer> modifierEnds(int k) {
    List<Integer> ends = new ArrayList<>(List.of(k));
    int at = k;
    Optional<PhraseMatch<String>> m;
    while ((m = vocab.modifiers.longestAt(tokens, at)).isPresent()) {
      at = m.get().to();
      if (isWord(at, "-")) {
        at++; // "Vice-Minister"
      }
      ends.add(0, at);
    }
    return ends;
  }

  // Heads directly at k, or after a run of portfolios ("Defence Production Minister").
  private List<Draft> heads(int k) {
    List<Draft> out = new ArrayList<>();
    for (PhraseMatch<Head> h : vocab.heads.matchesAt(tokens, k)) {
      out.add(new Draft(h.value(), h.to(), false));
    }
    for (int p : prefixRunEnds(k)) {
      for (PhraseMatch<Head> h : vocab.heads.matchesAt(tokens, p)) {
        out.add(new Draft(h.value(), h.to(), true));
      }
    }
    return out;
  }

  // Ends of "Defence", "Press and Public Relations Affairs", "Foreign Ministry" before a head,
  // longest first.
  private List<Integer> prefixRunEnds(int k) {
    List<Integer> ends = new ArrayList<>();
    int at = k;
    while (true) {
      int e = portfolioOrOrgEnd(at);
      if (e < 0) {
        return ends;
      }
      if (isWord(e, "affairs")) {
        e++;
      }
      ends.add(0, e);
      if ((isWord(e, "and") || isWord(e, "&")) && portfolioOrOrgEnd(e + 1) > 0) {
        at = e + 1;
      } else if (portfolioOrOrgEnd(e) > 0) {
        at = e;
      } else {
        return ends;
      }
    }
  }

  private int portfolioOrOrgEnd(int at) {
    return Math.max(
        end(vocab.portfolios.longestAt(tokens, at)), end(vocab.orgNouns.longestAt(tokens, at)));
  }

  private Office complete(int from, int titleFrom, Draft d, String country) {
    d.country = country;
    boolean direct = d.head.has("direct") && !d.complemented;
    if (direct) {
      // "Commander Pakistan Navy", "Flag Officer Commanding the Eastern Fleet"
      int k = skipThe(d.end);
      int p = Math.max(org.portfolioEnd(k), org.orgEnd(k, true));
      if (p > k) {
        String only = org.onlyStateIn(k, p);
        if (only != null) {
          setCountry(d, only); // "Commander Pakistan Navy"
        }
        d.end = p;
        d.spanEnd = p;
        d.complemented = true;
      }
    }
    boolean open = true;
    while (open) {
      open = complement(d);
    }
    // "the Pentagon chief", "the Kremlin chief": a state's or its seat's head by the qualifier
    // alone
    boolean qualified = from < titleFrom && d.head.has("qualified");
    if (!d.complemented && !d.head.has("alone") && !qualified) {
      return null;
    }
    boolean bare = d.end == titleFrom + 1 && from == titleFrom;
    if (bare && isAbbreviation(d.head) && !beforeName(d.end)) {
      return null;
    }
    if (bare && !tokens.get(titleFrom).isCapitalised()) {
      return null; // "the minister said": a reference to a holder, not a title
    }
    d.inner.replaceAll(o -> o.country() == null ? withCountry(o, d.country) : o);
    return new Office(from, titleFrom, d.end, Math.max(d.end, d.spanEnd), d.country, d.inner);
  }

  // Reads one complement after the phrase so far; false when none follows.
  private boolean complement(Draft d) {
    int at = d.end;
    if (d.spanEnd > d.end) {
      return false; // a state qualifier outside the title closes the phrase
    }
    if (isWord(at, "(")) {
      return bracket(d, at);
    }
    if (isWord(at, "-") && (isWord(at + 1, "elect") || isWord(at + 1, "designate"))) {
      d.end = d.spanEnd = at + 2;
      return true;
    }
    if (isWord(at, "of") || isWord(at, "for")) {
      return ofComplement(d, at + 1);
    }
    boolean envoy = d.head.has("envoy");
    if (envoy && (isWord(at, "to") || isWord(at, "in"))) {
      StateAt host = stateAfter(at + 1);
      if (host != null) {
        d.end = d.spanEnd = host.to();
        return true;
      }
    }
    if (envoy && isWord(at, "at")) {
      return orgComplement(d, skipThe(at + 1));
    }
    if (isWord(at, ",")) {
      return missionAfterComma(d, at + 1);
    }
    return false;
  }

  private boolean ofComplement(Draft d, int at) {
    StateAt s = stateAfter(at);
    int k = skipThe(at);
    if (s != null) {
      int orgTo = org.orgEnd(s.to(), false);
      if (orgTo > s.to()) {
        String only = org.onlyStateIn(k, orgTo);
        if (only != null) {
          setCountry(d, only);
        }
        d.end = d.spanEnd = orgTo;
        d.complemented = true;
        return true;
      }
      setCountry(d, s.code());
      boolean keeps = d.head.has("envoy") || d.head.has("state") && !d.complemented;
      d.spanEnd = s.to();
      if (keeps) {
        d.end = s.to();
        d.complemented = true;
      }
      return keeps;
    }
    StateAt city = states.get(k);
    if (city != null && d.head.has("state") && !d.complemented && org.orgEnd(k, false) < 0) {
      setCountry(d, city.code()); // "Governor of Punjab", "Mayor of Baku"
      d.end = d.spanEnd = city.to();
      d.complemented = true;
      return true;
    }
    return orgComplement(d, k);
  }

  private boolean orgComplement(Draft d, int k) {
    int end = Math.max(org.portfolioEnd(k), org.orgEnd(k, false));
    if (end <= k) {
      return false;
    }
    String only = org.onlyStateIn(k, end);
    if (only != null) {
      setCountry(d, only);
    }
    d.end = d.spanEnd = end;
    d.complemented = true;
    return true;
  }

  // "(CDS)" belongs to the title; "(Defence Minister)" is a second title of the same holder, and
  // a state named right after the bracket is the state of both.
  private boolean bracket(Draft d, int at) {
    for (int close = at + 2; close <= at + 4; close++) {
      if (isWord(close, ")") && allAcronyms(at + 1, close)) {
        d.end = d.spanEnd = close + 1;
        return true;
      }
    }
    Optional<Office> inner = parseAt(at + 1);
    if (inner.isPresent() && isWord(inner.get().to(), ")")) {
      d.inner.add(inner.get());
      d.spanEnd = inner.get().to() + 1;
      StateAt s = isWord(d.spanEnd, "of") ? stateAfter(d.spanEnd + 1) : null;
      if (s != null) {
        setCountry(d, s.code());
        d.spanEnd = s.to();
      }
    }
    return false;
  }

  private boolean missionAfterComma(Draft d, int at) {
    StateAt s = states.get(at);
    int k = s != null ? s.to() : at;
    int end = org.orgEnd(k, true);
    if (end <= k || !MISSIONS.contains(org.lastOrgNoun(k, end))) {
      return false;
    }
    if (s != null) {
      setCountry(d, s.code());
    }
    d.end = d.spanEnd = end;
    return false;
  }

  private void setCountry(Draft d, String code) {
    if (d.country == null) {
      d.country = code;
    }
  }

  // A state at k, or after a "the" at k; cities are not read as qualifiers of titles.
  private StateAt stateAfter(int k) {
    StateAt s = states.get(k);
    if (s == null) {
      s = states.get(skipThe(k));
    }
    return s == null || s.place() ? null : s;
  }

  private int skipThe(int k) {
    return isWord(k, "the") ? k + 1 : k;
  }

  private int possessiveEnd(int k) {
    return isWord(k, "'") && isWord(k + 1, "s") ? k + 2 : k;
  }

  private boolean beforeName(int k) {
    return k < tokens.size()
        && tokens.get(k).isWord()
        && tokens.get(k).isCapitalised()
        && !vocab.isOfficeWord(tokens.get(k));
  }

  private boolean isWord(int k, String word) {
    return k >= 0 && k < tokens.size() && tokens.get(k).key().equals(word);
  }

  private static boolean isAbbreviation(Head head) {
    return head.text().length() <= 6 && head.text().equals(head.text().toUpperCase());
  }

  private boolean allAcronyms(int from, int to) {
    for (int k = from; k < to; k++) {
      if (!isAcronym(tokens.get(k))) {
        return false;
      }
    }
    return true;
  }

  private static boolean isAcronym(WordToken t) {
    return t.isWord() && t.text().chars().filter(Character::isUpperCase).count() >= 2;
  }

  private static Office withCountry(Office o, String country) {
    return new Office(o.from(), o.titleFrom(), o.titleTo(), o.to(), country, o.inner());
  }

  private static int end(Optional<? extends PhraseMatch<?>> m) {
    return m.map(PhraseMatch::to).orElse(-1);
  }
}
