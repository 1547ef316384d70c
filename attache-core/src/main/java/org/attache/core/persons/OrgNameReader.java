package org.attache.core.persons;

import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.core.lexicon.PhraseMatch;
import org.attache.core.lexicon.WordToken;
import org.attache.core.persons.OfficeParser.StateAt;

/**
 * Reads the name of an organisation or portfolio an office belongs to, over the tokens of one
 * region: "the Azerbaijan Army", "the Belarusian defense ministry's international military
 * cooperation department", "Defence and Security".
 */
final class OrgNameReader {
  private static final int MAX_ORG_TOKENS = 12;

  private final TitleVocabulary vocab;
  private final List<WordToken> tokens;
  private final Map<Integer, StateAt> states;

  OrgNameReader(TitleVocabulary vocab, List<WordToken> tokens, Map<Integer, StateAt> states) {
    this.vocab = vocab;
    this.tokens = tokens;
    this.states = states;
  }

  /** The end of a portfolio, or of portfolios joined by "and" ("Defence and Security"). */
  int portfolioEnd(int k) {
    int best = -1;
    int at = k;
    while (true) {
      int e = end(vocab.portfolios.longestAt(tokens, at));
      if (e < 0) {
        return best;
      }
      best = e;
      if (!(isWord(e, "and") || isWord(e, "&"))) {
        // "Defence and Army Reconstruction": a listed word opening an unlisted portfolio
        return at > k ? Math.max(best, namedPortfolioEnd(at)) : best;
      }
      if (end(vocab.portfolios.longestAt(tokens, e + 1)) < 0) {
        return Math.max(best, namedPortfolioEnd(e + 1));
      }
      at = e + 1;
    }
  }

  /**
   * A portfolio no list knows, after "and" ("Minister of National Defence and Army Reconstruction,
   * X"): up to four capitalised words that close the title at a comma or a bracket, none of them an
   * office or a rank ("Minister of Defence and Chief of Staff" is two titles). -1 when there is
   * none.
   */
  private int namedPortfolioEnd(int k) {
    int at = k;
    while (at < tokens.size()
        && at - k < 4
        && tokens.get(at).isCapitalised()
        && end(vocab.heads.longestAt(tokens, at)) < 0
        && end(vocab.ranks.longestAt(tokens, at)) < 0) {
      at++;
    }
    boolean closed = at == tokens.size() || isWord(at, ",") || isWord(at, "(");
    return at > k && closed ? at : -1;
  }

  /**
   * The end of an organisation's name starting at k ("the Azerbaijan Army", "Belarusian defense
   * ministry's international military cooperation department"): it must end in an org noun.
   */
  int orgEnd(int k, boolean capitalisedStart) {
    // a capital or a unit's number opens the name: "Eastern Fleet", "3rd Division"
    if (capitalisedStart
        && (k >= tokens.size()
            || !(tokens.get(k).isCapitalised()
                || Character.isDigit(tokens.get(k).text().charAt(0))))) {
      return -1;
    }
    int best = -1;
    int at = k;
    while (at < tokens.size() && at - k < MAX_ORG_TOKENS) {
      int noun = end(vocab.orgNouns.longestAt(tokens, at));
      if (noun > 0) {
        best = noun;
        at = noun;
        continue;
      }
      StateAt s = states.get(at);
      if (s != null) {
        at = s.to();
        continue;
      }
      int port = end(vocab.portfolios.longestAt(tokens, at));
      if (port > 0) {
        best = port; // "the Azerbaijani Naval Forces", "the Russian General Staff"
        at = port;
        continue;
      }
      if (!orgWordAt(at)) {
        break;
      }
      at++;
    }
    return best;
  }

  private boolean orgWordAt(int at) {
    WordToken t = tokens.get(at);
    if (isWord(at, "-") || isWord(at, "'") && isWord(at + 1, "s")) {
      return true;
    }
    if (isWord(at, "s") && isWord(at - 1, "'")) {
      return true;
    }
    if (Character.isDigit(t.text().charAt(0))) {
      return true; // a unit's number: "the 3rd Division", "101st Airborne"
    }
    if (at > 0 && isWord(at - 1, "-") && t.isWord()) {
      return true; // the second half of a compound: "the UK-led battlegroup"
    }
    if (t.isCapitalised() && isWord(at + 1, "'") && isWord(at + 2, "s")) {
      return true; // a possessive inside the name: "the Sultan's Armed Forces"
    }
    // A rank or an office head starts the next title ("... of Defense and Chief of ..."), never
    // a word of an organisation's name.
    if (vocab.ranks.longestAt(tokens, at).isPresent()
        || vocab.heads.longestAt(tokens, at).isPresent()) {
      return false;
    }
    if (t.isWord() && t.isCapitalised()) {
      return !isWord(at, "the") && !isWord(at, "and");
    }
    return vocab.orgWords.contains(t.key()) && !isWord(at, ",");
  }

  String lastOrgNoun(int k, int end) {
    for (int at = k; at < end; at++) {
      Optional<PhraseMatch<String>> m = vocab.orgNouns.longestAt(tokens, at);
      if (m.isPresent() && m.get().to() == end) {
        return TitleVocabulary.key(m.get().value());
      }
    }
    return "";
  }

  /**
   * The one state named (directly or by a city) in tokens [k, end), or null for none or several.
   */
  String onlyStateIn(int k, int end) {
    String only = null;
    for (int at = k; at < end; at++) {
      StateAt s = states.get(at);
      if (s != null) {
        if (only != null && !only.equals(s.code())) {
          return null;
        }
        only = s.code();
      }
    }
    return only;
  }

  private boolean isWord(int k, String word) {
    return k >= 0 && k < tokens.size() && tokens.get(k).key().equals(word);
  }

  private static int end(Optional<? extends PhraseMatch<?>> m) {
    return m.map(PhraseMatch::to).orElse(-1);
  }
}
