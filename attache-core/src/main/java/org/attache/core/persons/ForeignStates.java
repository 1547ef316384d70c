package org.attache.core.persons;

import java.util.HashSet;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.core.states.StateMention;

/**
 * The states a report shows as someone else's: the places a visitor goes to and the states of his
 * counterparts. A person whose only tie to a state is that it was named nearest to him is not taken
 * to serve such a state; the state the report names most otherwise is his.
 *
 * <p>Example: in "On his visit to Hanoi, Defence Minister Arjun Rao met his Japanese counterpart"
 * Viet Nam is a host and Japan a counterpart's state, so neither is Rao's; if the report speaks of
 * "Indian and Vietnamese navies" and "his return to New Delhi", Rao serves India.
 */
final class ForeignStates {
  /**
   * "visit to", "visited", "arrived in", "stay in" just before a state or its capital: the host.
   */
  private static final Pattern HOST_BEFORE =
      Pattern.compile(
          "(?i)\\b(?:visit(?:s|ed|ing)?|trip|tour|journey|stay|arrived|arrival|travel+ed|flew)"
              + "(?:\\s+(?:to|in|of))?\\s+(?:the\\s+)?(?:\\p{Ll}[\\p{L}-]*\\s+){0,2}"
              + "(?:\\p{Lu}[\\p{L}-]*,\\s+)?$");

  /** "counterparts from A, B and C": every state of the list is a counterpart's. */
  private static final Pattern COUNTERPARTS_FROM =
      Pattern.compile("(?i)\\bcounterparts?\\s+(?:from|of)\\s+(?:the\\s+)?$");

  /** What may stand between two states of one list. */
  private static final Pattern LIST_GAP =
      Pattern.compile("(?i)^\\s*(?:,|,?\\s*and)\\s+(?:the\\s+)?$");

  /** "his Japanese counterpart": the state just before the word. */
  private static final Pattern COUNTERPART_AFTER = Pattern.compile("(?i)^\\s+counterparts?\\b");

  private final Set<String> foreign = new HashSet<>();
  private final Map<String, Integer> counts = new LinkedHashMap<>();

  /**
   * @param text the report's text
   * @param states the report's state mentions, in text order
   */
  ForeignStates(String text, List<StateMention> states) {
    boolean inList = false;
    int previousEnd = -1;
    for (StateMention m : states) {
      String before = text.substring(Math.max(0, m.span().start() - 60), m.span().start());
      String after = text.substring(m.span().end(), Math.min(text.length(), m.span().end() + 16));
      boolean continuesList =
          inList
              && previousEnd >= 0
              && LIST_GAP.matcher(text.substring(previousEnd, m.span().start())).matches();
      inList = COUNTERPARTS_FROM.matcher(before).find() || continuesList;
      if (inList || HOST_BEFORE.matcher(before).find() || COUNTERPART_AFTER.matcher(after).find()) {
        foreign.add(m.code());
      }
      previousEnd = m.span().end();
      counts.merge(m.code(), 1, Integer::sum);
    }
  }

  /** True when the report shows the state as a host's or a counterpart's. */
  boolean isForeign(String code) {
    return foreign.contains(code);
  }

  /** The state the report names most that is no one else's, first named on a tie; or null. */
  String home() {
    return homeExcept(Set.of());
  }

  /** {@link #home()} among the states other than {@code taken}. */
  String homeExcept(Set<String> taken) {
    String best = null;
    int most = 0;
    for (Map.Entry<String, Integer> e : counts.entrySet()) {
      if (!foreign.contains(e.getKey()) && !taken.contains(e.getKey()) && e.getValue() > most) {
        best = e.getKey();
        most = e.getValue();
      }
    }
    return best;
  }
}
