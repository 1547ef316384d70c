package org.attache.cli;

import java.nio.file.Files;
import java.nio.file.Path;
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

  /** The option with its value given: for a command that takes {@code --db} in a group. */
  static DatabaseOption of(String target) {
    DatabaseOption db = new DatabaseOption();
    db.target = target;
    return db;
  }

  /**
   * Opens a knowledge base that exists. A file path that names no file is a mistake (a typo, the
   * wrong folder), not a wish for an empty base: only the commands that store reports make one.
   */
  KnowledgeBase open() {
    if (!target.startsWith("jdbc:") && !Files.isRegularFile(Path.of(target))) {
      throw new UsageError(
          "there is no knowledge base at "
              + target
              + ". Make one with `attache analyze REPORTS... --db "
              + target
              + "`, or give the file you made with --db.");
    }
    return KnowledgeBase.open(target);
  }

  /** Opens the knowledge base, making it when there is none: for analyze and watch. */
  KnowledgeBase openOrCreate() {
    return KnowledgeBase.open(target);
  }

  @Override
  public String toString() {
    return target;
  }
}
