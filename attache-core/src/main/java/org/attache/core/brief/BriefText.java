package org.attache.core.brief;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.events.EventType;

/**
 * The sentences of a brief, by section, each with its citations; HTML and Markdown render the same
 * sentences, so both say the same thing.
 *
 * <p>Example: {@code new BriefText(brief).summary().get(0).text()} is "Attaché found 12 events
 * between Azerbaijan and Pakistan from 2020 to 2024, in 15 reports."
 */
public final class BriefText {
  /** How many events the timeline shows at most: the key ones when there are more. */
  static final int TIMELINE_SIZE = 30;

  private final Brief brief;

  public BriefText(Brief brief) {
    this.brief = brief;
  }

  /** The title: "Azerbaijan – Pakistan: defence relations, 2020–2024". */
  public String title() {
    String years = "";
    List<Integer> covered = brief.yearsCovered();
    Integer first = brief.from() != null ? brief.from() : covered.isEmpty() ? null : covered.get(0);
    Integer last = brief.to() != null ? brief.to() : covered.isEmpty() ? null : covered.get(1);
    if (first != null && last != null) {
      years = first.equals(last) ? ", " + first : ", " + first + "\u2013" + last;
    }
    return brief.aName() + " \u2013 " + brief.bName() + ": defence relations" + years;
  }

  /** The headline figures: events in all, then by type. */
  public List<Statement> summary() {
    List<Statement> out = new ArrayList<>();
    List<Integer> covered = brief.yearsCovered();
    String span =
        covered.isEmpty()
            ? ""
            : covered.get(0).equals(covered.get(1))
                ? " in " + covered.get(0)
                : " from " + covered.get(0) + " to " + covered.get(1);
    out.add(
        new Statement(
            "Attach\u00e9 found "
                + count(brief.events().size(), "event", "events")
                + " between "
                + brief.aName()
                + " and "
                + brief.bName()
                + span
                + ", in "
                + count(brief.reports(), "report", "reports")
                + independent(brief)
                + ".",
            brief.citationsOf(brief.events())));
    for (Map.Entry<EventType, List<BriefEvent>> t : brief.byType().entrySet()) {
      int n = t.getValue().size();
      out.add(
          new Statement(
              n + " " + Labels.plural(t.getKey(), n) + ".", brief.citationsOf(t.getValue())));
    }
    return out;
  }

  /** ", 2 of them independent" when reprints of one text are among the reports; else nothing. */
  private static String independent(Brief brief) {
    int n = brief.sources().independentSources();
    return n == brief.reports() ? "" : ", " + n + " of them independent";
  }

  /** The key events in date order: every event, or the best attested when there are many. */
  public List<Statement> timeline() {
    List<BriefEvent> key = new ArrayList<>(brief.events());
    if (key.size() > TIMELINE_SIZE) {
      key.sort(Comparator.comparingInt(BriefText::weight).reversed());
      key = new ArrayList<>(key.subList(0, TIMELINE_SIZE));
      key.sort(Comparator.comparingInt(brief.events()::indexOf));
    }
    return key.stream().map(BriefText::dated).toList();
  }

  /** The officials of one side, each with the counterparts met. */
  public List<Statement> officials(String state) {
    List<Statement> out = new ArrayList<>();
    for (Official o : brief.officialsOf(state)) {
      StringBuilder s = new StringBuilder(o.name());
      if (o.title() != null) {
        s.append(", ").append(o.title());
      }
      s.append(": ").append(count(o.events(), "event", "events"));
      if (!o.counterparts().isEmpty()) {
        s.append("; met ").append(String.join(", ", o.counterparts()));
      }
      out.add(new Statement(s.append('.').toString(), o.citations()));
    }
    return out;
  }

  /** Sections on agreements, exercises and training, and arms, each event with its date. */
  public Map<String, List<Statement>> highlights() {
    Map<String, List<Statement>> out = new LinkedHashMap<>();
    Map<EventType, List<BriefEvent>> byType = brief.byType();
    out.put("Agreements", dated(byType.get(EventType.AGREEMENT)));
    List<BriefEvent> drills = new ArrayList<>();
    drills.addAll(byType.getOrDefault(EventType.EXERCISE, List.of()));
    drills.addAll(byType.getOrDefault(EventType.TRAINING, List.of()));
    drills.sort(Comparator.comparingInt(brief.events()::indexOf));
    out.put("Exercises and training", dated(drills));
    out.put("Arms", dated(byType.get(EventType.ARMS)));
    return out;
  }

  private static List<Statement> dated(List<BriefEvent> events) {
    return events == null ? List.of() : events.stream().map(BriefText::dated).toList();
  }

  private static Statement dated(BriefEvent e) {
    return new Statement(e.when() + ": " + e.summary() + ".", e.citations());
  }

  /** Rarer, weightier acts and events several sources attest come first. */
  private static int weight(BriefEvent e) {
    int type =
        switch (e.occurrence().type()) {
          case AGREEMENT, EXERCISE, ARMS -> 3;
          case VISIT, TRAINING -> 2;
          default -> 1;
        };
    return type * 10 + Math.min(e.occurrence().independentSources(), 9);
  }

  static String count(int n, String one, String many) {
    return n + " " + (n == 1 ? one : many);
  }
}
