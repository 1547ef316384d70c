package org.attache.core.brief;

import org.attache.core.events.EventType;

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
