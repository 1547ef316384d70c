package org.attache.core.persons;

import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.Set;
import java.util.regex.Pattern;
import org.attache.core.Span;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.meta.ReportMeta;
import org.attache.core.nlp.DependencyParser;
import org.attache.core.nlp.Sentence;
import org.attache.core.resolve.NameKey;
import org.attache.core.resolve.ShortForms;
import org.attache.core.states.Place;
import org.attache.core.states.PlaceGazetteer;
import org.attache.core.states.StateLexicon;
import org.attache.core.states.StateMention;

/**
 * Reads the persons acting in one report: their names, every mention, their titles and the state
 * each serves.
 *
 * <p>Example: "Minister of Defense of the Republic of Azerbaijan, Colonel General Zakir Hasanov ...
 * Hasanov said" gives one person "Zakir Hasanov", AZ, titles [Minister of Defense, Colonel
 * General], mentions [Zakir Hasanov, Hasanov].
 */
public final class PersonReader {
  private final StateLexicon states;
  private final TitleLexicon titles;
  private final Set<String> notPersons;

  /** What stands before a ship's name: "the aircraft carrier", "frigates FS Forbin and". */
  private static final Pattern VESSEL_BEFORE =
      Pattern.compile(
          "(?:(?i:carrier|frigates?|destroyers?|corvettes?|submarines?|vessels?|ships?|boats?)|"
              + "\\b(?:FS|INS|HMS|USS|PNS|TCG|HMAS|HMCS|ROKS|JS))\\s+(?:\\p{Lu}[\\p{L}-]*\\s+(?:and\\s+)?)*$");

  /** What follows a company's name: "Hyundai Rotem Co.". */
  private static final Pattern COMPANY_AFTER =
      Pattern.compile(
          "^\\s*(?:Co\\.|Corp\\b|Corporation|Inc\\b|Ltd\\b|LLC|Group|Company|Holdings)");

  private final PlaceGazetteer places;

  /** Between two names of one list: "Ivan Orlov of Russia and ", "Ivan Orlov, ". */
  private static final Pattern LIST_GAP =
      Pattern.compile("(?:\\s+of\\s+(?:the\\s+)?\\p{Lu}[\\p{L} ]{1,40}?)?\\s*(?:,|,?\\s+and)\\s+");

  /** An office in the plural: "Defense Ministers", not "Chief of Staff" or "Affairs". */

  /** "his Russian counterpart", "its counterpart," just before a name or its titles. */
  private static final Set<String> PLACE_FIRST = placeWords("first");

  private static final Set<String> PLACE_LAST = placeWords("last");

  private static Set<String> placeWords(String where) {
    return LexiconFile.rows(PersonReader.class, "place-words.txt").stream()
        .filter(row -> row.get(0).equals(where))
        .map(row -> row.get(1).toLowerCase(Locale.ROOT))
        .collect(java.util.stream.Collectors.toUnmodifiableSet());
  }

  private static final Pattern COUNTERPART_BEFORE =
      Pattern.compile("(?i)\\bcounterparts?\\s*,?\\s*$");

  public PersonReader(
      StateLexicon states, TitleLexicon titles, PlaceGazetteer places, Set<String> notPersons) {
    this.states = states;
    this.titles = titles;
    this.places = places;
    this.notPersons = notPersons;
  }

  /**
   * One found name with what stands around it; {@code inBody} is false for a headline's naming of a
   * person of the body, which lends him its titles and state but is not a mention to cite.
   */
  private record Found(
      Mention mention,
      NameKey key,
      List<TitleMatch> titles,
      PersonCountry.Attribution country,
      boolean inBody,
      int sentence,
      Set<String> othersStates) {}

  /**
   * The headline's stretches of text with the titles and states in them: a headline often names a
   * person in full ("Defence Minister of Uzbekistan Ivan Petrov visits Turkey") whom the body then
   * calls by name alone.
   */
  public record Headline(List<Span> spans, List<TitleMatch> titles, List<StateMention> states) {
    public static final Headline NONE = new Headline(List.of(), List.of(), List.of());

    public Headline {
      spans = List.copyOf(spans);
      titles = List.copyOf(titles);
      states = List.copyOf(states);
    }
  }

  public List<Person> read(
      String text,
      List<Sentence> sentences,
      List<TitleMatch> titleMatches,
      List<StateMention> stateMentions,
      ReportMeta meta) {
    return read(
        text, sentences, titleMatches, stateMentions, meta, Headline.NONE, DependencyParser.NONE);
  }

