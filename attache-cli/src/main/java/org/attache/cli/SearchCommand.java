package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import org.attache.store.KnowledgeBase;
import org.attache.store.SearchHit;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/** {@code attache search WORDS... --db F}: reports containing all the words, best first. */
@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    description = "Full-text search over the reports' text.")
public final class SearchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "WORDS",
      arity = "1..*",
      description = "Words every report found must contain.")
  List<String> words;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Most reports shown (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    try (KnowledgeBase kb = db.open()) {
      List<SearchHit> hits = kb.search(String.join(" ", words), limit);
      Table t = new Table("REPORT", "TITLE", "PATH");
      hits.forEach(h -> t.row(h.reportId(), h.title() == null ? "-" : h.title(), h.path()));
      t.print(System.out);
      System.out.printf("%d reports.%n", hits.size());
      return 0;
    }
  }
}
