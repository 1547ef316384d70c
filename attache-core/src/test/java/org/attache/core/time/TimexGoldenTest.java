package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.stream.Collectors;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * Golden files: a report we wrote, and beside it every timex the tagger reads from it, one per line
 * ({@code start end type value text}). Run with {@code -Dgolden.update=true} to rewrite the
 * expected files, then review the diff.
 */
class TimexGoldenTest {
  private static final String DIR = "src/test/resources/org/attache/core/time/golden/";

  @ParameterizedTest
  @ValueSource(strings = {"naval-visit"})
  void tagsReportAsItsGoldenFileSays(String name) throws IOException {
    String text = resource(name + ".txt");
    TimeAnchor anchor = TimeAnchor.of(LocalDate.of(2023, 11, 14));
    String actual =
        TimexTagger.standard().tag(text, anchor).stream()
            .map(
                t ->
                    t.span().start()
                        + "\t"
                        + t.span().end()
                        + "\t"
                        + t.type()
                        + "\t"
                        + t.value()
                        + "\t"
                        + t.text().replace('\n', ' '))
            .collect(Collectors.joining("\n", "", "\n"));
    if (Boolean.getBoolean("golden.update")) {
      // The class path still holds the old file until the next build: nothing to compare yet.
      Files.writeString(Path.of(DIR + name + ".timex.tsv"), actual, StandardCharsets.UTF_8);
      return;
    }
    assertThat(actual).isEqualTo(resource(name + ".timex.tsv"));
  }

  private static String resource(String file) throws IOException {
    try (InputStream in = TimexGoldenTest.class.getResourceAsStream("golden/" + file)) {
      assertThat(in).as("golden file %s (create it with -Dgolden.update=true)", file).isNotNull();
      return new String(in.readAllBytes(), StandardCharsets.UTF_8);
    }
  }
}