  /**
   * The report's persons; {@code parser} is asked for a sentence's parse only where a state named
   * in it may be a person's: the state in his own phrase is his ({@link NamePhrase}).
   */
  public List<Person> read(
      String text,
      List<Sentence> sentences,
      List<TitleMatch> titleMatches,
      List<StateMention> stateMentions,
      ReportMeta meta,
      Headline headline,
      DependencyParser parser) {
    List<Found> found = new ArrayList<>();
    String datelineState = datelineState(meta, stateMentions);
    for (int si = 0; si < sentences.size(); si++) {
      Sentence s = sentences.get(si);
      List<Found> inSentence = new ArrayList<>();
      List<TitleMatch> sentenceTitles =
          titleMatches.stream().filter(t -> s.span().contains(t.span().start())).toList();
      for (Span span : NameCandidates.find(text, s, titleMatches)) {
        String name = span.of(text);
        if (isPerson(name, meta) && !namesAThing(text, span, s.span())) {
          List<TitleMatch> chain =
              TitleChain.around(text, span, s.span(), s.tokens(), titleMatches);
          PersonCountry.Attribution country =
              PersonCountry.of(
                  text,
                  span,
                  s,
                  chain,
                  stateMentions,
                  sentenceTitles,
                  datelineState,
                  () -> parser.parse(s.tokens()));
          Set<String> othersStates = new LinkedHashSet<>();
          for (TitleMatch t : sentenceTitles) {
            if (t.country() != null && !chain.contains(t)) {
              othersStates.add(t.country());
            }
          }
          chain = withCounterpartsOffice(text, span, s.span(), chain, inSentence);
          chain = withSharedOffice(text, span, chain, inSentence);
          inSentence.add(
              new Found(
                  new Mention(span, name),
                  NameKey.of(name),
                  chain,
                  country,
                  true,
                  si,
                  othersStates));
        }
      }
      found.addAll(inSentence);
    }
    found.addAll(inHeadline(text, headline, found));
    return group(found, new ForeignStates(text, stateMentions));
  }

  /**
   * The body's persons as the headline names them, with the titles next to the name there and a
   * state only as a title or "of STATE" gives it: a headline's nearest state is as often the host.
   */
  private static List<Found> inHeadline(String text, Headline headline, List<Found> body) {
    List<Found> out = new ArrayList<>();
    Set<String> names = new LinkedHashSet<>();
    body.stream().filter(f -> !f.key().isSingle()).forEach(f -> names.add(f.mention().text()));
    for (Span line : headline.spans()) {
      String lineText = line.of(text);
      Sentence asSentence = new Sentence(line, List.of());
      for (String name : names) {
        for (int at = lineText.indexOf(name); at >= 0; at = lineText.indexOf(name, at + 1)) {
          Span span = new Span(line.start() + at, line.start() + at + name.length());
          List<TitleMatch> chain =
              TitleChain.around(text, span, line, List.of(), headline.titles());
          PersonCountry.Attribution country =
              PersonCountry.of(
                  text,
                  span,
                  asSentence,
                  chain,
                  headline.states(),
                  headline.titles(),
                  null,
                  List::of);
          if (country.strength() < PersonCountry.Attribution.ADJACENT) {
            country = PersonCountry.Attribution.NONE;
          }
          out.add(
              new Found(
                  new Mention(span, name), NameKey.of(name), chain, country, false, -1, Set.of()));
        }
      }
    }
    return out;
  }

  /**
   * "Defence Minister Arjun Rao met his Russian counterpart Ivan Orlov": a counterpart holds the
   * office of the person he is the counterpart of, the nearest one before him in the sentence with
   * an office. The office's words are taken, not its state.
   */
  private static List<TitleMatch> withCounterpartsOffice(
      String text, Span name, Span sentence, List<TitleMatch> chain, List<Found> before) {
    if (chain.stream().anyMatch(t -> t.kind() == TitleKind.OFFICE)) {
      return chain;
    }
    int from = chain.isEmpty() ? name.start() : chain.get(0).span().start();
    String left = text.substring(Math.max(sentence.start(), from - 40), from);
    if (!COUNTERPART_BEFORE.matcher(left).find()) {
      return chain;
    }
    for (int i = before.size() - 1; i >= 0; i--) {
      List<TitleMatch> offices =
          before.get(i).titles().stream().filter(t -> t.kind() == TitleKind.OFFICE).toList();
      if (!offices.isEmpty()) {
        List<TitleMatch> out = new ArrayList<>(chain);
        offices.forEach(t -> out.add(new TitleMatch(t.span(), t.title(), t.kind(), null)));
        return out;
      }
    }
    return chain;
  }

