package org.attache.core.time;

/**
 * Tells a year from a number that only looks like one: part of a name ("Varuna 2023", "Three
 * Brothers - 2021"), an amount ("$2010", "2,010"), an offset ("+2030") or a longer figure.
 *
 * <p>Example: {@code accepts(context, 7, 11)} is true for "It was 2011 when" and false for
 * "Zapad-2021".
 */
final class YearGuard {
  private static final String NOT_BEFORE = "$€£¥+#/.,:-–—\\";
  private static final String NOT_AFTER = "%/";

  private YearGuard() {}

  /** Whether the digits at [start, end), which begin a match, can be a year. */
  static boolean accepts(TagContext context, int start, int end) {
    char before = context.before(start);
    char after = context.at(end);
    if (Character.isDigit(before) || Character.isDigit(after) || NOT_AFTER.indexOf(after) >= 0) {
      return false;
    }
    if ((after == ',' || after == '.' || after == ':' || after == '-')
        && Character.isDigit(context.at(end + 1))) {
      return false;
    }
    return acceptsStart(context, start);
  }

  /** Whether digits starting at {@code start} can begin a year, whatever follows them. */
  static boolean acceptsStart(TagContext context, int start) {
    char before = context.before(start);
    if (Character.isDigit(before) || NOT_BEFORE.indexOf(before) >= 0) {
      return false;
    }
    return !isName(context, context.wordBefore(start)) && !afterFigure(context, start);
  }

  /** "+994 12 555 2021": digits just before, across spaces, make a phone number or a figure. */
  private static boolean afterFigure(TagContext context, int start) {
    int i = start;
    while (i > 0 && context.before(i) == ' ') {
      i--;
    }
    return i < start && Character.isDigit(context.before(i));
  }

  /** A capitalised word that is not a preposition or month names a thing: "Exercise Zapad 2021". */
  private static boolean isName(TagContext context, String word) {
    return !word.isEmpty()
        && Character.isUpperCase(word.charAt(0))
        && !context.lexicon().yearNeighbour(word)
        && !context.lexicon().isMonth(word);
  }
}
