package org.attache.core.resolve;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.events.EventType;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.query.SourceCount;
import org.attache.core.read.Reading;
import org.junit.jupiter.api.Test;

/** Two stories one outlet and one author filed on one day with a paragraph in common. */
class SameDayEditionsTest {
  private static final String SHARED =
      "The defence ministers of Ruritania and Elbonia met in Vellmar on Tuesday and agreed to"
          + " hold a joint staff exercise next spring, their ministries said in a statement.";
  private static final String MORNING = SHARED + "\n\nThe meeting lasted two hours.\n";
  private static final String EVENING =
      SHARED
          + "\n\nLater in the day the Elbonian minister laid a wreath at the memorial to the fallen"
          + " and visited the naval academy, where he spoke to cadets about the two fleets.\n\n"
          + "Both ministers expect to meet again in Elbonia in the autumn, officials said, though no"
          + " date has been set for the visit and its agenda remains open.\n\n"
          + "Ruritania and Elbonia signed a defence cooperation plan last year covering training,"
          + " medical support and the exchange of instructors between their war colleges.\n";

  private static final ReportMeta COURIER =
      new ReportMeta(null, "Vellmar Courier", "Anna Berg", "2024-03-05", null, null, null);

  @Test
  void theirWordingAloneDoesNotMakeThemReprints() {
    ReprintFamilies byWording =
        new ReprintDetector().families(Map.of("am", body(MORNING), "pm", body(EVENING)));

    assertThat(byWording.sameText("am", "pm")).isFalse();
  }

  @Test
  void countAsOneIndependentSource() {
    SourceCount counted = count(COURIER, COURIER);

    assertThat(counted).isEqualTo(new SourceCount(1, 2, 1, 1, 0));
  }

  @Test
  void anotherDayAnotherAuthorOrAnotherOutletStaysAnotherSource() {
    ReportMeta nextDay =
        new ReportMeta(null, "Vellmar Courier", "Anna Berg", "2024-03-06", null, null, null);
    ReportMeta otherAuthor =
        new ReportMeta(null, "Vellmar Courier", "Jonas Holm", "2024-03-05", null, null, null);
    ReportMeta otherOutlet =
        new ReportMeta(null, "Elbonian Times", "Anna Berg", "2024-03-05", null, null, null);

    assertThat(count(COURIER, nextDay).independentSources()).isEqualTo(2);
    assertThat(count(COURIER, otherAuthor).independentSources()).isEqualTo(2);
    assertThat(count(COURIER, otherOutlet).independentSources()).isEqualTo(2);
  }

  @Test
  void aShortParagraphInCommonJoinsNothing() {
    String a = "The meeting lasted two hours.\n";
    assertThat(SameDayEditions.keys(reading("a", COURIER, a), a)).isEmpty();
    assertThat(SameDayEditions.keys(reading("m", COURIER, MORNING), MORNING)).hasSize(1);
  }

  /** The morning story under {@code first}, the evening one under {@code second}, one meeting. */
  private static SourceCount count(ReportMeta first, ReportMeta second) {
    List<Reading> readings = List.of(reading("am", first, MORNING), reading("pm", second, EVENING));
    Resolution r = Resolution.of(readings, Map.of("am", MORNING, "pm", EVENING));
    assertThat(r.occurrences()).hasSize(1);
    return SourceCount.of(
        r.occurrences(), r.reprints(), Map.of("am", first.published(), "pm", second.published()));
  }

  /** A reading whose paragraphs are body blocks and which tells of the meeting in Vellmar. */
  private static Reading reading(String id, ReportMeta meta, String text) {
    List<TextBlock> blocks = new ArrayList<>();
    int at = 0;
    for (String paragraph : text.split("\n\n")) {
      int start = text.indexOf(paragraph, at);
      int end = start + paragraph.strip().length();
      blocks.add(new TextBlock(new Span(start, end), BlockRole.BODY));
      at = end;
    }
    return new Reading(
        id,
        id + ".txt",
        id,
        meta,
        blocks,
        List.of(),
        List.of(),
        List.of(),
        List.of(),
        List.of(EventFixtures.event(EventType.MEETING, "2024-03-05", "Vellmar", "AZ", "PK")),
        "t");
  }

  private static String body(String text) {
    return text.replace("\n\n", "\n");
  }
}
