package org.attache.core.resolve;

import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.function.BiPredicate;

/**
 * Folds groups keyed by a shorter form of a name into the group of the one fuller name it stands
 * for ("N. Raza" into "Nadeem Raza"); a short form that fits two full names stays apart. Within one
 * report, spelling variants ("Novruzov", "Norozov") are folded into the first-seen spelling too.
 */
public final class ShortForms {
  private ShortForms() {}

  /**
   * @param groups items by folded name; changed in place
   */
  public static <T> void mergeVariants(Map<String, List<T>> groups) {
    mergeVariants(groups, (a, b) -> true);
  }

  /**
   * Folds each spelling variant into the first of its spellings in {@code groups}' order when
   * {@code agree} holds for their items ("Karim Veliyev" into "Karim Valiyev").
   *
   * @param groups items by folded name; changed in place
   */
  public static <T> void mergeVariants(
      Map<String, List<T>> groups, BiPredicate<List<T>, List<T>> agree) {
    // A variant keeps the given names: only names of the same given names are compared.
    for (List<String> keys : NameBlocks.byGivenNames(groups.keySet()).all()) {
      for (int i = 0; i < keys.size(); i++) {
        for (int j = i + 1; j < keys.size(); j++) {
          String a = keys.get(i);
          String b = keys.get(j);
          if (groups.containsKey(a)
              && groups.containsKey(b)
              && NameKey.of(b).isVariantOf(NameKey.of(a))
              && agree.test(groups.get(a), groups.get(b))) {
            groups.get(a).addAll(groups.remove(b));
          }
        }
      }
    }
  }

  public static <T> void merge(Map<String, List<T>> groups) {
    // A short form keeps the surname: only names of the same surname can be its full form.
    NameBlocks bySurname = NameBlocks.byLast(groups.keySet());
    for (String key : new ArrayList<>(groups.keySet())) {
      NameKey k = NameKey.of(key);
      List<String> fits =
          bySurname.candidates(k.last()).stream()
              .filter(o -> k.isShortFormOf(NameKey.of(o)))
              .toList();
      if (fits.size() == 1 && groups.containsKey(key)) {
        groups.get(fits.get(0)).addAll(groups.remove(key));
        bySurname.remove(key);
      }
    }
  }
}
