package org.attache.core.brief;

import java.util.Base64;
import java.util.List;
import java.util.Map;

/**
 * Renders a brief as one self-contained XHTML page (well-formed, so a PDF renderer can take it).
 * Everything from reports is escaped: report text is untrusted.
 *
 * <p>Example: {@code new BriefHtml(BriefHtml.Chart.SVG).render(brief)}
 */
public final class BriefHtml {
  /** How the chart is embedded: inline SVG, or a PNG picture (for renderers without SVG). */
  public enum Chart {
    SVG,
    PNG
  }

  private static final String STYLE =
      "body{font-family:Georgia,serif;max-width:46em;margin:2em auto;color:#222;line-height:1.4}"
          + "h1{font-size:1.6em}h2{font-size:1.2em;border-bottom:1px solid #ccc;margin-top:1.6em}"
          + "sup{white-space:nowrap}sup a{text-decoration:none;color:#1f4e8c}"
          + "ol.sources li{font-size:0.9em;margin-bottom:0.4em}"
          + ".evidence{color:#555;font-style:italic}.muted{color:#777}";

  private final Chart chart;

  public BriefHtml(Chart chart) {
    this.chart = chart;
  }

  public String render(Brief brief) {
    BriefText text = new BriefText(brief);
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html xmlns=\"http://www.w3.org/1999/xhtml\" lang=\"en\"><head>")
        .append("<meta charset=\"utf-8\"/><title>")
        .append(esc(text.title()))
        .append("</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>")
        .append(esc(text.title()))
        .append("</h1>\n");
    section(h, "Summary", text.summary());
    h.append("<h2>Events by year and type</h2>\n<div class=\"chart\">");
    YearChart c = new YearChart(brief.byYear());
    if (chart == Chart.SVG) {
      h.append(c.svg());
    } else {
      h.append(
              "<img alt=\"Events by year and type\" style=\"width:16cm\" src=\"data:image/png;base64,")
          .append(Base64.getEncoder().encodeToString(c.png()))
          .append("\"/>");
    }
    h.append("</div>\n");
    section(h, "Timeline of key events", text.timeline());
    section(h, "Officials of " + brief.aName(), text.officials(brief.a()));
    section(h, "Officials of " + brief.bName(), text.officials(brief.b()));
    for (Map.Entry<String, List<Statement>> s : text.highlights().entrySet()) {
      section(h, s.getKey(), s.getValue());
    }
    sources(h, brief.citations());
    return h.append("</body></html>\n").toString();
  }

  private void section(StringBuilder h, String title, List<Statement> statements) {
    h.append("<h2>").append(esc(title)).append("</h2>\n");
    if (statements.isEmpty()) {
      h.append("<p class=\"muted\">None recorded.</p>\n");
      return;
    }
    h.append("<ul>\n");
    for (Statement s : statements) {
      h.append("<li>").append(esc(s.text())).append(cites(s)).append("</li>\n");
    }
    h.append("</ul>\n");
  }

  private String cites(Statement s) {
    if (s.citations().isEmpty()) {
      return "";
    }
    if (chart == Chart.PNG) {
      // For print: one run of text, no-break spaces, so that a citation never splits over lines.
      return " <sup>" + s.cites().replace(" ", "\u00a0") + "</sup>";
    }
    // Brackets sit inside the links: a lone "[" at the end of a line reads badly.
    StringBuilder c = new StringBuilder(" <sup>");
    List<String> runs = s.runs();
    for (int i = 0; i < runs.size(); i++) {
      String first = runs.get(i).split("-")[0];
      c.append(i == 0 ? "" : ",\u00a0")
          .append("<a href=\"#src-")
          .append(first)
          .append("\">")
          .append(i == 0 ? "[" : "")
          .append(runs.get(i))
          .append(i == runs.size() - 1 ? "]" : "")
          .append("</a>");
    }
    return c.append("</sup>").toString();
  }

  private static void sources(StringBuilder h, List<Citation> citations) {
    h.append("<h2>Sources</h2>\n<ol class=\"sources\">\n");
    for (Citation c : citations) {
      h.append("<li id=\"src-").append(c.number()).append("\">");
      h.append(esc(c.source())).append(". ");
      if (!c.evidence().isEmpty()) {
        h.append("<span class=\"evidence\">\u201c").append(esc(c.quote())).append("\u201d</span> ");
      }
      h.append("<span class=\"muted\">(report ").append(esc(c.document())).append(")</span>");
      h.append("</li>\n");
    }
    h.append("</ol>\n");
  }

  private static String or(String s, String fallback) {
    return s == null || s.isBlank() ? fallback : s;
  }

  /** Escapes text for XHTML content and attribute values. */
  public static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      switch (ch) {
        case '&' -> out.append("&amp;");
        case '<' -> out.append("&lt;");
        case '>' -> out.append("&gt;");
        case '"' -> out.append("&quot;");
        case '\'' -> out.append("&#39;");
        default -> {
          // Control characters are not allowed in XML: a PDF renderer would reject the page.
          if (ch >= 0x20 || ch == '\n' || ch == '\t') {
            out.append(ch);
          }
        }
      }
    }
    return out.toString();
  }
}
