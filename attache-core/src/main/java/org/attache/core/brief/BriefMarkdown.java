package org.attache.core.brief;

import java.util.List;
import java.util.Map;

/**
 * Renders a brief as Markdown: the same sentences as the HTML, the chart as a table of counts.
 * Report text is escaped so that it cannot open links, headings or HTML.
 *
 * <p>Example: {@code new BriefMarkdown().render(brief)}
 */
public final class BriefMarkdown {

  public String render(Brief brief) {
    BriefText text = new BriefText(brief);
    StringBuilder m = new StringBuilder("# ").append(esc(text.title())).append("\n\n");
    section(m, "Summary", text.summary());
    m.append("## Events by year and type\n\n");
    Map<Integer, Map<org.attache.core.events.EventType, Integer>> byYear = brief.byYear();
    List<org.attache.core.events.EventType> types = List.copyOf(brief.byType().keySet());
    m.append("| Year |");
    types.forEach(t -> m.append(' ').append(Labels.shortName(t)).append(" |"));
    m.append("\n|---|").append("---|".repeat(types.size())).append('\n');
    byYear.forEach(
        (year, counts) -> {
          m.append("| ").append(year).append(" |");
          types.forEach(t -> m.append(' ').append(counts.getOrDefault(t, 0)).append(" |"));
          m.append('\n');
        });
    m.append('\n');
    section(m, "Timeline of key events", text.timeline());
    section(m, "Officials of " + brief.aName(), text.officials(brief.a()));
    section(m, "Officials of " + brief.bName(), text.officials(brief.b()));
    text.highlights().forEach((title, statements) -> section(m, title, statements));
    m.append("## Sources\n\n");
    for (Citation c : brief.citations()) {
      m.append(c.number()).append(". ").append(esc(c.source())).append('.');
      if (!c.evidence().isEmpty()) {
        m.append(" *\u201c").append(esc(c.quote())).append("\u201d*");
      }
      m.append(" (report ").append(esc(c.document())).append(")\n");
    }
    return m.toString();
  }

  private static void section(StringBuilder m, String title, List<Statement> statements) {
    m.append("## ").append(esc(title)).append("\n\n");
    if (statements.isEmpty()) {
      m.append("None recorded.\n\n");
      return;
    }
    for (Statement s : statements) {
      m.append("- ").append(esc(s.text()));
      if (!s.citations().isEmpty()) {
        m.append(' ').append(s.cites().replace("[", "\\[").replace("]", "\\]"));
      }
      m.append('\n');
    }
    m.append('\n');
  }

  /** Backslash-escapes Markdown's active characters and HTML's angle brackets. */
  static String esc(String s) {
    StringBuilder out = new StringBuilder(s.length());
    for (char ch : s.toCharArray()) {
      if ("\\`*_[]<>#|".indexOf(ch) >= 0) {
        out.append('\\');
      }
      out.append(ch == '\n' ? ' ' : ch);
    }
    return out.toString();
  }
}
