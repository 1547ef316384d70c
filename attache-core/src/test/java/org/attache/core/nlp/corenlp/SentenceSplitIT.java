package org.attache.core.nlp.corenlp;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.nlp.Sentence;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** Sentence ends as the reading sees them, with the language models, on sentences of our own. */
class SentenceSplitIT {

  private static List<String> sentences(String text) {
    return CoreNlpPipeline.standard().annotate(text, List.of(new Span(0, text.length()))).stream()
        .map(Sentence::span)
        .map(s -> s.of(text))
        .toList();
  }

  @ParameterizedTest(name = "{0}")
  @CsvSource(
      delimiter = '|',
      value = {
        // an abbreviated word in brackets inside a rank or a name ends no sentence
        "Lieutenant General (Ret.) Arif Surya met the delegation. The talks went on.|2",
        "The minister, Major General (retd.) Omar Farouk, spoke first. He left.|2",
        "Brigadier (Rtd.) Joseph Mensah said so.|1",
        // a bracket closed before the sentence's own period does not hold it open
        "The talks ended on Friday (AFP). The ministers left.|2",
        "The navy took part (see the map above.) The ships sailed.|2",
      })
  void aBracketedAbbreviationEndsNoSentence(String text, int count) {
    assertThat(sentences(text)).as("sentences of %s", text).hasSize(count);
  }
}
