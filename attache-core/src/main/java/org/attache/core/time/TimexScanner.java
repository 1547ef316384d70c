package org.attache.core.time;

import java.util.ArrayList;
import java.util.BitSet;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import org.attache.core.Span;

/**
 * Runs every rule over a region of the text and keeps, where matches overlap, the longest one (the
 * earlier rule on a tie): "May 2010" beats "May", "the past two years" beats "the past".
 *
 * <p>Example: over "talks on Friday, 12 May 2023" it keeps "Friday, 12 May 2023" as one date.
 */
final class TimexScanner {
  private final List<TimexRule> rules;

  private final WordGate gate;

  TimexScanner(List<TimexRule> rules) {
    this.rules = List.copyOf(rules);
    this.gate = new WordGate(rules.stream().map(TimexRule::pattern).toList());
  }

  /** A match a rule read, with its rank among the rules. */
  private record Candidate(Span span, int rank, List<Timex> timexes) {}

  List<Timex> scan(TagContext context, Span region) {
    String text = context.text();
    int[] starts = wordStarts(text, region);
    BitSet[] open = new BitSet[starts.length];
    for (int i = 0; i < starts.length; i++) {
      open[i] = gate.rulesAt(text, starts[i]);
    }
    List<Candidate> candidates = new ArrayList<>();
    for (int rank = 0; rank < rules.size(); rank++) {
      TimexRule rule = rules.get(rank);
      Matcher m = rule.pattern().matcher(text);
      int next = 0;
      // Every expression begins a word: trying the rule only there, and only at words it may
      // begin with, is many times faster than find(). Transparent bounds let look-arounds see the
      // words just outside the region.
      for (int i = 0; i < starts.length; i++) {
        int start = starts[i];
        if (start < next || !open[i].get(rank)) {
          continue;
        }
        m.region(start, region.end()).useTransparentBounds(true).useAnchoringBounds(false);
        if (m.lookingAt()) {
          List<Timex> read = rule.reading().read(m, context);
          if (!read.isEmpty()) {
            candidates.add(new Candidate(covered(read), rank, read));
            next = m.end();
          }
        }
      }
    }
    return choose(candidates);
  }

  /** What the timexes of one match cover: "until May" competes as "May" against "May 5". */
  private static Span covered(List<Timex> read) {
    int start = read.stream().mapToInt(t -> t.span().start()).min().orElseThrow();
    int end = read.stream().mapToInt(t -> t.span().end()).max().orElseThrow();
    return new Span(start, end);
  }

  /** Offsets where a letter or digit follows something else, inside the region. */
  private static int[] wordStarts(String text, Span region) {
    int[] starts = new int[region.length()];
    int n = 0;
    for (int i = region.start(); i < region.end(); i++) {
      if (Character.isLetterOrDigit(text.charAt(i))
          && (i == 0 || !Character.isLetterOrDigit(text.charAt(i - 1)))) {
        starts[n++] = i;
      }
    }
    return java.util.Arrays.copyOf(starts, n);
  }

  private static List<Timex> choose(List<Candidate> candidates) {
    candidates.sort(
        Comparator.comparingInt((Candidate c) -> -c.span().length())
            .thenComparingInt(Candidate::rank)
            .thenComparingInt(c -> c.span().start()));
    List<Candidate> kept = new ArrayList<>();
    for (Candidate c : candidates) {
      if (kept.stream().noneMatch(k -> k.span().overlaps(c.span()))) {
        kept.add(c);
      }
    }
    List<Timex> timexes = new ArrayList<>();
    kept.forEach(c -> timexes.addAll(c.timexes()));
    timexes.sort(Comparator.comparingInt(t -> t.span().start()));
    return timexes;
  }
}
