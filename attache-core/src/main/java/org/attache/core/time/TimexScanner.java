package org.attache.core.time;

import java.util.ArrayList;
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

  TimexScanner(List<TimexRule> rules) {
    this.rules = List.copyOf(rules);
  }

  /** A match a rule read, with its rank among the rules. */
  private record Candidate(Span span, int rank, List<Timex> timexes) {}

  List<Timex> scan(TagContext context, Span region) {
    List<Candidate> candidates = new ArrayList<>();
    for (int rank = 0; rank < rules.size(); rank++) {
      TimexRule rule = rules.get(rank);
      Matcher m = rule.pattern().matcher(context.text());
      // Transparent bounds let look-arounds and guards see the words just outside the region.
      m.region(region.start(), region.end()).useTransparentBounds(true).useAnchoringBounds(false);
      while (m.find()) {
        List<Timex> read = rule.reading().read(m, context);
        if (!read.isEmpty()) {
          candidates.add(new Candidate(new Span(m.start(), m.end()), rank, read));
        }
      }
    }
    return choose(candidates);
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
