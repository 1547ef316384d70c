package org.attache.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;

/**
 * Runs every rule over a region of the text and keeps, where matches overlap, the longest one (the
 * earlier rule on a tie): "May 2010" beats "May", "the past two years" beats "the past".
 *
 * <p>Example: over "talks on Friday, 12 May 2023" it keeps "Friday, 12 May 2023" as one date.
 */
final class TimexScanner {
  private final List<TimexRule> rules;

  /** For each rule, which pairs of ASCII characters can begin one of its matches. */
  private final boolean[][] openings;

  TimexScanner(List<TimexRule> rules) {
    this.rules = List.copyOf(rules);
    this.openings = new boolean[rules.size()][];
    for (int i = 0; i < rules.size(); i++) {
      openings[i] = openings(rules.get(i).pattern());
    }
  }

  /**
   * Two characters can begin a match if the regex, given only them, matches or asks for more input;
   * most words are then skipped without running the regex at all.
   */
  private static boolean[] openings(Pattern pattern) {
    boolean[] can = new boolean[128 * 128];
    Matcher m = pattern.matcher("");
    for (char a = 32; a < 128; a++) {
      m.reset(String.valueOf(a));
      if (!(m.lookingAt() || m.hitEnd())) {
        continue;
      }
      for (char b = 0; b < 128; b++) {
        m.reset(new String(new char[] {a, b}));
        can[a * 128 + b] = m.lookingAt() || m.hitEnd();
      }
    }
    return can;
  }

  private static boolean mayOpen(boolean[] can, String text, int start, int end) {
    char a = text.charAt(start);
    char b = start + 1 < end ? text.charAt(start + 1) : ' ';
    return a >= 128 || b >= 128 || can[a * 128 + b] || start + 1 >= end;
  }

  /** A match a rule read, with its rank among the rules. */
  private record Candidate(Span span, int rank, List<Timex> timexes) {}

  List<Timex> scan(TagContext context, Span region) {
    String text = context.text();
    int[] starts = wordStarts(text, region);
    List<Candidate> candidates = new ArrayList<>();
    for (int rank = 0; rank < rules.size(); rank++) {
      TimexRule rule = rules.get(rank);
      Matcher m = rule.pattern().matcher(text);
      int next = 0;
      // Every expression begins a word: trying the rule only there is several times faster than
      // find(). Transparent bounds let look-arounds see the words just outside the region.
      boolean[] can = openings[rank];
      for (int start : starts) {
        if (start < next || !mayOpen(can, text, start, region.end())) {
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
