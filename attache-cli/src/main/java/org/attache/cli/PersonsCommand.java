package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;

/**
 * {@code attache persons --db FILE}: a readable table of the persons in the knowledge base, with
 * analysts' corrections applied; the ids are those {@code attache correct} takes.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "persons",
    description = "List persons with their titles, states and reports.")
public final class PersonsCommand implements Callable<Integer> {
  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      kb.resolve();
      List<ResolvedPerson> persons = kb.resolution().persons();
      Table table = new Table("ID", "NAME", "STATE", "TITLES", "REPORTS");
      for (ResolvedPerson p : persons) {
        table.row(
            p.id(),
            p.name(),
            p.country() == null ? "-" : p.country(),
            String.join("; ", p.titles()),
            String.valueOf(p.documents().size()));
      }
      table.print(System.out);
      System.out.printf("%d persons in %d reports.%n", persons.size(), kb.reportCount());
      return 0;
    }
  }
}
