package org.attache.server;

import java.util.List;

/**
 * Who met whom: persons and states as nodes, taking part in the same events as weighted edges.
 *
 * <p>Example: a meeting of Elnur Gasimov (AZ) and Tariq Mahmood (PK) gives the nodes {@code p:ID1},
 * {@code p:ID2}, {@code s:AZ}, {@code s:PK}; a "met" edge between the two persons, a "shared" edge
 * between AZ and PK, and a "serves" edge from each person to their state.
 *
 * @param nodes the persons and states taking part in at least one event
 * @param edges the pairs taking part together, heaviest first
 * @param events how many events the network is built from
 */
public record Network(List<Node> nodes, List<Edge> edges, int events) {
  public Network {
    nodes = List.copyOf(nodes);
    edges = List.copyOf(edges);
  }

  /**
   * A person or a state.
   *
   * @param id {@code p:} and the person's id, or {@code s:} and the state's ISO alpha-2 code
   * @param kind "person" or "state"
   * @param label the person's name or the state's code
   * @param state the state: the node's own, or the one the person serves (null when unknown)
   * @param personId the resolved person's id, or null for a state
   * @param events how many events the node takes part in
   */
  public record Node(
      String id, String kind, String label, String state, String personId, int events) {}

  /**
   * Two nodes taking part in the same events.
   *
   * @param source a node's id
   * @param target the other node's id
   * @param kind "met" (two persons), "shared" (two states) or "serves" (a person and their state)
   * @param weight how many events
   * @param first the earliest known day of those events, or null
   * @param last the latest known day, or null
   * @param events the events, newest first, each with where its evidence is
   */
  public record Edge(
      String source,
      String target,
      String kind,
      int weight,
      String first,
      String last,
      List<EventLink> events) {
    public Edge {
      events = List.copyOf(events);
    }
  }

  /**
   * An event as an edge lists it: enough to show it and link to its evidence.
   *
   * @param id the event's id
   * @param reportId the report stating it
   * @param reportTitle the report's headline, or null
   * @param type the event type
   * @param day the best known day, or null
   * @param evidenceText the stating sentence
   */
  public record EventLink(
      String id,
      String reportId,
      String reportTitle,
      String type,
      String day,
      String evidenceText) {
    static EventLink of(EventRecord e) {
      return new EventLink(
          e.id(), e.reportId(), e.reportTitle(), e.type().name(), e.day(), e.evidenceText());
    }
  }
}
