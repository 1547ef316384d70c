package org.attache.core.brief;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.junit.jupiter.api.Test;

class StatementTest {
  @Test
  void shortensRunsOfThreeOrMoreCitations() {
    assertThat(new Statement("x", List.of(1, 2, 3, 5, 7, 8)).cites()).isEqualTo("[1-3, 5, 7, 8]");
  }

  @Test
  void citesNothingWhenItHasNoSources() {
    assertThat(new Statement("x", List.of()).cites()).isEmpty();
  }
}
