package org.attache.cli;

import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.concurrent.Callable;
import org.attache.core.correct.Correction;
import org.attache.core.correct.CorrectionApplier;
import org.attache.core.correct.CorrectionKind;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache correct SUBCOMMAND ... --by NAME --why TEXT --db F}: analysts' corrections, kept
 * apart from the machine's output and applied after every re-analysis. Events are named by an
 * occurrence id ({@code o-...}) or, more durably, by one report's event ({@code REPORT_ID:INDEX}).
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "correct",
    description = "Correct the machine: merge or split persons, fix or reject events, add one.",
    subcommands = {
      CorrectCommand.MergePersons.class,
      CorrectCommand.SplitPerson.class,
      CorrectCommand.SetType.class,
      CorrectCommand.SetDate.class,
      CorrectCommand.SetPlace.class,
      CorrectCommand.SetParticipants.class,
      CorrectCommand.Reject.class,
      CorrectCommand.AddEvent.class,
      CorrectCommand.Log.class
    })
public final class CorrectCommand implements Runnable {
  @Override
  public void run() {
    new picocli.CommandLine(this).usage(System.out);
  }

  /** Who corrects, why, and where. */
  static final class Author {
    @Option(names = "--by", required = true, description = "Who makes the correction.")
    String by;

    @Option(names = "--why", required = true, description = "Why: the source or the reasoning.")
    String why;

    @Mixin DatabaseOption db;

    int save(CorrectionKind kind, String target, Map<String, String> values) {
      try (KnowledgeBase kb = db.open()) {
        kb.resolve();
        Correction c = kb.corrections().add(kind, target, values, by, why);
        CorrectionApplier.Result r = kb.corrected();
        boolean applied = r.skipped().stream().noneMatch(s -> s.id().equals(c.id()));
        System.out.printf(
            "Correction %s (%s %s) saved%s.%n",
            c.id(),
            kind,
            target,
            applied
                ? " and applied"
                : "; its target is not in the knowledge base now, so it does nothing yet");
        return applied ? 0 : 1;
      }
    }
  }

  /** The event a correction is about: an occurrence, or one report's event. */
  static final class EventTarget {
    @Parameters(
        index = "0",
        paramLabel = "EVENT",
        description = "An occurrence id (o-...) or one report's event (REPORT_ID:INDEX).")
    String id;
  }

  private static Map<String, String> values(String... kv) {
    Map<String, String> out = new LinkedHashMap<>();
    for (int i = 0; i + 1 < kv.length; i += 2) {
      if (kv[i + 1] != null) {
        out.put(kv[i], kv[i + 1]);
      }
    }
    return out;
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "merge-persons",
      description = "Fold person OTHER into PERSON (ids from `attache persons`).")
  static final class MergePersons implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PERSON", description = "A person id (p-...).")
    String person;

    @Parameters(index = "1")
    String other;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(CorrectionKind.MERGE_PERSONS, person, values("other", other));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "split-person",
      description = "The reports given name another person than PERSON.")
  static final class SplitPerson implements Callable<Integer> {
    @Parameters(index = "0", paramLabel = "PERSON", description = "A person id (p-...).")
    String person;

    @Option(names = "--documents", required = true, split = ",", description = "Report ids.")
    List<String> documents;

    @Option(names = "--name", description = "The other person's name.")
    String name;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(
          CorrectionKind.SPLIT_PERSON,
          person,
          values("documents", String.join(",", documents), "name", name));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "event-type",
      description = "Set an event's type.")
  static final class SetType implements Callable<Integer> {
    @Mixin EventTarget event;

    @Parameters(index = "1")
    org.attache.core.events.EventType type;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(CorrectionKind.EVENT_TYPE, event.id, values("type", type.name()));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "event-date",
      description = "Set an event's date (TIMEX3: 2023-10-28, 2021-09, 2014).")
  static final class SetDate implements Callable<Integer> {
    @Mixin EventTarget event;

    @Parameters(index = "1")
    String date;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(CorrectionKind.EVENT_DATE, event.id, values("date", date));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "event-place",
      description = "Set an event's place.")
  static final class SetPlace implements Callable<Integer> {
    @Mixin EventTarget event;

    @Parameters(index = "1")
    String place;

    @Option(names = "--country", required = true, description = "ISO alpha-2 of the place's state.")
    String country;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(
          CorrectionKind.EVENT_PLACE, event.id, values("place", place, "country", country));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "event-participants",
      description = "Set an event's participants (person ids).")
  static final class SetParticipants implements Callable<Integer> {
    @Mixin EventTarget event;

    @Parameters(index = "1", split = ",")
    List<String> persons;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(
          CorrectionKind.EVENT_PARTICIPANTS,
          event.id,
          values("persons", String.join(",", persons)));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "reject",
      description = "Reject an event: an occurrence, or one report's event.")
  static final class Reject implements Callable<Integer> {
    @Mixin EventTarget event;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(CorrectionKind.REJECT_EVENT, event.id, Map.of());
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "add-event",
      description = "Add an event the machine missed.")
  static final class AddEvent implements Callable<Integer> {
    @Parameters(index = "0", description = "An id of your choosing, e.g. m-2023-baku-talks.")
    String id;

    @Option(names = "--type", required = true)
    org.attache.core.events.EventType type;

    @Option(names = "--states", required = true, description = "ISO alpha-2, comma-separated.")
    String states;

    @Option(names = "--date")
    String date;

    @Option(names = "--place")
    String place;

    @Option(names = "--country", description = "The place's state.")
    String country;

    @Option(names = "--persons", description = "Person ids, comma-separated.")
    String persons;

    @Option(names = "--document", description = "The report that tells of it.")
    String document;

    @Mixin Author author;

    @Override
    public Integer call() {
      return author.save(
          CorrectionKind.ADD_EVENT,
          id,
          values(
              "type",
              type.name(),
              "countries",
              states,
              "date",
              date,
              "place",
              place,
              "country",
              country,
              "persons",
              persons,
              "document",
              document));
    }
  }

  @Command(
      mixinStandardHelpOptions = true,
      name = "log",
      description = "Every correction: when, by whom, what, why.")
  static final class Log implements Callable<Integer> {
    @Mixin DatabaseOption db;

    @Override
    public Integer call() {
      try (KnowledgeBase kb = db.open()) {
        Table t = new Table("WHEN", "BY", "WHAT", "TARGET", "VALUES", "WHY");
        for (Correction c : kb.corrections().list()) {
          t.row(
              c.madeAt(),
              c.author(),
              c.kind().name(),
              c.target(),
              c.values().toString(),
              c.reason());
        }
        t.print(System.out);
        return 0;
      }
    }
  }
}
