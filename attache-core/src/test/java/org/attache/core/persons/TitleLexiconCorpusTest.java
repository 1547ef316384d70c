package org.attache.core.persons;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.text.Normalizer;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.HashSet;
import java.util.List;
import java.util.Locale;
import java.util.Set;
import java.util.stream.Stream;
import org.attache.core.Span;
import org.junit.jupiter.api.Test;

/**
 * Title recall on the shared news corpus: a gold title counts as found when some title the lexicon
 * finds in the same report has folded word sets with Jaccard at least 0.5 (as score.py counts).
 */
class TitleLexiconCorpusTest {
  private final TitleLexicon lex = TitleLexicon.standard();

  @Test
  void findsMostGoldTitlesOfTheCorpus() throws IOException {
    String folder = System.getProperty("attache.corpus");
    assumeTrue(folder != null && Files.isDirectory(Path.of(folder)), "no corpus at " + folder);
    int total = 0;
    int found = 0;
    List<String> misses = new ArrayList<>();
    try (Stream<Path> golds = Files.walk(Path.of(folder))) {
      for (Path gold : golds.filter(p -> p.toString().endsWith(".gold.json")).sorted().toList()) {
        Path txt = Path.of(gold.toString().replace(".gold.json", ".txt"));
        String text = Files.readString(txt);
        List<Set<String>> predicted = predicted(text);
        for (JsonNode person : new ObjectMapper().readTree(gold.toFile()).get("persons")) {
          for (JsonNode title : person.get("titles")) {
            total++;
            Set<String> g = fold(title.asText());
            if (predicted.stream().anyMatch(p -> jaccard(g, p) >= 0.5)) {
              found++;
            } else {
              misses.add(gold.getFileName() + ": " + title.asText());
            }
          }
        }
      }
    }
    double recall = total == 0 ? 1 : (double) found / total;
    System.out.printf("title recall %d/%d = %.3f%n", found, total, recall);
    misses.forEach(m -> System.out.println("  missed " + m));
    assertThat(recall).isGreaterThanOrEqualTo(0.85);
  }

  private List<Set<String>> predicted(String text) {
    List<Set<String>> out = new ArrayList<>();
    for (TitleMatch m : lex.find(text, new Span(0, text.length()))) {
      if (m.kind() == TitleKind.HONORIFIC) {
        continue;
      }
      out.add(fold(m.title()));
      lex.normalizeRank(m.title()).ifPresent(r -> out.add(fold(r)));
      lex.normalizeOffice(m.title()).ifPresent(r -> out.add(fold(r)));
    }
    return out;
  }

  // The folding of score.py: accents and case away, "defence" as "defense", words only.
  static Set<String> fold(String s) {
    String f = Normalizer.normalize(s, Normalizer.Form.NFKD).replaceAll("\\p{M}", "");
    f = f.toLowerCase(Locale.ROOT).replace("defence", "defense").replace('ı', 'i');
    f = f.replaceAll("[^a-z0-9 ]+", " ").strip();
    return f.isEmpty() ? Set.of() : new HashSet<>(Arrays.asList(f.split("\\s+")));
  }

  private static double jaccard(Set<String> a, Set<String> b) {
    Set<String> union = new HashSet<>(a);
    union.addAll(b);
    Set<String> both = new HashSet<>(a);
    both.retainAll(b);
    return union.isEmpty() ? 0 : (double) both.size() / union.size();
  }
}
