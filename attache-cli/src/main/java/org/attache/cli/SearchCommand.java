package org.attache.cli;

import java.util.List;
import java.util.concurrent.Callable;
import java.util.stream.Collectors;
import org.attache.core.query.SearchableReport.TextHit;
import org.attache.core.query.TextQuery;
import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Command;
import picocli.CommandLine.Mixin;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;

/**
 * {@code attache search WORDS... --db F}: the reports whose headline and text hold every word and
 * phrase, newest first, each with the text around its first match: the web page's search.
 */
@Command(
    mixinStandardHelpOptions = true,
    name = "search",
    description = {
      "Reports whose headline and text (not the site's furniture) hold every word and phrase,"
          + " newest first, with the text around the first match; the web page's search.",
      "Words match whole and in any case (arm does not find army); an argument of several words"
          + " (quoted in the shell) or words in double quotes are a phrase."
    })
public final class SearchCommand implements Callable<Integer> {
  @Parameters(
      paramLabel = "WORDS",
      arity = "1..*",
      description = "Words and phrases every report found must contain.")
  List<String> words;

  @Option(
      names = "--limit",
      defaultValue = "20",
      description = "Most reports shown (default: ${DEFAULT-VALUE}).")
  int limit;

  @Mixin DatabaseOption db;

  @Override
  public Integer call() {
    if (limit < 1) {
      throw new UsageError("--limit must be 1 or more, got " + limit + ".");
    }
    TextQuery query;
    try {
      query = TextQuery.parse(query(words));
    } catch (IllegalArgumentException e) {
      throw new UsageError(e.getMessage());
    }
    try (KnowledgeBase kb = db.open()) {
      List<TextHit> hits = kb.search(query);
      for (TextHit h : hits.subList(0, Math.min(limit, hits.size()))) {
        System.out.printf(
            "%s  %s  %s%n  %s  %s%n  %s%n%n",
            h.published() == null ? "undated" : h.published(),
            h.outlet() == null ? "(no outlet)" : h.outlet(),
            h.title() == null ? "(no headline)" : h.title(),
            h.reportId(),
            h.path(),
            h.snippet());
      }
      System.out.printf(
          "%d reports%s.%n",
          hits.size(), hits.size() > limit ? ", the newest " + limit + " shown" : "");
      return 0;
    }
  }

  /**
   * The arguments as one search: an argument of several words that the shell kept together is a
   * phrase, as if it were in double quotes.
   */
  static String query(List<String> args) {
    return args.stream()
        .map(a -> a.strip().contains(" ") && !a.contains("\"") ? "\"" + a.strip() + "\"" : a)
        .collect(Collectors.joining(" "));
  }
}
