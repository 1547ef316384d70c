package org.attache.core.evaluate;

import static org.attache.core.evaluate.Evaluation.Miss.Kind.EXTRA;
import static org.attache.core.evaluate.Evaluation.Miss.Kind.MISSED;

import java.util.ArrayList;
import java.util.Comparator;
import java.util.HashMap;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.function.BiPredicate;
import java.util.function.Consumer;
import java.util.function.ToIntBiFunction;

/**
 * Scores a prediction against the gold, figure for figure as the corpus scorer {@code
 * ../shared/corpus/score.py} does (see {@code docs/EVALUATE.md}).
 *
 * <p>Per report, predicted events are matched one to one with gold events, greedily, the best
 * scoring compatible pairs first: loose, the same type and the same states; strict, also the date
 * (equal, or a gold {@code XXXX-MM-DD} with any year) and, where both name persons, a participant
 * in common. Persons are matched by name. Matched events and persons are then scored pairwise for
 * being merged across reports exactly when the gold merges them.
 *
 * <p>Example: {@code new Scorer().score(Gold.read(dirs), Prediction.read(exportDir))}
 */
public final class Scorer {
  /** Scores every report of the gold. */
  public Evaluation score(Gold gold, Prediction pred) {
    Map<String, int[]> byType = new TreeMap<>();
    int[] strict = new int[3];
    int[] persons = new int[3];
    int dateHits = 0;
    int placeHits = 0;
    int looseTp = 0;
    int countryHits = 0;
    int titleHits = 0;
    int titleTotal = 0;
    SortedMap<String, int[]> meta = new TreeMap<>();
    List<Object[]> mergedEvents = new ArrayList<>();
    List<Object[]> mergedPersons = new ArrayList<>();
    List<Evaluation.Miss> misses = new ArrayList<>();

    for (Gold.Report g : gold.reports().values()) {
      String s = g.name();
      Map<String, String> doc = pred.documents().getOrDefault(s, Map.of());
      for (String k : Gold.META) {
        String gv = g.meta().get(k);
        if (gv == null) {
          continue;
        }
        int[] m = meta.computeIfAbsent(k, x -> new int[2]);
        m[1]++;
        String pv = doc.get(k);
        if (pv != null
            && !pv.isEmpty()
            && (k.equals("published") ? pv.equals(gv) : Fold.joined(pv).equals(Fold.joined(gv)))) {
          m[0]++;
        }
      }

      List<Prediction.Person> pp = pred.persons().getOrDefault(s, List.of());
      List<int[]> pm = match(g.persons(), pp, Scorer::namesMatch, (x, y) -> 0);
      persons[0] += pm.size();
      persons[1] += pp.size() - pm.size();
      persons[2] += g.persons().size() - pm.size();
      for (int[] m : pm) {
        Gold.Person gp = g.persons().get(m[0]);
        Prediction.Person p = pp.get(m[1]);
        mergedPersons.add(new Object[] {Fold.joined(gp.name()), p.id()});
        if (Objects.equals(gp.country(), p.country())) {
          countryHits++;
        }
        List<Set<String>> ptitles =
            p.titles().stream().map(t -> Set.copyOf(Fold.words(t))).toList();
        for (String t : gp.titles()) {
          titleTotal++;
          if (titleFound(Set.copyOf(Fold.words(t)), ptitles)) {
            titleHits++;
          }
        }
      }

      Map<String, Gold.Person> gpById = new HashMap<>();
      g.persons().forEach(p -> gpById.put(p.id(), p));
      List<Gold.Event> ge = g.events();
      List<Prediction.Event> pe = pred.events().getOrDefault(s, List.of());
      BiPredicate<Gold.Event, Prediction.Event> personsOk =
          (x, y) -> personsOk(goldNames(x, gpById), y.names());
      ToIntBiFunction<Gold.Event, Prediction.Event> sc =
          (x, y) -> (dateOk(x.date(), y.date()) ? 2 : 0) + (personsOk.test(x, y) ? 1 : 0);
      List<int[]> lm = match(ge, pe, Scorer::loose, sc);
      Set<Integer> mg = new HashSet<>();
      Set<Integer> mp = new HashSet<>();
      for (int[] m : lm) {
        Gold.Event x = ge.get(m[0]);
        Prediction.Event y = pe.get(m[1]);
        counts(byType, x.type())[0]++;
        looseTp++;
        if (dateOk(x.date(), y.date())) {
          dateHits++;
        }
        Gold.Place gl = x.location();
        Gold.Place pl = y.location();
        if ((gl == null && pl == null)
            || (gl != null && pl != null && Objects.equals(gl.country(), pl.country()))) {
          placeHits++;
        }
        mergedEvents.add(new Object[] {x.cluster(), y.occurrence()});
        mg.add(m[0]);
        mp.add(m[1]);
      }
      unmatched(
          ge,
          mg,
          e -> {
            counts(byType, e.type())[2]++;
            misses.add(
                new Evaluation.Miss(s, MISSED, e.type(), e.date(), e.countries(), e.evidence()));
          });
      unmatched(
          pe,
          mp,
          e -> {
            counts(byType, e.type())[1]++;
            misses.add(
                new Evaluation.Miss(s, EXTRA, e.type(), e.date(), e.countries(), e.evidence()));
          });
      List<int[]> sm =
          match(
              ge,
              pe,
              (x, y) -> loose(x, y) && dateOk(x.date(), y.date()) && personsOk.test(x, y),
              (x, y) -> 0);
      strict[0] += sm.size();
      strict[1] += pe.size() - sm.size();
      strict[2] += ge.size() - sm.size();
    }

    int[] all = new int[3];
    SortedMap<String, Prf> types = new TreeMap<>();
    byType.forEach(
        (type, c) -> {
          types.put(type, Prf.of(c[0], c[1], c[2]));
          for (int i = 0; i < 3; i++) {
            all[i] += c[i];
          }
        });
    SortedMap<String, Double> metadata = new TreeMap<>();
    meta.forEach((k, m) -> metadata.put(k, Prf.round((double) m[0] / m[1])));
    return new Evaluation(
        gold.reports().size(),
        Prf.of(all[0], all[1], all[2]),
        Prf.of(strict[0], strict[1], strict[2]),
        types,
        Prf.ratio(dateHits, looseTp),
        Prf.ratio(placeHits, looseTp),
        Prf.of(persons[0], persons[1], persons[2]),
        Prf.ratio(countryHits, persons[0]),
        Prf.ratio(titleHits, titleTotal),
        metadata,
        pairwise(mergedEvents),
        pairwise(mergedPersons),
        List.copyOf(misses));
  }

