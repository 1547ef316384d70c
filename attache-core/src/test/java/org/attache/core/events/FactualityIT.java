package org.attache.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import org.attache.core.Span;
import org.attache.core.events.Factuality.Status;
import org.attache.core.nlp.Sentence;
import org.attache.core.nlp.corenlp.CoreNlpPipeline;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * The factuality of a trigger from its clause's parse, on sentences the team wrote, with the
 * language models (the parse is CoreNLP's Universal Dependencies).
 */
class FactualityIT {

  private static String lastParse = "";

  private static Status statusOf(String sentence, String trigger) {
    List<Sentence> parsed =
        CoreNlpPipeline.standard().annotate(sentence, List.of(new Span(0, sentence.length())));
    assertThat(parsed).hasSize(1);
    int at = sentence.indexOf(trigger);
    assertThat(at).as("trigger in the sentence").isNotNegative();
    StringBuilder parse = new StringBuilder();
    List<org.attache.core.nlp.Token> ts =
        CoreNlpPipeline.standard().parser().parse(parsed.get(0).tokens());
    for (int i = 0; i < ts.size(); i++) {
      org.attache.core.nlp.Token t = ts.get(i);
      parse.append(i).append(':').append(t.word()).append('/').append(t.pos()).append(' ');
      parse.append(t.relation()).append('>').append(t.head()).append("  ");
    }
    Factuality.Reading r = Factuality.standard().of(ts, new Span(at, at + trigger.length()));
    assertThat(r).as("a reading of the parsed sentence %s", parse).isNotNull();
    lastParse = parse.toString();
    return r.status();
  }

  @ParameterizedTest(name = "{0} [{1}] -> {2}")
  @CsvSource(
      delimiter = '|',
      value = {
        // polarity
        "Officials denied that the defence ministers met in Ankara in March.|met|DENIED",
        "The ministry rejected reports that the two armies held joint drills.|held joint drills|DENIED",
        "The army chiefs did not meet during the summit in Geneva.|meet|NEGATED",
        "No talks were held between the two delegations.|talks|NEGATED",
        "The navy refused to take part in the exercise.|take part|NEGATED",
        // cancelled and postponed: the governing word, not its neighbourhood
        "The planned visit of the minister to Baku was called off.|visit|CANCELLED",
        "The minister's visit to Baku was called off because of the storm.|visit|CANCELLED",
        "The joint exercise was postponed until next spring.|exercise|POSTPONED",
        "Talks between the two chiefs of staff collapsed on Friday.|Talks|CANCELLED",
        "The visit, which had been postponed in March, took place on Monday.|visit|HAPPENED",
        "The planned visit of the minister to Baku drew criticism from the opposition.|visit|PLANNED",
        "The ministers reviewed preparations for the upcoming joint exercise.|exercise|PLANNED",
        "A possible sale of frigates to Manila was not confirmed.|sale|NEGATED",
        "The chief of staff was scheduled to visit Cairo on Sunday.|visit|NEGATED",
        "The minister had been due to fly to Rome for talks.|fly|NEGATED",
        "The minister had been due to travel to Oslo for talks with his counterpart.|talks|NEGATED",
        "The minister travelled to Oslo for talks with his counterpart.|talks|HAPPENED",
        "A third and final batch of eight vehicles will follow in 2027.|third and final batch|PLANNED",
        "The first batch of eight vehicles was unloaded at Dakar in February.|first batch|HAPPENED",
        "The minister had planned to meet his counterpart in Oslo.|meet|NEGATED",
        "The chief of staff is scheduled to visit Cairo on Sunday.|visit|PLANNED",
        // modality and conditions
        "Officials said the two sides could sign a defence pact next year.|sign|HYPOTHETICAL",
        "Officials said they could sign a contract for a second batch of the tanks.|batch|HYPOTHETICAL",
        "If approved, the sale of the howitzers would be completed next year.|sale|HYPOTHETICAL",
        "The ministers would meet again if the ceasefire held.|meet|HYPOTHETICAL",
        "Jakarta hopes to buy twelve more fighter jets from Paris.|buy|HYPOTHETICAL",
        "During the visit the minister pressed for new orders of tanks.|orders|HYPOTHETICAL",
        "The opposition called for talks between the two defence ministers.|talks|HYPOTHETICAL",
        // planned
        "The ministers agreed to hold joint exercises next year.|exercises|PLANNED",
        "The minister is to visit Russia in May.|visit|PLANNED",
        "The chief of staff will travel to Seoul next week.|travel|PLANNED",
        "The exercise is expected to take place in October.|exercise|PLANNED",
        "The two countries signed an agreement on Monday.|signed|HAPPENED",
        "The agreement is expected to boost trade between the two countries.|agreement|HAPPENED",
        // habits
        "The two navies regularly exercise together in the Arabian Sea.|exercise|GENERIC",
        // what happened, told by a reporting verb
        "The ministry said the ministers met in Ankara on Tuesday.|met|HAPPENED",
        "After talks with his counterpart, the minister denied the reports.|talks|HAPPENED",
        "Troops of the two countries are holding drills near the border.|holding drills|HAPPENED",
      })
  void readsTheClauseOfTheTrigger(String sentence, String trigger, Status expected) {
    Status status = statusOf(sentence, trigger);
    assertThat(status).as("the status read from the parse %s", lastParse).isEqualTo(expected);
  }
}
