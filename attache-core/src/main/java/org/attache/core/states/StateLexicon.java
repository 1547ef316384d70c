package org.attache.core.states;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import org.attache.core.Span;
import org.attache.core.lexicon.CasePolicy;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.lexicon.PhraseMatch;
import org.attache.core.lexicon.PhraseTrie;
import org.attache.core.lexicon.WordToken;
import org.attache.core.lexicon.WordTokens;

/**
 * Names, official names, old names, demonyms and capitals of every ISO 3166-1 state and territory,
 * with a leftmost-longest matcher. Data: {@code names.txt}, {@code demonyms.txt}, {@code
 * capitals.txt}, {@code ship-prefixes.txt} ("HMS Defender" is British), {@code non-states.txt} and
 * {@code name-clashes.txt} beside this class. Immutable and thread-safe.
 *
 * <p>Example: in "the Azerbaijani-Pakistani talks in Ankara" {@code find} gives "Azerbaijani" (AZ,
 * DEMONYM), "Pakistani" (PK, DEMONYM) and "Ankara" (TR, CAPITAL).
 */
public final class StateLexicon {
  private static final StateLexicon STANDARD = load();

  /** What a phrase of the lexicon stands for; a null code marks a phrase that hides a state. */
  /** A state's form in the lexicon; {@code ship}: a ship prefix, a state only before a name. */
  private record Entry(String code, StateForm form, boolean ship) {
    Entry(String code, StateForm form) {
      this(code, form, false);
    }
  }

  private final PhraseTrie<Entry> searched = new PhraseTrie<>();
  private final Map<String, String> lookupOnly = new HashMap<>();
  private final Map<String, String> names = new HashMap<>();
  private final GivenNameGuard guard = new GivenNameGuard();

  private StateLexicon() {}

  public static StateLexicon standard() {
    return STANDARD;
  }

  private static StateLexicon load() {
    StateLexicon lex = new StateLexicon();
    for (List<String> row : LexiconFile.rows(StateLexicon.class, "names.txt")) {
      lex.names.put(row.get(0), row.get(1).replaceFirst("^\\?", ""));
      row.subList(1, row.size()).forEach(n -> lex.addName(row.get(0), n, StateForm.NAME));
    }
    lex.addAll("demonyms.txt", StateForm.DEMONYM);
    lex.addAll("capitals.txt", StateForm.CAPITAL);
    for (List<String> row : LexiconFile.rows(StateLexicon.class, "ship-prefixes.txt")) {
      Entry ship = new Entry(row.get(0), StateForm.DEMONYM, true);
      row.subList(1, row.size()).forEach(p -> lex.searched.add(p, CasePolicy.NAME, ship));
    }
    for (List<String> row : LexiconFile.rows(StateLexicon.class, "non-states.txt")) {
      row.forEach(p -> lex.searched.add(p, CasePolicy.NAME, new Entry(null, null)));
    }
    return lex;
  }

  private void addAll(String file, StateForm form) {
    for (List<String> row : LexiconFile.rows(StateLexicon.class, file)) {
      row.subList(1, row.size()).forEach(n -> addName(row.get(0), n, form));
    }
  }

  private void addName(String code, String name, StateForm form) {
    if (name.startsWith("?")) {
      lookupOnly.put(key(name.substring(1)), code);
      return;
    }
    Entry entry = new Entry(code, form);
    searched.add(name, CasePolicy.NAME, entry);
    // Official names are usually preceded by "the", which belongs to the mention.
    if (form == StateForm.NAME && isOfficial(name)) {
      searched.add("the " + name, CasePolicy.NAME, entry);
    }
  }

  private static boolean isOfficial(String name) {
    return name.contains(" of ") || name.endsWith(" Republic") || name.endsWith(" Federation");
  }

  /**
   * Every state named in {@code region} of {@code text}, in text order, without overlaps; a longer
   * phrase wins over a shorter one starting at the same place.
   */
  public List<StateMention> find(String text, Span region) {
    List<WordToken> tokens = WordTokens.of(text, region);
    List<StateMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<PhraseMatch<Entry>> m = searched.longestAt(tokens, i);
      if (m.isEmpty()) {
        i++;
        continue;
      }
      PhraseMatch<Entry> match = m.get();
      if (match.value().code() != null
          && !guard.isPersonsName(tokens, match.from(), match.to())
          && (!match.value().ship() || beforeName(tokens, match.to()))) {
        Entry e = match.value();
        out.add(new StateMention(match.span(), match.span().of(text), e.code(), e.form()));
      }
      i = match.to();
    }
    return out;
  }

  /** "HMS Defender": a ship prefix names a state only before the ship's capitalised name. */
  private static boolean beforeName(List<WordToken> tokens, int next) {
    return next < tokens.size()
        && !tokens.get(next).text().isEmpty()
        && Character.isUpperCase(tokens.get(next).text().charAt(0));
  }

  /** The ISO alpha-2 code of a state's name, official name, demonym or capital, any case. */
  public Optional<String> code(String phrase) {
    String p = phrase.strip();
    List<Entry> hits = searched.exact(p);
    if (hits.isEmpty() && p.toLowerCase(Locale.ROOT).startsWith("the ")) {
      hits = searched.exact(p.substring(4));
    }
    Optional<String> found = hits.stream().map(Entry::code).filter(c -> c != null).findFirst();
    return found.or(() -> Optional.ofNullable(lookupOnly.get(key(p))));
  }

  /**
   * The common English short name of a state ("Azerbaijan", "Türkiye", "United States").
   *
   * @throws IllegalArgumentException when the code is not in {@code names.txt}
   */
  public String name(String code) {
    String name = names.get(code == null ? null : code.toUpperCase(Locale.ROOT));
    if (name == null) {
      throw new IllegalArgumentException(
          "Unknown ISO 3166-1 alpha-2 code '" + code + "'. Use one listed in states/names.txt.");
    }
    return name;
  }

  /** Every ISO alpha-2 code the lexicon knows. */
  public Set<String> codes() {
    return Set.copyOf(names.keySet());
  }

  /** Whether the code is one of the lexicon's states and territories. */
  public boolean knows(String code) {
    return code != null && names.containsKey(code.toUpperCase(Locale.ROOT));
  }

  private static String key(String phrase) {
    return String.join(" ", WordTokens.of(phrase).stream().map(WordToken::key).toList());
  }
}