  /**
   * "Defense Ministers Ivan Orlov of Russia and Pavel Zhuk of Belarus": a plural office before the
   * first name of a list is every listed person's, in the singular.
   */
  private List<TitleMatch> withSharedOffice(
      String text, Span name, List<TitleMatch> chain, List<Found> before) {
    if (before.isEmpty() || chain.stream().anyMatch(t -> t.kind() == TitleKind.OFFICE)) {
      return chain;
    }
    Found previous = before.get(before.size() - 1);
    int from = chain.isEmpty() ? name.start() : chain.get(0).span().start();
    int to = previous.mention().span().end();
    if (to > from || !LIST_GAP.matcher(text.substring(to, from)).matches()) {
      return chain;
    }
    List<TitleMatch> out = new ArrayList<>(chain);
    for (TitleMatch t : previous.titles()) {
      String singular = t.kind() == TitleKind.OFFICE ? titles.singular(t.title()) : t.title();
      if (!singular.equals(t.title())) {
        out.add(new TitleMatch(t.span(), singular, t.kind(), null));
      }
    }
    return out;
  }

  private boolean isPerson(String name, ReportMeta meta) {
    NameKey key = NameKey.of(name);
    if (key.words().isEmpty() || name.chars().noneMatch(Character::isUpperCase)) {
      return false;
    }
    if (notPersons.contains(key.folded()) || states.code(name).isPresent()) {
      return false;
    }
    return !sameName(name, meta.outlet()) && !sameName(name, meta.author());
  }

  /** A ship or a company the name tagger took for a person. */
  private static boolean namesAThing(String text, Span name, Span sentence) {
    String before = text.substring(Math.max(sentence.start(), name.start() - 60), name.start());
    String after = text.substring(name.end(), Math.min(sentence.end(), name.end() + 20));
    return VESSEL_BEFORE.matcher(before).find() || COMPANY_AFTER.matcher(after).find();
  }

  /**
   * The state of the dateline city ("BAKU, Azerbaijan" gives AZ), or null; also null when the
   * report never names that state: an agency's desk in Istanbul writing of Korea and Poland says
   * where the report was written, not whom its persons serve.
   */
  private String datelineState(ReportMeta meta, List<StateMention> stateMentions) {
    if (meta.dateline() == null) {
      return null;
    }
    String city = meta.dateline().split("/")[0].strip();
    String code = states.code(city).or(() -> places.lookup(city).map(Place::country)).orElse(null);
    return stateMentions.stream().anyMatch(m -> m.code().equals(code)) ? code : null;
  }

  private static boolean sameName(String a, String b) {
    return b != null && NameKey.of(a).folded().equals(NameKey.of(b).folded());
  }

  private List<Person> group(List<Found> found, ForeignStates foreign) {
    Map<String, List<Found>> byName = new LinkedHashMap<>();
    found.stream()
        .filter(f -> !f.key().isSingle())
        .forEach(f -> byName.computeIfAbsent(f.key().folded(), k -> new ArrayList<>()).add(f));
    ShortForms.merge(byName);
    ShortForms.mergeVariants(byName);
    for (Found f : found) {
      if (f.key().isSingle()) {
        String target = fullNameFor(byName, f);
        byName
            .computeIfAbsent(target == null ? f.key().folded() : target, k -> new ArrayList<>())
            .add(f);
      }
    }
    List<Draft> drafts = new ArrayList<>();
    byName.values().stream()
        .filter(this::isIntroduced)
        .forEach(g -> drafts.add(toPerson(g, foreign)));
    List<Person> out = new ArrayList<>();
    for (Draft d : drafts) {
      String code = d.person().country();
      if (d.untied()) {
        code = homeOf(d, drafts, foreign);
      }
      Person p = d.person();
      out.add(new Person(p.name(), code, p.titles(), p.mentions()));
    }
    return out;
  }

  /**
   * Whether the report introduces the person as news writes one: by a full name or by a title
   * ("General Haider"). Without a title anywhere, a single word that only the tagger calls a person
   * ("reached Resende", "joined Al-Waha") or a place's name ("Kota Kinabalu", "Port Dickson", "Cam
   * Ranh Bay") names no person.
   */
  private boolean isIntroduced(List<Found> group) {
    if (group.stream().anyMatch(f -> !f.titles().isEmpty())) {
      return true;
    }
    return group.stream()
        .map(f -> f.mention().text())
        .anyMatch(name -> !NameKey.of(name).isSingle() && !namesAPlace(name));
  }

  private boolean namesAPlace(String name) {
    if (places.lookup(name).isPresent()) {
      return true;
    }
    String[] words = name.strip().split("\\s+");
    return PLACE_FIRST.contains(words[0].toLowerCase(Locale.ROOT))
        || PLACE_LAST.contains(words[words.length - 1].toLowerCase(Locale.ROOT));
  }

