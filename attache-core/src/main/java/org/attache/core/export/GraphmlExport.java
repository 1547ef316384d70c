package org.attache.core.export;

import java.io.IOException;
import java.io.OutputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import javax.xml.stream.XMLOutputFactory;
import javax.xml.stream.XMLStreamException;
import javax.xml.stream.XMLStreamWriter;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;
import org.attache.core.states.StateLexicon;

/**
 * Writes {@code attache.graphml} for Gephi or yEd: persons and states are nodes, each event links
 * every pair of its participants and every pair of its states (undirected).
 *
 * <p>Example: a meeting of Hasanov (AZ) and Raza (PK) on 2023-10-28 gives nodes {@code p-…} and
 * {@code state:AZ}, {@code state:PK}, and two edges of type MEETING: person to person and state to
 * state.
 */
public final class GraphmlExport {
  static final String NS = "http://graphml.graphdrawing.org/xmlns";
  private static final String[][] KEYS = {
    {"kind", "node"}, {"name", "node"}, {"country", "node"},
    {"type", "edge"}, {"date", "edge"}, {"event", "edge"}
  };

  private final StateLexicon states = StateLexicon.standard();

  /** Writes {@code attache.graphml} into {@code dir}. */
  public void write(Path dir, Resolution resolution) throws IOException {
    Files.createDirectories(dir);
    try (OutputStream out = Files.newOutputStream(dir.resolve("attache.graphml"))) {
      write(out, resolution);
    } catch (XMLStreamException e) {
      throw new IOException("Cannot write GraphML: " + e.getMessage(), e);
    }
  }

  void write(OutputStream out, Resolution resolution) throws XMLStreamException {
    XMLStreamWriter x = XMLOutputFactory.newFactory().createXMLStreamWriter(out, "UTF-8");
    x.writeStartDocument("UTF-8", "1.0");
    x.writeStartElement("graphml");
    x.writeDefaultNamespace(NS);
    for (String[] key : KEYS) {
      x.writeEmptyElement("key");
      x.writeAttribute("id", key[0]);
      x.writeAttribute("for", key[1]);
      x.writeAttribute("attr.name", key[0]);
      x.writeAttribute("attr.type", "string");
    }
    x.writeStartElement("graph");
    x.writeAttribute("id", "attache");
    x.writeAttribute("edgedefault", "undirected");
    Map<String, String[]> nodes = nodes(resolution);
    for (Map.Entry<String, String[]> n : nodes.entrySet()) {
      x.writeStartElement("node");
      x.writeAttribute("id", n.getKey());
      data(x, "kind", n.getValue()[0]);
      data(x, "name", n.getValue()[1]);
      data(x, "country", n.getValue()[2]);
      x.writeEndElement();
    }
    int edge = 0;
    for (Occurrence o : resolution.occurrences()) {
      for (String[] pair : pairs(o, nodes)) {
        x.writeStartElement("edge");
        x.writeAttribute("id", "e" + edge++);
        x.writeAttribute("source", pair[0]);
        x.writeAttribute("target", pair[1]);
        data(x, "type", o.type().name());
        data(x, "date", o.date());
        data(x, "event", o.id());
        x.writeEndElement();
      }
    }
    x.writeEndElement();
    x.writeEndElement();
    x.writeEndDocument();
    x.close();
  }

  /** Node id to {kind, name, country}: every resolved person, every state of an event. */
  private Map<String, String[]> nodes(Resolution resolution) {
    Map<String, String[]> nodes = new LinkedHashMap<>();
    for (ResolvedPerson p : resolution.persons()) {
      nodes.put(p.id(), new String[] {"person", p.name(), p.country()});
    }
    for (Occurrence o : resolution.occurrences()) {
      for (String c : o.countries()) {
        nodes.putIfAbsent(stateNode(c), new String[] {"state", stateName(c), c});
      }
    }
    return nodes;
  }

  private static List<String[]> pairs(Occurrence o, Map<String, String[]> nodes) {
    List<String> people =
        o.participants().stream()
            .map(OccurrenceParticipant::person)
            .filter(Objects::nonNull)
            .filter(nodes::containsKey)
            .distinct()
            .toList();
    List<String[]> pairs = new ArrayList<>(pairsOf(people));
    pairs.addAll(pairsOf(o.countries().stream().map(GraphmlExport::stateNode).toList()));
    return pairs;
  }

  private static List<String[]> pairsOf(List<String> ids) {
    List<String[]> pairs = new ArrayList<>();
    for (int i = 0; i < ids.size(); i++) {
      for (int j = i + 1; j < ids.size(); j++) {
        pairs.add(new String[] {ids.get(i), ids.get(j)});
      }
    }
    return pairs;
  }

  static String stateNode(String code) {
    return "state:" + code;
  }

  private String stateName(String code) {
    String name = states.knows(code) ? states.name(code) : null;
    return name == null ? code : name;
  }

  private static void data(XMLStreamWriter x, String key, String value) throws XMLStreamException {
    if (value == null) {
      return;
    }
    x.writeStartElement("data");
    x.writeAttribute("key", key);
    x.writeCharacters(value);
    x.writeEndElement();
  }
}
