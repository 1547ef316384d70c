package org.attache.server;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.function.BiFunction;
import org.attache.core.Span;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.TextBlock;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;
import org.attache.core.states.StateMention;
import org.attache.core.time.Timex;

/**
 * The highlights of one report: the parts of the page that are not the report's prose (headline,
 * metadata, furniture), its sentences, persons' mentions, states, times and the evidence of its
 * events, ordered by where they start (longer first at the same start).
 */
final class ReportHighlights {
  private ReportHighlights() {}

  static List<Highlight> of(
      Reading r, List<EventRecord> events, BiFunction<String, String, Optional<String>> personId) {
    List<Highlight> out = new ArrayList<>();
    List<Span> sentences = r.sentences();
    for (int i = 0; i < sentences.size(); i++) {
      Span s = sentences.get(i);
      out.add(new Highlight("sentence", s.start(), s.end(), null, "s" + i));
    }
    for (TextBlock b : r.blocks()) {
      if (b.role() != BlockRole.BODY) {
        String role = b.role().name().toLowerCase(Locale.ROOT);
        out.add(new Highlight("block", b.span().start(), b.span().end(), role, null));
      }
    }
    for (Person p : r.persons()) {
      String label = p.country() == null ? p.name() : p.name() + " (" + p.country() + ")";
      String ref = personId.apply(r.id(), p.name()).orElse(null);
      for (Mention m : p.mentions()) {
        out.add(new Highlight("person", m.span().start(), m.span().end(), label, ref));
      }
    }
    for (StateMention m : r.states()) {
      out.add(new Highlight("state", m.span().start(), m.span().end(), m.code(), m.code()));
    }
    for (Timex t : r.times()) {
      out.add(new Highlight("time", t.span().start(), t.span().end(), t.value(), t.type().name()));
    }
    for (EventRecord e : events) {
      if (e.evidence() != null) {
        String label = e.type() + (e.date() == null ? "" : " " + e.date());
        out.add(new Highlight("evidence", e.evidence().start(), e.evidence().end(), label, e.id()));
      }
    }
    out.sort(
        Comparator.comparingInt(Highlight::start)
            .thenComparing(Comparator.comparingInt(Highlight::end).reversed()));
    return out;
  }
}
