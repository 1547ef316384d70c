package org.attache.server;

import static org.assertj.core.api.Assertions.assertThat;

import java.util.List;
import java.util.Map;
import org.attache.core.Span;
import org.attache.core.events.EventStatus;
import org.attache.core.events.EventType;
import org.junit.jupiter.api.Test;

class NetworkSummaryTest {
  private static EventRecord event(
      String id, String day, List<String> states, EventParticipant... participants) {
    return new EventRecord(
        id,
        "r-" + id,
        "Report " + id,
        EventType.MEETING,
        "040",
        day,
        day,
        null,
        null,
        List.of(participants),
        states,
        null,
        EventStatus.HAPPENED,
        new Span(0, 10),
        "Sentence of " + id + ".",
        null,
        1,
        List.of());
  }

  private static EventParticipant person(String id, String name, String state) {
    return new EventParticipant(name, "participant", id, state, List.of());
  }

  private static Network.Edge edge(Network n, String a, String b) {
    return n.edges().stream()
        .filter(e -> e.source().equals(a) && e.target().equals(b))
        .findFirst()
        .orElseThrow(() -> new AssertionError("no edge " + a + " " + b + " in " + n.edges()));
  }

  @Test
  void countsSharedEventsPerPairWithTheirFirstAndLastDay() {
    Network n =
        NetworkSummary.of(
            List.of(
                event("e2", "2023-04-01", List.of("AZ", "PK"), person("p1", "Aliyev", "AZ")),
                event("e1", "2020", List.of("AZ", "PK")),
                event("e3", null, List.of("AZ", "PK", "TR"))),
            Map.of("p1", "Kamal Aliyev"));

    Network.Edge azPk = edge(n, "s:AZ", "s:PK");
    assertThat(azPk.weight()).isEqualTo(3);
    assertThat(azPk.first()).isEqualTo("2020");
    assertThat(azPk.last()).isEqualTo("2023-04-01");
    assertThat(azPk.events()).extracting(Network.EventLink::id).containsExactly("e2", "e1", "e3");
    assertThat(n.edges().get(0)).isEqualTo(azPk);
    assertThat(edge(n, "s:PK", "s:TR").weight()).isEqualTo(1);
    // The person is named as the catalog resolved them, not as the event's sentence gave it.
    assertThat(n.nodes())
        .filteredOn(x -> x.kind().equals("person"))
        .singleElement()
        .satisfies(
            p -> {
              assertThat(p.label()).isEqualTo("Kamal Aliyev");
              assertThat(p.personId()).isEqualTo("p1");
              assertThat(p.events()).isEqualTo(1);
            });
    assertThat(edge(n, "p:p1", "s:AZ").kind()).isEqualTo("serves");
  }

  @Test
  void linksPersonsWhoMetAndLeavesOutUnresolvedNamesAndRepeats() {
    Network n =
        NetworkSummary.of(
            List.of(
                event(
                    "e1",
                    "2022",
                    List.of("AZ", "PK"),
                    person("p1", "Kamal Aliyev", "AZ"),
                    person("p1", "Aliyev", "AZ"),
                    person("p2", "Omar Rana", null),
                    new EventParticipant("a colonel", "guest", null, "PK", List.of()))),
            Map.of());

    assertThat(n.nodes())
        .extracting(Network.Node::id)
        .containsExactlyInAnyOrder("s:AZ", "s:PK", "p:p1", "p:p2");
    assertThat(edge(n, "p:p1", "p:p2").kind()).isEqualTo("met");
    assertThat(edge(n, "p:p1", "p:p2").weight()).isEqualTo(1);
    // A person of unknown state has no state to serve.
    assertThat(n.edges()).noneMatch(e -> e.source().equals("p:p2") && e.kind().equals("serves"));
    assertThat(n.nodes())
        .filteredOn(x -> x.id().equals("p:p2"))
        .singleElement()
        .extracting(Network.Node::state)
        .isNull();
  }
}
