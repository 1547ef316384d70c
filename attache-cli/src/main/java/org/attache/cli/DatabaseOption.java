package org.attache.cli;

import org.attache.store.KnowledgeBase;
import picocli.CommandLine.Option;

/** The {@code --db} option every command that reads or writes a knowledge base takes. */
final class DatabaseOption {
  @Option(
      names = "--db",
      paramLabel = "DB",
      defaultValue = "attache.db",
      description = "SQLite file or jdbc:postgresql:// URL (default: ${DEFAULT-VALUE}).")
  String target;

  KnowledgeBase open() {
    return KnowledgeBase.open(target);
  }

  @Override
  public String toString() {
    return target;
  }
}
