package org.attache.core.events;

import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.meta.ReportMeta;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.Sentence;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.StateLexicon;
import org.attache.core.time.TimeAnchor;
import org.attache.core.time.TimexTagger;

/**
 * Builds the facts of a test report without language models: sentences split at full stops, the
 * project's own state, place and time readers, and persons given by hand.
 */
final class Reports {
  /** A sentence ends at a full stop or at a blank line (a headline). */
  private static final Pattern SENTENCE =
      Pattern.compile("(?:[^.!?\\n]|\\n(?!\\n))+(?:[.!?]+|(?=\\n\\n)|$)");

  private Reports() {}

  /**
   * @param published the report's date ({@code 2023-05-25}) or null
   * @param persons "Full Name=CC" pairs, or "Full Name=CC=Title;Title" with the person's titles;
   *     every occurrence of the full name or its last word is a mention
   */
  static ReportFacts of(String text, String published, String... persons) {
    return datelined(text, published, null, persons);
  }

  /** As {@link #of}, with the city of the report's dateline ("Accra"), or null. */
  static ReportFacts datelined(String text, String published, String dateline, String... persons) {
    List<Sentence> sentences = new ArrayList<>();
    Matcher m = SENTENCE.matcher(text);
    while (m.find()) {
      int start = m.start();
      while (start < m.end() && Character.isWhitespace(text.charAt(start))) {
        start++;
      }
      if (start < m.end()) {
        sentences.add(new Sentence(new Span(start, m.end()), List.of()));
      }
    }
    Span all = new Span(0, text.length());
    TimeAnchor anchor =
        published == null ? TimeAnchor.NONE : TimeAnchor.of(LocalDate.parse(published));
    ReportMeta meta = new ReportMeta(null, null, null, published, dateline, null, null);
    return new ReportFacts(
        text,
        meta,
        sentences,
        StateLexicon.standard().find(text, all),
        PlaceGazetteer.standard().find(text, all),
        TimexTagger.standard().tag(text, List.of(all), anchor),
        persons(text, persons),
        DependencyParser.NONE);
  }

  static List<Event> events(String text, String published, String... persons) {
    return EventExtractor.standard().extract(of(text, published, persons));
  }

  private static List<Person> persons(String text, String... persons) {
    List<Person> out = new ArrayList<>();
    for (String p : persons) {
      String[] parts = p.split("=");
      String name = parts[0];
      String last = name.substring(name.lastIndexOf(' ') + 1);
      List<Mention> mentions = new ArrayList<>();
      Matcher m =
          Pattern.compile("\\b(?:" + Pattern.quote(name) + "|" + Pattern.quote(last) + ")\\b")
              .matcher(text);
      while (m.find()) {
        mentions.add(new Mention(new Span(m.start(), m.end()), m.group()));
      }
      List<String> titles = parts.length > 2 ? List.of(parts[2].split(";")) : List.of();
      out.add(new Person(name, parts[1], titles, mentions));
    }
    return out;
  }
}
