package org.attache.core.brief;

import java.util.ArrayList;
import java.util.List;

/**
 * One sentence of a brief, in plain text, with the sources it rests on.
 *
 * <p>Example: {@code new Statement("3 meetings.", List.of(1, 2, 4)).cites()} is {@code "[1, 2,
 * 4]"}; runs are shortened: {@code [1-3, 5]}.
 *
 * @param text the sentence, plain text (renderers escape it)
 * @param citations the numbers of its sources, ascending
 */
public record Statement(String text, List<Integer> citations) {
  public Statement {
    citations = List.copyOf(citations);
  }

  /** The citation mark: numbers in brackets, runs of three or more as ranges; "" when none. */
  public String cites() {
    if (citations.isEmpty()) {
      return "";
    }
    return "[" + String.join(", ", runs()) + "]";
  }

  /** The citation numbers as runs: "1", "3-6". */
  public List<String> runs() {
    List<String> out = new ArrayList<>();
    int i = 0;
    while (i < citations.size()) {
      int j = i;
      while (j + 1 < citations.size() && citations.get(j + 1) == citations.get(j) + 1) {
        j++;
      }
      if (j - i >= 2) {
        out.add(citations.get(i) + "-" + citations.get(j));
      } else {
        for (int k = i; k <= j; k++) {
          out.add(String.valueOf(citations.get(k)));
        }
      }
      i = j + 1;
    }
    return out;
  }
}
