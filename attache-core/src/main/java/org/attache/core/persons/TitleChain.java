package org.attache.core.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;
import org.attache.core.Span;

/**
 * The titles that stand next to a name: before it ("Minister of Defense of the Republic of
 * Azerbaijan, Colonel General Zakir Hasanov") and in apposition after it ("General Nadeem Raza,
 * Chairman Joint Chiefs of Staff Committee of ...").
 */
final class TitleChain {
  /** Between two titles, or a title and the name it precedes. */
  private static final Pattern LEFT_GAP = Pattern.compile("[\\s,()]*(?:[–—-]\\s*)?");

  /** Between a name and the first title of an apposition. */
  private static final Pattern FIRST_RIGHT_GAP =
      Pattern.compile("\\s*(?:,|\\()\\s*(?:the\\s+|who is the\\s+)?");

  /** Between two titles of an apposition. */
  private static final Pattern NEXT_RIGHT_GAP =
      Pattern.compile("\\s*(?:,|and|,\\s*and|[–—-])?\\s*(?:the\\s+)?");

  private TitleChain() {}

  static List<TitleMatch> around(String text, Span name, Span sentence, List<TitleMatch> titles) {
    List<TitleMatch> out = new ArrayList<>();
    int pos = name.start();
    TitleMatch t;
    while ((t = endingAt(text, pos, sentence, titles)) != null) {
      out.add(0, t);
      pos = t.span().start();
    }
    pos = name.end();
    Pattern gap = FIRST_RIGHT_GAP;
    while ((t = startingAt(text, pos, sentence, titles, gap)) != null) {
      out.add(t);
      pos = t.span().end();
      gap = NEXT_RIGHT_GAP;
    }
    return out;
  }

  private static TitleMatch endingAt(String text, int pos, Span sentence, List<TitleMatch> titles) {
    TitleMatch best = null;
    for (TitleMatch t : titles) {
      if (t.span().end() <= pos
          && t.span().start() >= sentence.start()
          && LEFT_GAP.matcher(text.substring(t.span().end(), pos)).matches()
          && (best == null || t.span().end() > best.span().end())) {
        best = t;
      }
    }
    return best;
  }

  private static TitleMatch startingAt(
      String text, int pos, Span sentence, List<TitleMatch> titles, Pattern gap) {
    TitleMatch best = null;
    for (TitleMatch t : titles) {
      if (t.span().start() >= pos
          && t.span().end() <= sentence.end()
          && t.kind() != TitleKind.HONORIFIC
          && gap.matcher(text.substring(pos, t.span().start())).matches()
          && (best == null || t.span().start() < best.span().start())) {
        best = t;
      }
    }
    return best;
  }
}
