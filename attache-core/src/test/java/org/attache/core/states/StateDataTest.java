package org.attache.core.states;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.lexicon.LexiconFile;
import org.junit.jupiter.api.Test;

/** Checks the data files against each other, so a typo in a code fails the build. */
class StateDataTest {
  private final StateLexicon states = StateLexicon.standard();

  @Test
  void everyRowOfEveryFileNamesAKnownState() {
    for (String file : List.of("demonyms.txt", "capitals.txt", "places.txt")) {
      for (List<String> row : LexiconFile.rows(StateLexicon.class, file)) {
        assertThat(states.knows(row.get(0))).as(file + ": " + row).isTrue();
        assertThat(row).as(file + ": " + row).hasSizeGreaterThan(1);
      }
    }
  }

  @Test
  void everyStateHasACapitalAndNoStateIsListedTwice() {
    Map<String, Integer> seen = new HashMap<>();
    LexiconFile.rows(StateLexicon.class, "names.txt")
        .forEach(r -> seen.merge(r.get(0), 1, Integer::sum));
    assertThat(seen.values()).allMatch(n -> n == 1);
    Map<String, Integer> capitals = new HashMap<>();
    LexiconFile.rows(StateLexicon.class, "capitals.txt")
        .forEach(r -> capitals.merge(r.get(0), 1, Integer::sum));
    // Antarctica, Bouvet, Heard Island and the US islands have no capital; Norfolk Island's
    // Kingston is left to Jamaica.
    assertThat(seen.keySet())
        .filteredOn(c -> !capitals.containsKey(c))
        .containsOnly("AQ", "BV", "HM", "UM", "NF");
  }

  @Test
  void noSpellingMeansTwoStates() {
    Map<String, String> codeOf = new HashMap<>();
    for (String file : List.of("names.txt", "demonyms.txt", "capitals.txt")) {
      for (List<String> row : LexiconFile.rows(StateLexicon.class, file)) {
        for (String spelling : row.subList(1, row.size())) {
          String before = codeOf.putIfAbsent(spelling.replace("?", "").toLowerCase(), row.get(0));
          assertThat(before == null || before.equals(row.get(0)))
              .as(spelling + " is " + before + " and " + row.get(0))
              .isTrue();
        }
      }
    }
  }
}
