package org.attache.core.time;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import org.attache.core.Span;

/**
 * Finds the time expressions of a text and gives each its TIMEX3 type and value, resolving relative
 * ones ("last week", "on Monday", "in August") against the anchor, the report's own date. Pure
 * regular expressions over word lists in {@code org/attache/core/time/*.txt}; no model.
 *
 * <p>Example:
 *
 * <pre>{@code
 * TimexTagger.standard().tag("The ministers met on Thursday.", TimeAnchor.of(LocalDate.of(2013, 3, 22)))
 * // [Timex[span=Span[start=20, end=28], text=Thursday, type=DATE, value=2013-03-21]]
 * }</pre>
 *
 * <p>Without an anchor no year is invented: unknown digits stay X, as TIMEX3 allows ("October 28"
 * is {@code XXXX-10-28}, "last year" {@code XXXX}, "on Monday" {@code XXXX-WXX-1}). The tagger is
 * immutable (its one inner state, a cache of which rules may begin at which word, is concurrent)
 * and safe to share between threads.
 */
public final class TimexTagger {
  private final TimeLexicon lexicon;
  private final TimexScanner scanner;
  private final ClauseTense tense;
  private final DateTimeJoiner joiner;

  private TimexTagger(TimeLexicon lexicon) {
    this.lexicon = lexicon;
    this.tense = new ClauseTense(lexicon);
    this.joiner = new DateTimeJoiner(lexicon);
    List<TimexRule> rules = new ArrayList<>();
    // On matches of equal length the earlier family wins: "1400 hours" is a time, not a duration.
    rules.addAll(ClockRules.of(lexicon));
    rules.addAll(SetRules.of(lexicon));
    rules.addAll(RangeRules.of(lexicon));
    rules.addAll(DateRules.of(lexicon));
    rules.addAll(PeriodRules.of(lexicon));
    rules.addAll(NarrativeRules.of(lexicon));
    rules.addAll(RelativeRules.of(lexicon));
    rules.addAll(DurationRules.of(lexicon));
    rules.addAll(ReferenceRules.of(lexicon));
    this.scanner = new TimexScanner(rules);
  }

  private static final class Standard {
    static final TimexTagger INSTANCE = new TimexTagger(new TimeLexicon());
  }

  /** The tagger over the word lists shipped with Attaché, loaded once. */
  public static TimexTagger standard() {
    return Standard.INSTANCE;
  }

  /** Every time expression of the text, with offsets into it. */
  public List<Timex> tag(String text, TimeAnchor anchor) {
    return tag(text, List.of(new Span(0, text.length())), anchor);
  }

  /** The time expressions inside the given regions; offsets are still into the whole text. */
  public List<Timex> tag(String text, List<Span> regions, TimeAnchor anchor) {
    TagContext context = new TagContext(text, anchor, lexicon, tense);
    List<Timex> found = new ArrayList<>();
    for (Span region : regions) {
      if (region.end() > text.length()) {
        throw new IllegalArgumentException(
            "Region "
                + region
                + " ends past the text ("
                + text.length()
                + " chars): pass regions of this text.");
      }
      for (Timex t : joiner.join(text, scanner.scan(context, region), region)) {
        if (found.stream().noneMatch(f -> f.span().overlaps(t.span()))) {
          found.add(t);
        }
      }
    }
    found.sort(Comparator.comparingInt(t -> t.span().start()));
    return NarrativeResolver.resolve(YearFrame.apply(text, found), anchor);
  }
}
