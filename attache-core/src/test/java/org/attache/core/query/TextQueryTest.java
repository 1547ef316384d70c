package org.attache.core.query;

import static org.assertj.core.api.Assertions.assertThat;
import static org.assertj.core.api.Assertions.assertThatThrownBy;

import org.attache.core.Span;
import org.junit.jupiter.api.Test;

class TextQueryTest {
  private static final String TEXT =
      "The Army of Ruritania and the Navy of Elbonia opened the Joint Exercise in Baku.";

  @Test
  void matchesWholeWordsInAnyCaseNeverThePrefixOfALongerWord() {
    assertThat(TextQuery.parse("army").matches(TEXT)).isTrue();
    assertThat(TextQuery.parse("ARMY").matches(TEXT)).isTrue();
    assertThat(TextQuery.parse("arm").matches(TEXT)).isFalse();
    assertThat(TextQuery.parse("bak").matches(TEXT)).isFalse();
    assertThat(TextQuery.parse("rmy").matches(TEXT)).isFalse();
  }

  @Test
  void requiresEveryWord() {
    assertThat(TextQuery.parse("navy baku").matches(TEXT)).isTrue();
    assertThat(TextQuery.parse("navy ankara").matches(TEXT)).isFalse();
  }

  @Test
  void matchesAQuotedPhraseOnlyAsConsecutiveWords() {
    assertThat(TextQuery.parse("\"joint exercise\" Baku").matches(TEXT)).isTrue();
    assertThat(TextQuery.parse("\"exercise joint\"").matches(TEXT)).isFalse();
    assertThat(TextQuery.parse("\"army navy\"").matches(TEXT)).isFalse();
    assertThat(TextQuery.parse("\"opened the joint").matches(TEXT)).isTrue();
  }

  @Test
  void readsPunctuationInsideAWordAsAPhrase() {
    assertThat(TextQuery.parse("two-week").terms())
        .containsExactly(java.util.List.of("two", "week"));
    assertThat(TextQuery.parse("two-week").matches("a two-week drill")).isTrue();
    assertThat(TextQuery.parse("two-week").matches("a week, or two")).isFalse();
  }

  @Test
  void findsTheEarliestMatchOfAnyTerm() {
    assertThat(TextQuery.parse("baku navy").earliest(TEXT))
        .contains(new Span(TEXT.indexOf("Navy"), TEXT.indexOf("Navy") + 4));
    assertThat(TextQuery.parse("ankara").earliest(TEXT)).isEmpty();
  }

  @Test
  void refusesAQueryWithoutWordsSayingWhatToGive() {
    assertThatThrownBy(() -> TextQuery.parse(" \"\" -- "))
        .isInstanceOf(IllegalArgumentException.class)
        .hasMessageContaining("no word to look for")
        .hasMessageContaining("double quotes");
  }
}
