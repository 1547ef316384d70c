package org.attache.core.persons;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.core.Span;
import org.attache.core.lexicon.PhraseMatch;
import org.attache.core.lexicon.WordToken;
import org.attache.core.lexicon.WordTokens;
import org.attache.core.persons.OfficeParser.Office;
import org.attache.core.persons.OfficeParser.StateAt;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.PlaceMention;
import org.attache.core.states.StateForm;
import org.attache.core.states.StateLexicon;
import org.attache.core.states.StateMention;

/**
 * Offices, military ranks and honorifics of defence ministries, armed forces, governments and
 * diplomacy as English-language news writes them. Data files beside this class: office heads,
 * portfolios, organisation nouns, modifiers, ranks with their abbreviations, honorifics. Immutable
 * and thread-safe.
 *
 * <p>Example: in "Minister of Defense of the Republic of Azerbaijan Colonel General Zakir Hasanov"
 * {@code find} gives the OFFICE "Minister of Defense" (AZ, its span running to "Azerbaijan") and
 * the RANK "Colonel General".
 */
public final class TitleLexicon {
  private static final TitleLexicon STANDARD =
      new TitleLexicon(StateLexicon.standard(), PlaceGazetteer.standard());

  private static final Set<String> RETIRED = Set.of("retd", "r", "ret", "retired", "rtd");

  private final TitleVocabulary vocab = TitleVocabulary.load();
  private final StateLexicon states;
  private final PlaceGazetteer places;

  private TitleLexicon(StateLexicon states, PlaceGazetteer places) {
    this.states = states;
    this.places = places;
  }

  public static TitleLexicon standard() {
    return STANDARD;
  }

