package org.attache.core.export;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import javax.xml.parsers.DocumentBuilderFactory;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import org.w3c.dom.Document;
import org.w3c.dom.Element;
import org.w3c.dom.NodeList;

class GraphmlExportTest {
  @TempDir Path dir;

  @Test
  void writesPersonsAndStatesAsNodesAndEventsAsUndirectedEdges() throws Exception {
    new GraphmlExport().write(dir, ExportFixture.resolution());

    DocumentBuilderFactory f = DocumentBuilderFactory.newInstance();
    f.setNamespaceAware(true);
    Document doc = f.newDocumentBuilder().parse(dir.resolve("attache.graphml").toFile());
    Element graph = (Element) doc.getElementsByTagNameNS(GraphmlExport.NS, "graph").item(0);
    assertThat(graph.getAttribute("edgedefault")).isEqualTo("undirected");
    assertThat(ids(doc, "node")).containsExactly("p-qadir", "p-aliyev", "state:AZ", "state:PK");
    NodeList edges = doc.getElementsByTagNameNS(GraphmlExport.NS, "edge");
    // The visit links the two officials and the two states; agreement and drill the states.
    assertThat(edges.getLength()).isEqualTo(4);
    Element first = (Element) edges.item(0);
    assertThat(first.getAttribute("source")).isEqualTo("p-qadir");
    assertThat(first.getAttribute("target")).isEqualTo("p-aliyev");
    assertThat(first.getTextContent()).contains("VISIT").contains("2022-05-02").contains("e-visit");
    assertThat(doc.getDocumentElement().getTextContent()).contains("Azerbaijan", "Pakistan");
  }

  private static List<String> ids(Document doc, String tag) {
    NodeList nodes = doc.getElementsByTagNameNS(GraphmlExport.NS, tag);
    List<String> out = new ArrayList<>();
    for (int i = 0; i < nodes.getLength(); i++) {
      out.add(((Element) nodes.item(i)).getAttribute("id"));
    }
    return out;
  }
}
