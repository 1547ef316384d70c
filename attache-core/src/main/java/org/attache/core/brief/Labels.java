package org.attache.core.brief;

import org.attache.core.events.EventType;
import org.attache.core.resolve.EventDate;

/** The words a brief uses for event types: "meeting", "meetings". */
final class Labels {
  private Labels() {}

  static String singular(EventType t) {
    return switch (t) {
      case MEETING -> "Meeting";
      case VISIT -> "Visit";
      case EXERCISE -> "Exercise";
      case AGREEMENT -> "Agreement";
      case ARMS -> "Arms deal or talks";
      case TRAINING -> "Training";
      case SUPPORT -> "Statement of support";
    };
  }

  /** The one-word name of a chart legend or table column: "Arms", "Support". */
  static String shortName(EventType t) {
    return switch (t) {
      case ARMS -> "Arms";
      case SUPPORT -> "Support";
      default -> singular(t);
    };
  }

  static String plural(EventType t, int n) {
    String s =
        switch (t) {
          case MEETING -> "meeting";
          case VISIT -> "visit";
          case EXERCISE -> "exercise";
          case AGREEMENT -> "agreement";
          case ARMS -> "arms deal or talk";
          case TRAINING -> "training event";
          case SUPPORT -> "statement of support";
        };
    if (n == 1) {
      return s;
    }
    return pluralOf(s);
  }

  /**
   * An ISO day as a brief writes it: "3 March 2021", "March 2021", "2021"; any other value as it
   * is.
   */
  static String day(String iso) {
    return EventDate.parse(iso).label();
  }

  /** "Azerbaijan", "Azerbaijan and Pakistan", "Azerbaijan, Pakistan and Türkiye". */
  static String and(java.util.List<String> items) {
    int n = items.size();
    if (n <= 1) {
      return n == 0 ? "" : items.get(0);
    }
    return String.join(", ", items.subList(0, n - 1)) + " and " + items.get(n - 1);
  }

  /** "a meeting", "an exercise". */
  static String indefinite(EventType t) {
    String s = singular(t).toLowerCase(java.util.Locale.ROOT);
    return ("aeiou".indexOf(s.charAt(0)) >= 0 ? "an " : "a ") + s;
  }

  private static String pluralOf(String s) {
    if (s.startsWith("statement")) {
      return "statements of support";
    }
    if (s.startsWith("arms")) {
      return "arms deals or talks";
    }
    return s + "s";
  }
}
