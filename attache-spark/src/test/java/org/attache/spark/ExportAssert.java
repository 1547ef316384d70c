package org.attache.spark;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;

/** Two exports are the same: each of the three files, line by line. */
final class ExportAssert {
  private ExportAssert() {}

  static void sameExport(Path actual, Path expected) throws IOException {
    for (String file : new String[] {"documents.jsonl", "persons.jsonl", "events.jsonl"}) {
      assertThat(Files.readAllLines(expected.resolve(file))).as(file).isNotEmpty();
      assertThat(Files.readAllLines(actual.resolve(file)))
          .as(file)
          .containsExactlyElementsOf(Files.readAllLines(expected.resolve(file)));
    }
  }
}
