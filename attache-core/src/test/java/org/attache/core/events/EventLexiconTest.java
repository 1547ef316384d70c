package org.attache.core.events;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.Arrays;
import java.util.EnumSet;
import java.util.Set;
import java.util.stream.Collectors;
import org.junit.jupiter.api.Test;

class EventLexiconTest {
  private final EventLexicon lexicon = EventLexicon.standard();

  @Test
  void everyEventTypeHasTriggers() {
    Set<EventType> typed =
        lexicon.triggers().stream().map(EventLexicon.Rule::type).collect(Collectors.toSet());
    assertThat(typed).isEqualTo(EnumSet.allOf(EventType.class));
  }

  @Test
  void everyCueKindTheExtractorUsesIsInTheData() {
    for (String kind :
        Arrays.asList(
            "CANCEL",
            "GENERIC",
            "HABIT",
            "PLANNED",
            "REPORTING",
            "HONOUR",
            "BACKGROUND",
            "SAMEDAY")) {
      assertThat(lexicon.cues(kind)).as(kind).isNotEmpty();
    }
    assertThat(lexicon.adversaries("BEFORE")).isNotEmpty();
    assertThat(lexicon.adversaries("AFTER")).isNotEmpty();
    assertThat(lexicon.references("VISITOR")).isNotEmpty();
    assertThat(lexicon.references("BOTH")).isNotEmpty();
  }

  @Test
  void wordClassesAreExpandedIntoTriggers() {
    boolean weaponsFound =
        lexicon.triggers().stream()
            .filter(r -> r.type() == EventType.ARMS)
            .anyMatch(r -> r.pattern().matcher("agreed to purchase howitzers").find());
    assertThat(weaponsFound).isTrue();
  }

  @Test
  void cancellationCuesCatchCommonForms() {
    assertThat(EventLexicon.any(lexicon.cues("CANCEL"), "the drills were called off")).isTrue();
    assertThat(EventLexicon.any(lexicon.cues("CANCEL"), "the decision to cancel the visit"))
        .isTrue();
    assertThat(EventLexicon.any(lexicon.cues("CANCEL"), "the ministers met in Riga")).isFalse();
  }
}