  /**
   * A person read so far; {@code untied} when he holds a state's office or rank but the text ties
   * him to no state.
   */
  private record Draft(Person person, List<Found> found, boolean untied, boolean nearForeign) {
    Set<Integer> sentences() {
      Set<Integer> out = new LinkedHashSet<>();
      found.stream().filter(f -> f.sentence() >= 0).forEach(f -> out.add(f.sentence()));
      return out;
    }
  }

  /**
   * The state of an official the text ties to none: the one the report is about, unless his
   * sentences give that state to another ("the Saudi commander called on General X": X is not
   * Saudi). When another official of his sentences is as untied ("President A and PM B"), the text
   * does not tell which of them serves which state, and he gets none.
   */
  private static String homeOf(Draft d, List<Draft> all, ForeignStates foreign) {
    Set<String> taken = new LinkedHashSet<>();
    d.found().forEach(f -> taken.addAll(f.othersStates()));
    Set<Integer> mine = d.sentences();
    for (Draft other : all) {
      if (other == d || other.sentences().stream().noneMatch(mine::contains)) {
        continue;
      }
      if (other.untied() && !d.nearForeign()) {
        return null;
      }
      if (other.person().country() != null) {
        taken.add(other.person().country());
      }
    }
    return foreign.homeExcept(taken);
  }

  /**
   * The one full name a single word can stand for: its surname, else its given name, else a name of
   * three words or more it stands inside of.
   */
  private static String fullNameFor(Map<String, List<Found>> byName, Found single) {
    String w = single.key().first();
    List<String> bySurname =
        byName.keySet().stream().filter(k -> NameKey.of(k).last().equals(w)).toList();
    if (bySurname.size() == 1) {
      return bySurname.get(0);
    }
    List<String> byGiven =
        byName.keySet().stream()
            .filter(k -> !NameKey.of(k).isSingle() && NameKey.of(k).first().equals(w))
            .toList();
    if (!bySurname.isEmpty()) {
      return null;
    }
    if (byGiven.size() == 1) {
      return byGiven.get(0);
    }
    // "Fuentes" for "Catalina Fuentes Irarrázaval": the first of two surnames
    List<String> byInner =
        byName.keySet().stream()
            .filter(
                k -> {
                  List<String> words = NameKey.of(k).words();
                  return words.size() > 2 && words.subList(1, words.size() - 1).contains(w);
                })
            .toList();
    return byGiven.isEmpty() && byInner.size() == 1 ? byInner.get(0) : null;
  }

  private Draft toPerson(List<Found> group, ForeignStates foreign) {
    group.sort((a, b) -> Integer.compare(a.mention().span().start(), b.mention().span().start()));
    String name =
        group.stream()
            .map(f -> f.mention().text())
            .max(
                (a, b) ->
                    Integer.compare(NameKey.of(a).words().size(), NameKey.of(b).words().size()))
            .orElseThrow();
    LinkedHashSet<String> titleTexts = new LinkedHashSet<>();
    PersonCountry.Attribution country = PersonCountry.Attribution.NONE;
    boolean nearForeign = false;
    boolean official = false;
    boolean privateOffice = false;
    for (Found f : group) {
      for (TitleMatch t : f.titles()) {
        if (t.kind() == TitleKind.OFFICE && titles.isPrivateOffice(t.title())) {
          privateOffice = true;
        } else if (t.kind() != TitleKind.HONORIFIC) {
          official = true;
        }
        // As written and in full: "Lt. Gen." and "Lieutenant General", "PM" and "Prime Minister".
        if (t.kind() == TitleKind.RANK) {
          titleTexts.add(t.title());
          titles.normalizeRank(t.title()).ifPresent(titleTexts::add);
        } else if (t.kind() == TitleKind.OFFICE) {
          titleTexts.add(titles.singular(t.title()));
          titles.normalizeOffice(t.title()).ifPresent(titleTexts::add);
        }
      }
      PersonCountry.Attribution a = f.country();
      if (a == PersonCountry.Attribution.PRIVATE) {
        privateOffice = true;
      } else if (a.strength() == PersonCountry.Attribution.NEAREST && foreign.isForeign(a.code())) {
        // named nearest to him, but the report shows it as a host's or a counterpart's
        nearForeign = true;
      } else if (a.strength() > country.strength()) {
        country = a;
      }
    }
    String code = country.code();
    boolean untied = false;
    if (privateOffice && !official) {
      // the founder of an association, the abbot of a temple: no state's servant
      code = null;
    } else if (code == null && (nearForeign || official)) {
      untied = true;
    }
    Person person =
        new Person(
            name,
            code,
            List.copyOf(titleTexts),
            group.stream().filter(Found::inBody).map(Found::mention).toList());
    return new Draft(person, List.copyOf(group), untied, nearForeign);
  }
}