  /** Gives {@code each} the items whose index is not among {@code matched}, in order. */
  private static <T> void unmatched(List<T> items, Set<Integer> matched, Consumer<T> each) {
    for (int i = 0; i < items.size(); i++) {
      if (!matched.contains(i)) {
        each.accept(items.get(i));
      }
    }
  }

  private static int[] counts(Map<String, int[]> byType, String type) {
    return byType.computeIfAbsent(String.valueOf(type), t -> new int[3]);
  }

  static boolean loose(Gold.Event x, Prediction.Event y) {
    if (!Objects.equals(x.type(), y.type())) {
      return false;
    }
    // The gold's states are sorted but not made distinct: a state given twice matches nothing.
    List<String> countries = new ArrayList<>(x.countries());
    countries.sort(Comparator.nullsFirst(Comparator.naturalOrder()));
    return countries.equals(y.countries());
  }

  private static List<String> goldNames(Gold.Event e, Map<String, Gold.Person> byId) {
    return e.participants().stream()
        .filter(byId::containsKey)
        .map(p -> byId.get(p).name())
        .toList();
  }

  static boolean personsOk(List<String> gold, List<String> pred) {
    if (gold.isEmpty() || pred.isEmpty()) {
      return true;
    }
    for (String n : gold) {
      for (String m : pred) {
        if (namesMatch(n, List.of(), List.of(m))) {
          return true;
        }
      }
    }
    return false;
  }

  /**
   * Whether the dates agree: both absent, equal, or a gold date without its year ({@code
   * XXXX-10-28}) and a predicted one of the same length with the same month and day.
   */
  static boolean dateOk(String gold, String pred) {
    if (gold == null) {
      return pred == null;
    }
    if (pred == null) {
      return false;
    }
    if (gold.equals(pred)) {
      return true;
    }
    return gold.startsWith("XXXX-")
        && pred.length() == gold.length()
        && pred.substring(4).equals(gold.substring(4));
  }

