package org.attache.core.time;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RegexTrieTest {
  @Test
  void factorsCommonPrefixes() {
    assertThat(RegexTrie.of(List.of("may", "march"))).isEqualTo("(?:ma(?:rch|y))");
  }

  @Test
  void prefersTheLongestWordAndAcceptsEitherApostrophe() {
    Pattern p =
        Pattern.compile(RegexTrie.of(List.of("christmas", "christmas day", "new year's eve")));
    assertThat(p.matcher("christmas  day").matches()).isTrue();
    assertThat(p.matcher("christmas").matches()).isTrue();
    assertThat(p.matcher("new year’s eve").matches()).isTrue();
    var m = p.matcher("christmas day");
    assertThat(m.lookingAt() && m.end() == 13).isTrue();
  }
}
