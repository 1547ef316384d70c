package org.attache.core.evaluate;

import static org.attache.core.brief.BriefHtml.esc;

import java.util.List;

/**
 * Renders an evaluation as one self-contained HTML page for an analyst: the measures, the shares,
 * the measures per event type and, when asked, every missed and extra event with its evidence
 * sentence. Everything from reports and gold files is escaped.
 *
 * <p>Example: {@code new EvaluationHtml().render(evaluation, "seeds, dev", true)}
 */
public final class EvaluationHtml {
  private static final String STYLE =
      "body{font-family:Georgia,serif;max-width:60em;margin:2em auto;color:#222;line-height:1.4}"
          + "h1{font-size:1.5em}h2{font-size:1.15em;border-bottom:1px solid #ccc;margin-top:1.6em}"
          + "table{border-collapse:collapse}td,th{padding:0.2em 0.7em;text-align:left;"
          + "border-bottom:1px solid #eee;vertical-align:top}td.n{text-align:right;"
          + "font-variant-numeric:tabular-nums}.missed{color:#8c1f1f}.extra{color:#1f4e8c}"
          + ".evidence{color:#555;font-style:italic}.muted{color:#777}";

  /**
   * @param against what was scored against (the gold folders), said under the heading
   * @param misses whether to list the missed and extra events
   */
  public String render(Evaluation e, String against, boolean misses) {
    StringBuilder h = new StringBuilder();
    h.append("<!DOCTYPE html>\n<html lang=\"en\"><head><meta charset=\"utf-8\"/>")
        .append("<title>Attaché evaluation</title><style>")
        .append(STYLE)
        .append("</style></head><body>\n<h1>Attaché evaluation</h1>\n<p>")
        .append(e.documents())
        .append(" gold reports (")
        .append(esc(against))
        .append("). Loose: an event of the same type between the same states; strict: also the")
        .append(" same date and, where both name persons, a participant in common.</p>\n");
    h.append("<h2>Figures</h2>\n");
    measures(h, "measure", e.measures());
    h.append("<table class=\"shares\"><tr><th>share</th><th>value</th></tr>\n");
    for (Evaluation.Share s : e.shares()) {
      h.append("<tr><td>")
          .append(esc(s.label()))
          .append("</td><td class=\"n\">")
          .append(Evaluation.show(s.value()))
          .append("</td></tr>\n");
    }
    h.append("</table>\n<h2>Events by type (loose)</h2>\n");
    measures(h, "type", e.byType());
    if (misses) {
      h.append("<h2>Missed and extra events</h2>\n");
      if (e.misses().isEmpty()) {
        h.append("<p class=\"muted\">None: every gold event was found and nothing else.</p>\n");
      } else {
        h.append("<table class=\"misses\"><tr><th>report</th><th></th><th>type</th>")
            .append("<th>date</th><th>states</th><th>evidence</th></tr>\n");
        for (Evaluation.Miss m : e.misses()) {
          String kind = m.kind() == Evaluation.Miss.Kind.MISSED ? "missed" : "extra";
          h.append("<tr class=\"")
              .append(kind)
              .append("\"><td>")
              .append(esc(m.report()))
              .append("</td><td>")
              .append(kind)
              .append("</td><td>")
              .append(esc(String.valueOf(m.type())))
              .append("</td><td>")
              .append(esc(m.date() == null ? "no date" : m.date()))
              .append("</td><td>")
              .append(esc(String.join(" ", m.countries().stream().map(String::valueOf).toList())))
              .append("</td><td class=\"evidence\">")
              .append(esc(m.evidence() == null ? "" : m.evidence()))
              .append("</td></tr>\n");
        }
        h.append("</table>\n");
      }
    }
    return h.append("</body></html>\n").toString();
  }

  private static void measures(StringBuilder h, String head, List<Evaluation.Measure> rows) {
    h.append("<table class=\"measures\"><tr><th>")
        .append(head)
        .append("</th><th>P</th><th>R</th><th>F1</th><th>TP</th><th>FP</th><th>FN</th></tr>\n");
    for (Evaluation.Measure row : rows) {
      h.append("<tr><td>").append(esc(row.label())).append("</td>");
      Prf p = row.prf();
      if (p == null) {
        h.append("<td class=\"muted\" colspan=\"6\">nothing to merge</td>");
      } else {
        for (String cell :
            List.of(
                Evaluation.show(p.p()),
                Evaluation.show(p.r()),
                Evaluation.show(p.f1()),
                Integer.toString(p.tp()),
                Integer.toString(p.fp()),
                Integer.toString(p.fn()))) {
          h.append("<td class=\"n\">").append(cell).append("</td>");
        }
      }
      h.append("</tr>\n");
    }
    h.append("</table>\n");
  }
}