  private static boolean namesMatch(Gold.Person g, Prediction.Person p) {
    List<String> aliases = new ArrayList<>();
    aliases.add(p.name());
    aliases.addAll(p.aliases());
    return namesMatch(g.name(), g.mentions(), aliases);
  }

  /**
   * Whether a predicted person (its name, then its aliases) is the gold person: a form that folds
   * to the gold name, or has its surname and first initial, or folds to one of the gold mentions of
   * more than one word.
   */
  static boolean namesMatch(String goldName, List<String> mentions, List<String> aliases) {
    List<String> g = Fold.words(goldName);
    for (String a : aliases) {
      List<String> p = Fold.words(a);
      if (p.isEmpty() || g.isEmpty()) {
        continue;
      }
      if (p.equals(g)) {
        return true;
      }
      if (p.get(p.size() - 1).equals(g.get(g.size() - 1))
          && p.get(0).charAt(0) == g.get(0).charAt(0)) {
        return true;
      }
    }
    Set<String> goldMentions = new HashSet<>();
    for (String m : mentions) {
      List<String> w = Fold.words(m);
      if (w.size() > 1) {
        goldMentions.add(String.join(" ", w));
      }
    }
    return aliases.stream().anyMatch(a -> goldMentions.contains(Fold.joined(a)));
  }

  /** A gold title is found when a predicted one shares at least half of their words' union. */
  private static boolean titleFound(Set<String> tt, List<Set<String>> ptitles) {
    for (Set<String> x : ptitles) {
      Set<String> union = new HashSet<>(tt);
      union.addAll(x);
      if (union.isEmpty()) {
        continue;
      }
      Set<String> inter = new HashSet<>(tt);
      inter.retainAll(x);
      if ((double) inter.size() / union.size() >= 0.5) {
        return true;
      }
    }
    return false;
  }

  /** Greedy one-to-one matching, the best-scoring compatible pairs first, ties in list order. */
  static <G, P> List<int[]> match(
      List<G> golds, List<P> preds, BiPredicate<G, P> compatible, ToIntBiFunction<G, P> score) {
    List<int[]> pairs = new ArrayList<>();
    for (int gi = 0; gi < golds.size(); gi++) {
      for (int pi = 0; pi < preds.size(); pi++) {
        if (compatible.test(golds.get(gi), preds.get(pi))) {
          pairs.add(new int[] {score.applyAsInt(golds.get(gi), preds.get(pi)), gi, pi});
        }
      }
    }
    pairs.sort(Comparator.comparingInt(t -> -t[0])); // stable: ties keep their order
    Set<Integer> usedG = new HashSet<>();
    Set<Integer> usedP = new HashSet<>();
    List<int[]> out = new ArrayList<>();
    for (int[] t : pairs) {
      if (!usedG.contains(t[1]) && !usedP.contains(t[2])) {
        usedG.add(t[1]);
        usedP.add(t[2]);
        out.add(new int[] {t[1], t[2]});
      }
    }
    return out;
  }

  /**
   * Pairwise merge scores of (gold key, predicted key) items: a pair the prediction merges and the
   * gold merges is a true positive, merged by the prediction only a false positive, by the gold
   * only a false negative. Null when no pair is merged by either: nothing to score.
   */
  static Prf pairwise(List<Object[]> items) {
    int tp = 0;
    int fp = 0;
    int fn = 0;
    for (int i = 0; i < items.size(); i++) {
      for (int j = i + 1; j < items.size(); j++) {
        boolean sameG = Objects.equals(items.get(i)[0], items.get(j)[0]);
        boolean sameP = Objects.equals(items.get(i)[1], items.get(j)[1]);
        tp += sameG && sameP ? 1 : 0;
        fp += sameP && !sameG ? 1 : 0;
        fn += sameG && !sameP ? 1 : 0;
      }
    }
    return tp + fp + fn > 0 ? Prf.of(tp, fp, fn) : null;
  }
}
