package org.attache.core.states;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import org.attache.core.Span;
import org.attache.core.lexicon.CasePolicy;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.lexicon.PhraseMatch;
import org.attache.core.lexicon.PhraseTrie;
import org.attache.core.lexicon.WordToken;
import org.attache.core.lexicon.WordTokens;

/**
 * Capitals, major cities, regions and military places of the world with their states. Data: {@code
 * places.txt} and {@code capitals.txt} beside this class; state names ({@code names.txt}) are read
 * too, only so that "Papua New Guinea" is never taken for the province "Papua". Immutable and
 * thread-safe.
 *
 * <p>Example: {@code PlaceGazetteer.standard().lookup("Rawalpindi")} is {@code Place("Rawalpindi",
 * "PK")}.
 */
public final class PlaceGazetteer {
  private static final PlaceGazetteer STANDARD = load();

  private final PhraseTrie<Optional<Place>> searched = new PhraseTrie<>();
  private final Map<String, Place> byKey = new HashMap<>();
  private final GivenNameGuard guard = new GivenNameGuard();

  private PlaceGazetteer() {}

  public static PlaceGazetteer standard() {
    return STANDARD;
  }

  private static PlaceGazetteer load() {
    PlaceGazetteer g = new PlaceGazetteer();
    g.addAll("capitals.txt");
    g.addAll("places.txt");
    for (List<String> row : LexiconFile.rows(PlaceGazetteer.class, "names.txt")) {
      for (String name : row.subList(1, row.size())) {
        if (!name.startsWith("?")) {
          g.searched.add(name, CasePolicy.NAME, Optional.empty());
        }
      }
    }
    return g;
  }

  private void addAll(String file) {
    for (List<String> row : LexiconFile.rows(PlaceGazetteer.class, file)) {
      Place place = new Place(unmark(row.get(1)), row.get(0));
      for (String spelling : row.subList(1, row.size())) {
        byKey.putIfAbsent(key(unmark(spelling)), place);
        if (!spelling.startsWith("?")) {
          searched.add(spelling, CasePolicy.NAME, Optional.of(place));
        }
      }
    }
  }

  /** The place of that name or spelling, any case. */
  public Optional<Place> lookup(String name) {
    return Optional.ofNullable(byKey.get(key(name.strip())));
  }

  /**
   * Where a location phrase of an event lies: the place or state of that name, else the first place
   * named inside it, else the first state named inside it ("Pakistan Army Museum" is in PK, and
   * keeps its own name).
   */
  public Optional<Place> locate(String phrase) {
    String p = phrase.strip();
    Optional<Place> exact = lookup(p);
    StateLexicon states = StateLexicon.standard();
    if (exact.isEmpty()) {
      exact = states.code(p).map(c -> new Place(states.name(c), c));
    }
    if (exact.isPresent()) {
      return exact;
    }
    Span all = new Span(0, p.length());
    Optional<String> inner =
        find(p, all).stream()
            .map(m -> m.place().country())
            .findFirst()
            .or(() -> states.find(p, all).stream().map(StateMention::code).findFirst());
    return inner.map(c -> new Place(p, c));
  }

  /** Every place named in {@code region} of {@code text}, in text order, longest first. */
  public List<PlaceMention> find(String text, Span region) {
    List<WordToken> tokens = WordTokens.of(text, region);
    List<PlaceMention> out = new ArrayList<>();
    int i = 0;
    while (i < tokens.size()) {
      Optional<PhraseMatch<Optional<Place>>> m = searched.longestAt(tokens, i);
      if (m.isEmpty()) {
        i++;
        continue;
      }
      PhraseMatch<Optional<Place>> match = m.get();
      if (!guard.isPersonsName(tokens, match.from(), match.to())) {
        match
            .value()
            .ifPresent(p -> out.add(new PlaceMention(match.span(), match.span().of(text), p)));
      }
      i = match.to();
    }
    return out;
  }

  /** How many spellings the gazetteer searches for. */
  public int size() {
    return byKey.size();
  }

  private static String unmark(String spelling) {
    return spelling.startsWith("?") ? spelling.substring(1) : spelling;
  }

  private static String key(String phrase) {
    return String.join(" ", WordTokens.of(phrase).stream().map(WordToken::key).toList());
  }
}
