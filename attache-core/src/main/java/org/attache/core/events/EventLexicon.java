package org.attache.core.events;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import java.util.regex.PatternSyntaxException;
import org.attache.core.lexicon.LexiconFile;

/**
 * The event patterns of Attaché, read from the data files beside this class: {@code triggers.txt}
 * (what fires an event of each type), {@code cues.txt} (cancellation, generic, planned, reporting
 * and honour cues), {@code adversaries.txt} (states named as enemies, not parties) and {@code
 * references.txt} ("the delegation", "the two countries"), with the word classes of {@code
 * words.txt}. Immutable and thread-safe.
 *
 * <p>Example: {@code EventLexicon.standard().triggers(EventType.VISIT)} are the patterns of a
 * visit.
 */
final class EventLexicon {
  private static final Pattern WORD_CLASS = Pattern.compile("(?<!\\\\[pP])\\{([A-Z_]+)\\}");
  private static final EventLexicon STANDARD = new EventLexicon();

  /** A pattern of a data file with the kind its line starts with. */
  record Rule(String kind, Pattern pattern) {
    /** The event type of a trigger rule ({@code MEETING} of {@code MEETING/REFERS}). */
    EventType type() {
      return EventType.valueOf(kind.split("/")[0]);
    }

    /** Whether a trigger rule refers back to an event already told. */
    boolean refers() {
      return kind.endsWith("/REFERS");
    }

    /** Whether a trigger rule is a visit only when its sentence names the visitor's state. */
    boolean abroad() {
      return kind.endsWith("/ABROAD");
    }
  }

  private final Map<String, String> classes = new HashMap<>();
  private final List<Rule> triggers;
  private final List<Rule> cues;
  private final List<Rule> adversaries;
  private final List<Rule> references;

  private EventLexicon() {
    for (List<String> row : LexiconFile.rows(EventLexicon.class, "words.txt")) {
      classes.put(row.get(0), "(?:" + String.join("|", row.subList(1, row.size())) + ")");
    }
    triggers = rules("triggers.txt");
    cues = rules("cues.txt");
    adversaries = rules("adversaries.txt");
    references = rules("references.txt");
    for (Rule r : triggers) {
      r.type(); // an unknown type is a typo in the data file: fail on loading
    }
  }

  static EventLexicon standard() {
    return STANDARD;
  }

  List<Rule> triggers() {
    return triggers;
  }

  /** The cue patterns of one kind: CANCEL, GENERIC, PLANNED, REPORTING, HONOUR, BACKGROUND. */
  List<Pattern> cues(String kind) {
    return of(cues, kind);
  }

  /** BEFORE or AFTER patterns of an adversary's context. */
  List<Pattern> adversaries(String side) {
    return of(adversaries, side);
  }

  /** VISITOR or BOTH references. */
  List<Pattern> references(String kind) {
    return of(references, kind);
  }

  static boolean any(List<Pattern> patterns, CharSequence text) {
    return patterns.stream().anyMatch(p -> p.matcher(text).find());
  }

  private static List<Pattern> of(List<Rule> rules, String kind) {
    return rules.stream().filter(r -> r.kind().equals(kind)).map(Rule::pattern).toList();
  }

  // Lines are KIND, whitespace, a regular expression: the expression may hold '|', so the lines
  // are read whole (LexiconFile.lines), not split into fields.
  private List<Rule> rules(String resource) {
    return LexiconFile.lines(EventLexicon.class, resource).stream()
        .map(line -> rule(resource, line.number(), line.text()))
        .toList();
  }

  private Rule rule(String resource, int number, String body) {
    String[] parts = body.split("\\s+", 2);
    if (parts.length < 2) {
      throw new IllegalStateException(
          resource + ":" + number + ": a line is KIND then a pattern, got '" + body + "'.");
    }
    try {
      return new Rule(
          parts[0],
          Pattern.compile(
              expand(parts[1], resource, number), Pattern.CASE_INSENSITIVE | Pattern.UNICODE_CASE));
    } catch (PatternSyntaxException e) {
      throw new IllegalStateException(
          resource + ":" + number + ": not a regular expression: " + e.getDescription(), e);
    }
  }

  private String expand(String pattern, String resource, int number) {
    Matcher m = WORD_CLASS.matcher(pattern);
    StringBuilder out = new StringBuilder();
    while (m.find()) {
      String members = classes.get(m.group(1));
      if (members == null) {
        throw new IllegalStateException(
            resource + ":" + number + ": no word class {" + m.group(1) + "} in words.txt.");
      }
      m.appendReplacement(out, Matcher.quoteReplacement(members));
    }
    m.appendTail(out);
    return out.toString();
  }
}