  /** Every title in {@code region} of {@code text}, in text order, without overlaps. */
  public List<TitleMatch> find(String text, Span region) {
    List<WordToken> tokens = WordTokens.of(text, region);
    OfficeParser parser = new OfficeParser(vocab, tokens, statesByToken(text, region, tokens));
    List<TitleMatch> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<Office> office = parser.parseAt(i);
      int rank = rankEnd(tokens, i);
      int honorific = end(vocab.honorifics.longestAt(tokens, i));
      int officeEnd = office.map(Office::to).orElse(-1);
      // A rank wins a tie: "Wing Commander" is a rank before it is a wing's commander.
      if (officeEnd > 0 && officeEnd > rank && officeEnd >= honorific) {
        addOffice(text, tokens, office.get(), out);
        i = officeEnd;
      } else if (rank > 0 && rank >= honorific) {
        out.add(match(text, tokens, i, rank, TitleKind.RANK, null));
        i = rank;
      } else if (honorific > 0) {
        out.add(match(text, tokens, i, honorific, TitleKind.HONORIFIC, null));
        i = honorific;
      } else {
        i++;
      }
    }
    out.sort(Comparator.comparingInt(m -> m.span().start()));
    return out;
  }

  /** The full rank of a rank or its abbreviation: "Col-Gen" gives "Colonel General". */
  public Optional<String> normalizeRank(String rank) {
    return Optional.ofNullable(vocab.rankByKey.get(TitleVocabulary.key(rank.strip())));
  }

  /**
   * The full office of an abbreviation: "PM" gives "Prime Minister", "CDS" gives "Chief of Defence
   * Staff".
   */
  public Optional<String> normalizeOffice(String office) {
    return Optional.ofNullable(vocab.officeByAbbreviation.get(office.strip()));
  }

  /**
   * Whether an office is one of a private body ("Founder of the Alumni Association", "Abbot of the
   * Temple"): its first head is marked {@code private} in the office heads.
   */
  /**
   * An office ending in a plural head in the singular: "Defence Ministers" of one holder is his
   * "Defence Minister", "Deputy Secretaries" a "Deputy Secretary". A plural inside the portfolio
   * stays: "Minister of Veterans Affairs", "Chief of Staff of the Armed Forces".
   */
  public String singular(String office) {
    int space = office.lastIndexOf(' ');
    String last = office.substring(space + 1);
    String lower = last.toLowerCase(java.util.Locale.ROOT);
    String head =
        lower.endsWith("ies")
            ? lower.substring(0, lower.length() - 3) + "y"
            : lower.endsWith("s") ? lower.substring(0, lower.length() - 1) : null;
    if (head == null || !vocab.headEnds.contains(head)) {
      return office;
    }
    String singular =
        lower.endsWith("ies")
            ? last.substring(0, last.length() - 3)
                + (Character.isUpperCase(last.charAt(last.length() - 3)) ? "Y" : "y")
            : last.substring(0, last.length() - 1);
    return office.substring(0, space + 1) + singular;
  }

  public boolean isPrivateOffice(String office) {
    return firstHeadHas(office, "private");
  }

  /**
   * Whether an office is a diplomat's ("Ambassador to Germany", "High Commissioner"): its first
   * head is marked {@code envoy} in the office heads. An envoy lives where he is accredited.
   */
  public boolean isEnvoyOffice(String office) {
    return firstHeadHas(office, "envoy");
  }

  private boolean firstHeadHas(String office, String flag) {
    List<WordToken> tokens = WordTokens.of(office);
    for (int i = 0; i < tokens.size(); i++) {
      Optional<PhraseMatch<TitleVocabulary.Head>> head = vocab.heads.longestAt(tokens, i);
      if (head.isPresent()) {
        return head.get().value().has(flag);
      }
    }
    return false;
  }

  private void addOffice(String text, List<WordToken> tokens, Office o, List<TitleMatch> out) {
    Span span = span(tokens, o.from(), o.to());
    String title = span(tokens, o.titleFrom(), o.titleTo()).of(text);
    out.add(new TitleMatch(span, title, TitleKind.OFFICE, o.country()));
    o.inner().forEach(inner -> addOffice(text, tokens, inner, out));
  }

  // One-word ranks count only before a name: "General Raza", not "General Staff" or "Major
  // Exercise".
  private int rankEnd(List<WordToken> tokens, int i) {
    Optional<PhraseMatch<String>> m = vocab.ranks.longestAt(tokens, i);
    if (m.isEmpty()) {
      return -1;
    }
    int to = retiredEnd(tokens, m.get().to());
    long words = tokens.subList(i, to).stream().filter(WordToken::isWord).count();
    if (words > 1) {
      return to;
    }
    boolean beforeName =
        to < tokens.size()
            && tokens.get(to).isWord()
            && tokens.get(to).isCapitalised()
            && !vocab.isOfficeWord(tokens.get(to));
    return beforeName ? to : -1;
  }

  // "Col (retd)", "Brigadier (R)": the mark of retirement stays with the rank.
  private static int retiredEnd(List<WordToken> tokens, int to) {
    if (to + 2 < tokens.size()
        && tokens.get(to).text().equals("(")
        && RETIRED.contains(tokens.get(to + 1).key().replace(".", ""))) {
      int close = to + 2;
      if (close + 1 < tokens.size() && tokens.get(close).text().equals(".")) {
        close++; // "(Ret.)" written as "Ret" and "."
      }
      if (tokens.get(close).text().equals(")")) {
        return close + 1;
      }
    }
    return to;
  }

  private Map<Integer, StateAt> statesByToken(String text, Span region, List<WordToken> tokens) {
    Map<Integer, Integer> tokenAtChar = new HashMap<>();
    for (int k = 0; k < tokens.size(); k++) {
      tokenAtChar.put(tokens.get(k).span().start(), k);
      tokenAtChar.put(-tokens.get(k).span().end() - 1, k + 1);
    }
    Map<Integer, StateAt> out = new HashMap<>();
    for (StateMention m : states.find(text, region)) {
      Integer from = tokenAtChar.get(m.span().start());
      Integer to = tokenAtChar.get(-m.span().end() - 1);
      if (from != null && to != null) {
        out.put(from, new StateAt(to, m.code(), m.form() == StateForm.CAPITAL));
      }
    }
    for (PlaceMention m : places.find(text, region)) {
      Integer from = tokenAtChar.get(m.span().start());
      Integer to = tokenAtChar.get(-m.span().end() - 1);
      if (from != null && to != null) {
        out.putIfAbsent(from, new StateAt(to, m.place().country(), true));
      }
    }
    return out;
  }

  private static TitleMatch match(
      String text, List<WordToken> tokens, int from, int to, TitleKind kind, String country) {
    Span span = span(tokens, from, to);
    return new TitleMatch(span, span.of(text), kind, country);
  }

  private static Span span(List<WordToken> tokens, int from, int to) {
    return new Span(tokens.get(from).span().start(), tokens.get(to - 1).span().end());
  }

  private static int end(Optional<? extends PhraseMatch<?>> m) {
    return m.map(PhraseMatch::to).orElse(-1);
  }
}
