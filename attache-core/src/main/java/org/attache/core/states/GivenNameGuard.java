package org.attache.core.states;

import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.lexicon.WordToken;

/**
 * Tells a state or place that is also a given name from a person: "Jordan Henderson" and "Sydney
 * Smith" are persons, "Jordan King Abdullah" and "Sydney Airport" are not. Data: {@code
 * name-clashes.txt}.
 */
final class GivenNameGuard {
  private final Set<String> clashes = new HashSet<>();
  private final Set<String> followers = new HashSet<>();
  private final Set<String> leaders = new HashSet<>();

  GivenNameGuard() {
    for (List<String> row : LexiconFile.rows(GivenNameGuard.class, "name-clashes.txt")) {
      Set<String> into =
          switch (row.get(0)) {
            case "clash" -> clashes;
            case "follower" -> followers;
            case "leader" -> leaders;
            default ->
                throw new IllegalStateException(
                    "name-clashes.txt: unknown kind '"
                        + row.get(0)
                        + "'; use clash, follower or leader");
          };
      row.subList(1, row.size()).forEach(into::add);
    }
  }

  /** Whether the one-token name at {@code from} is the first name of a person. */
  boolean isPersonsName(List<WordToken> tokens, int from, int to) {
    if (to != from + 1 || !clashes.contains(tokens.get(from).text()) || to >= tokens.size()) {
      return false;
    }
    if (from > 0 && leaders.contains(tokens.get(from - 1).key())) {
      return false; // "Defence Minister of India Raj Kumar"
    }
    WordToken next = tokens.get(to);
    boolean adjacent = next.span().start() == tokens.get(from).span().end() + 1;
    return adjacent
        && next.isWord()
        && next.isCapitalised()
        && !next.isAllCaps()
        && !followers.contains(next.text());
  }
}
