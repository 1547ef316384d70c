package org.attache.core.read;

import java.time.LocalDate;
import java.time.format.DateTimeParseException;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.attache.core.Span;
import org.attache.core.events.Event;
import org.attache.core.events.EventExtractor;
import org.attache.core.events.ReportFacts;
import org.attache.core.ingest.SourceText;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.Layout;
import org.attache.core.meta.LayoutReader;
import org.attache.core.meta.ReportMeta;
import org.attache.core.meta.TextBlock;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.LanguagePipeline;
import org.attache.core.nlp.Sentence;
import org.attache.core.nlp.corenlp.CoreNlpPipeline;
import org.attache.core.persons.Person;
import org.attache.core.persons.PersonReader;
import org.attache.core.persons.TitleLexicon;
import org.attache.core.persons.TitleMatch;
import org.attache.core.resolve.NameKey;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.PlaceMention;
import org.attache.core.states.StateLexicon;
import org.attache.core.states.StateMention;
import org.attache.core.time.TimeAnchor;
import org.attache.core.time.Timex;
import org.attache.core.time.TimexTagger;

/**
 * Reads one report: layout and metadata, then states, dates, sentences, persons and events of its
 * body.
 *
 * <p>Example: {@code ReportReader.standard().read(source).persons()}
 *
 * <p>Thread-safe: every stage is immutable or, for CoreNLP, safe to share between threads.
 */
public final class ReportReader {
  /** Bump when a change to the reading should replace stored readings. */
  public static final String VERSION = "0.3.0";

  private final LayoutReader layouts;
  private final StateLexicon states;
  private final TitleLexicon titles;
  private final TimexTagger times;
  private final LanguagePipeline nlp;
  private final PersonReader persons;
  private final PlaceGazetteer places = PlaceGazetteer.standard();
  private final EventExtractor events = EventExtractor.standard();

  public ReportReader(
      LayoutReader layouts,
      StateLexicon states,
      TitleLexicon titles,
      TimexTagger times,
      LanguagePipeline nlp) {
    this.layouts = layouts;
    this.states = states;
    this.titles = titles;
    this.times = times;
    this.nlp = nlp;
    this.persons = new PersonReader(states, titles, PlaceGazetteer.standard(), notPersons());
  }

  /** The project's reading with CoreNLP; loads the models on first use. */
  public static ReportReader standard() {
    return new ReportReader(
        LayoutReader.standard(),
        StateLexicon.standard(),
        TitleLexicon.standard(),
        TimexTagger.standard(),
        CoreNlpPipeline.standard());
  }

  public Reading read(SourceText source) {
    String text = source.text();
    Layout layout = layouts.read(text);
    ReportMeta meta = layout.meta().preferring(source.origin().hints());
    List<Span> body = layout.body().stream().map(TextBlock::span).toList();
    List<StateMention> stateMentions = find(body, r -> states.find(text, r));
    List<TitleMatch> titleMatches = find(body, r -> titles.find(text, r));
    List<Timex> timexes = times.tag(text, body, anchor(meta));
    List<Sentence> sentences = nlp.annotate(text, body);
    List<Span> headlines =
        layout.blocks().stream()
            .filter(b -> b.role() == BlockRole.HEADLINE)
            .map(TextBlock::span)
            .toList();
    PersonReader.Headline headline =
        new PersonReader.Headline(
            headlines,
            find(headlines, r -> titles.find(text, r)),
            find(headlines, r -> states.find(text, r)));
    DependencyParser parser = DependencyParser.memoized(nlp.parser());
    List<Person> people =
        persons.read(text, sentences, titleMatches, stateMentions, meta, headline, parser);
    List<PlaceMention> placeMentions = find(body, r -> places.find(text, r));
    List<Event> found =
        events.extract(
            new ReportFacts(
                text, meta, sentences, stateMentions, placeMentions, timexes, people, parser));
    return new Reading(
        source.id(),
        source.path(),
        source.sha256(),
        meta,
        layout.blocks(),
        sentences.stream().map(Sentence::span).toList(),
        stateMentions,
        timexes,
        people,
        found,
        VERSION);
  }

  /** The report's own date, when the text gives a full one: relative dates resolve against it. */
  public static TimeAnchor anchor(ReportMeta meta) {
    for (String d : new String[] {meta.published(), meta.datelineDate()}) {
      if (d != null && d.matches("\\d{4}-\\d{2}-\\d{2}")) {
        try {
          return TimeAnchor.of(LocalDate.parse(d));
        } catch (DateTimeParseException e) {
          // an impossible date such as 2021-02-30: no anchor from it
        }
      }
    }
    return TimeAnchor.NONE;
  }

  private interface RegionFinder<T> {
    List<T> find(Span region);
  }

  private static <T> List<T> find(List<Span> regions, RegionFinder<T> finder) {
    return regions.stream().flatMap(r -> finder.find(r).stream()).toList();
  }

  private static Set<String> notPersons() {
    Set<String> out = new HashSet<>();
    LexiconFile.rows(PersonReader.class, "not-persons.txt")
        .forEach(row -> out.add(NameKey.of(row.get(0)).folded()));
    return out;
  }
}
