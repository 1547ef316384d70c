package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;

/** Builds a {@link Network} from events: every pair taking part in one event is an edge. */
final class NetworkSummary {
  private NetworkSummary() {}

  /** A node while it is counted. */
  private static final class NodeTally {
    final String id;
    final String kind;
    final String label;
    final String state;
    int events;

    NodeTally(String id, String kind, String label, String state) {
      this.id = id;
      this.kind = kind;
      this.label = label;
      this.state = state;
    }
  }

  /** An edge while it is counted; its events come newest first, as the catalog lists them. */
  private record EdgeTally(String source, String target, String kind, List<EventRecord> events) {}

  /**
   * The network of the events; {@code names} gives a resolved person's full name by id, since an
   * event may name them by surname only.
   */
  static Network of(List<EventRecord> events, Map<String, String> names) {
    Map<String, NodeTally> nodes = new LinkedHashMap<>();
    Map<String, EdgeTally> edges = new LinkedHashMap<>();
    for (EventRecord e : events) {
      Set<String> here = new LinkedHashSet<>();
      for (String state : e.countries()) {
        here.add(node(nodes, "s:" + state, "state", state, state).id);
      }
      List<NodeTally> persons = new ArrayList<>();
      for (EventParticipant p : e.participants()) {
        if (p.personId() != null && here.add("p:" + p.personId())) {
          String name = names.getOrDefault(p.personId(), p.name());
          persons.add(node(nodes, "p:" + p.personId(), "person", name, p.country()));
        }
      }
      here.forEach(id -> nodes.get(id).events++);
      link(edges, e, e.countries().stream().map(s -> "s:" + s).toList(), "shared");
      link(edges, e, persons.stream().map(n -> n.id).toList(), "met");
      for (NodeTally p : persons) {
        if (p.state != null) {
          node(nodes, "s:" + p.state, "state", p.state, p.state);
          edge(edges, p.id, "s:" + p.state, "serves").events().add(e);
        }
      }
    }
    List<Network.Edge> out =
        edges.values().stream()
            .map(NetworkSummary::edge)
            .sorted(
                Comparator.comparingInt(Network.Edge::weight)
                    .reversed()
                    .thenComparing(Network.Edge::source)
                    .thenComparing(Network.Edge::target))
            .toList();
    return new Network(
        nodes.values().stream()
            .map(
                n ->
                    new Network.Node(
                        n.id,
                        n.kind,
                        n.label,
                        n.state,
                        n.kind.equals("person") ? n.id.substring(2) : null,
                        n.events))
            .toList(),
        out,
        events.size());
  }

  private static NodeTally node(
      Map<String, NodeTally> nodes, String id, String kind, String label, String state) {
    return nodes.computeIfAbsent(id, k -> new NodeTally(id, kind, label, state));
  }

  /** Every pair of the ids, each once. */
  private static void link(
      Map<String, EdgeTally> edges, EventRecord e, List<String> ids, String kind) {
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        edge(edges, ids.get(i), ids.get(j), kind).events().add(e);
      }
    }
  }

  private static EdgeTally edge(Map<String, EdgeTally> edges, String a, String b, String kind) {
    String source = a.compareTo(b) < 0 ? a : b;
    String target = source.equals(a) ? b : a;
    return edges.computeIfAbsent(
        source + " " + target, k -> new EdgeTally(source, target, kind, new ArrayList<>()));
  }

  private static Network.Edge edge(EdgeTally t) {
    List<String> days =
        t.events().stream().map(EventRecord::day).filter(d -> d != null).sorted().toList();
    return new Network.Edge(
        t.source(),
        t.target(),
        t.kind(),
        t.events().size(),
        days.isEmpty() ? null : days.get(0),
        days.isEmpty() ? null : days.get(days.size() - 1),
        t.events().stream().map(Network.EventLink::of).toList());
  }
}
