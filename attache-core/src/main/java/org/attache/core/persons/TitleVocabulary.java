package org.attache.core.persons;

import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import org.attache.core.lexicon.CasePolicy;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.lexicon.PhraseTrie;
import org.attache.core.lexicon.WordToken;
import org.attache.core.lexicon.WordTokens;

/** The word lists of {@link TitleLexicon}, read once from the data files beside it. */
final class TitleVocabulary {
  /** An office head and how it combines with what follows it. */
  record Head(String text, Set<String> flags) {
    boolean has(String flag) {
      return flags.contains(flag);
    }
  }

  final PhraseTrie<Head> heads = new PhraseTrie<>();
  final PhraseTrie<String> modifiers = new PhraseTrie<>();
  final PhraseTrie<String> portfolios = new PhraseTrie<>();
  final PhraseTrie<String> orgNouns = new PhraseTrie<>();
  final PhraseTrie<String> ranks = new PhraseTrie<>();
  final PhraseTrie<String> honorifics = new PhraseTrie<>();
  final Set<String> orgWords = new HashSet<>();
  final Set<String> rankBlockers = new HashSet<>();
  final Map<String, String> rankByKey = new HashMap<>();
  final Map<String, String> officeByAbbreviation = new HashMap<>();

  /** The last word of every office head, in lower case: "minister", "secretary", "chief". */
  final Set<String> headEnds = new HashSet<>();

  static TitleVocabulary load() {
    TitleVocabulary v = new TitleVocabulary();
    for (List<String> row : rows("office-heads.txt")) {
      Set<String> flags = row.size() > 1 ? Set.of(row.get(1).split("\\s+")) : Set.of();
      v.heads.add(row.get(0), policyOf(row.get(0)), new Head(row.get(0), flags));
      String[] words = row.get(0).toLowerCase(java.util.Locale.ROOT).split("[\\s-]+");
      v.headEnds.add(words[words.length - 1]);
    }
    v.addEach("title-modifiers.txt", v.modifiers, CasePolicy.ANY);
    v.addEach("org-nouns.txt", v.orgNouns, CasePolicy.ANY);
    for (List<String> row : rows("portfolios.txt")) {
      row.forEach(p -> v.portfolios.add(p, policyOf(p), p));
    }
    v.addEach("honorifics.txt", v.honorifics, CasePolicy.NAME);
    for (List<String> row : rows("ranks.txt")) {
      for (String spelling : row) {
        v.ranks.add(spelling, CasePolicy.NAME, row.get(0));
        v.rankByKey.put(key(spelling), row.get(0));
      }
    }
    rows("org-words.txt").forEach(r -> r.forEach(w -> v.orgWords.add(key(w))));
    rows("rank-blockers.txt").forEach(r -> r.forEach(w -> v.rankBlockers.add(key(w))));
    rows("office-abbreviations.txt").forEach(r -> v.officeByAbbreviation.put(r.get(0), r.get(1)));
    return v;
  }

  private void addEach(String file, PhraseTrie<String> into, CasePolicy policy) {
    rows(file).forEach(r -> r.forEach(p -> into.add(p, policy, p)));
  }

  // Abbreviations ("PM", "PRO", "SDF") must be written in capitals; words match in any case.
  private static CasePolicy policyOf(String phrase) {
    return phrase.length() <= 6 && phrase.chars().filter(Character::isUpperCase).count() >= 2
        ? CasePolicy.NAME
        : CasePolicy.ANY;
  }

  /** Whether a word belongs to the vocabulary of offices, so it cannot start a person's name. */
  boolean isOfficeWord(WordToken t) {
    List<WordToken> one = List.of(t);
    return !heads.matchesAt(one, 0).isEmpty()
        || !portfolios.matchesAt(one, 0).isEmpty()
        || !orgNouns.matchesAt(one, 0).isEmpty()
        || orgWords.contains(t.key())
        || rankBlockers.contains(t.key());
  }

  private static List<List<String>> rows(String file) {
    return LexiconFile.rows(TitleVocabulary.class, file);
  }

  static String key(String phrase) {
    return String.join(" ", WordTokens.of(phrase).stream().map(WordToken::key).toList())
        .toLowerCase(Locale.ROOT);
  }
}
