package org.attache.core.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.function.Function;

/**
 * Folded names indexed by one word of theirs, so that a name is compared only with the names that
 * could be the same person: a short form with the full names of its surname, a spelling variant
 * with the names of its given names. Keeps resolution near-linear in the number of names.
 *
 * <p>Example: {@code NameBlocks.byLast(keys).candidates("raza")} gives "nadeem raza" and "n raza",
 * not "zakir hasanov".
 */
final class NameBlocks {
  private final Map<String, LinkedHashSet<String>> blocks = new HashMap<>();
  private final Function<NameKey, String> blockOf;

  private NameBlocks(Collection<String> keys, Function<NameKey, String> blockOf) {
    this.blockOf = blockOf;
    keys.forEach(this::add);
  }

  /** Names blocked by their surname (last word). */
  static NameBlocks byLast(Collection<String> keys) {
    return new NameBlocks(keys, NameKey::last);
  }

  /** Names blocked by their first word. */
  static NameBlocks byFirst(Collection<String> keys) {
    return new NameBlocks(keys, NameKey::first);
  }

  /** Names blocked by every word but the surname: the given names a spelling variant keeps. */
  static NameBlocks byGivenNames(Collection<String> keys) {
    return new NameBlocks(
        keys, k -> String.join(" ", k.words().subList(0, Math.max(0, k.words().size() - 1))));
  }

  void add(String key) {
    blocks.computeIfAbsent(blockOf.apply(NameKey.of(key)), b -> new LinkedHashSet<>()).add(key);
  }

  void remove(String key) {
    LinkedHashSet<String> block = blocks.get(blockOf.apply(NameKey.of(key)));
    if (block != null) {
      block.remove(key);
    }
  }

  /** The names of one block, in the order they were given (a copy). */
  List<String> candidates(String block) {
    return new ArrayList<>(blocks.getOrDefault(block, new LinkedHashSet<>()));
  }

  /** Every block's names, blocks in sorted order, names in the order given (copies). */
  List<List<String>> all() {
    return blocks.keySet().stream().sorted().map(this::candidates).toList();
  }
}
