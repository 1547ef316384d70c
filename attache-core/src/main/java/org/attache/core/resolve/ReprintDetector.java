package org.attache.core.resolve;

import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Finds reprints: reports whose body is the same wire text, give or take a few words, under another
 * site's header. Each body gets a MinHash signature of {@value #HASHES} values over its three-word
 * shingles; two bodies whose signatures agree on {@value #MIN_SIMILARITY} of the values or more (an
 * estimate of the Jaccard similarity of their shingles) are one text. Candidates come from bands of
 * {@value #ROWS} values (locality-sensitive hashing), so no two reports are compared needlessly: a
 * pair at 0.7 similarity shares a band with probability above 0.999.
 *
 * <p>Example: {@code new ReprintDetector().families(Map.of("a1", body, "b2", sameBodyElsewhere))}
 * puts b2 in a1's family.
 */
public final class ReprintDetector {
  static final int HASHES = 64;
  static final int ROWS = 4;
  static final double MIN_SIMILARITY = 0.7;
  private static final int SHINGLE = 3;

  /** Bodies shorter than this many words are too short to call reprints by wording alone. */
  private static final int MIN_WORDS = 25;

  /**
   * @param bodies each report's body text, by report id
   */
  public ReprintFamilies families(Map<String, String> bodies) {
    return families(bodies, Map.of());
  }

  /**
   * @param bodies each report's body text, by report id
   * @param editions each report's {@link SameDayEditions#keys}, by report id: reports sharing one
   *     are one family whatever their bodies' similarity
   */
  public ReprintFamilies families(
      Map<String, String> bodies, Map<String, ? extends Collection<String>> editions) {
    Map<String, long[]> signatures = new TreeMap<>();
    bodies.forEach((id, body) -> signature(body).ifPresent(sig -> signatures.put(id, sig)));
    return familiesOf(signatures, editions);
  }

  /** The signature of a body, or empty when the body is too short to tell reprints by. */
  public static java.util.Optional<long[]> signature(String body) {
    List<String> words = words(body);
    return words.size() < MIN_WORDS
        ? java.util.Optional.empty()
        : java.util.Optional.of(signature(words));
  }

  /**
   * @param signatures each report's signature, by report id
   */
  public ReprintFamilies familiesOf(Map<String, long[]> signatures) {
    return familiesOf(signatures, Map.of());
  }

  /**
   * @param signatures each report's signature, by report id
   * @param editions each report's {@link SameDayEditions#keys}, by report id
   */
  public ReprintFamilies familiesOf(
      Map<String, long[]> signatures, Map<String, ? extends Collection<String>> editions) {
    Map<String, String> parent = new TreeMap<>();
    signatures.keySet().forEach(id -> parent.put(id, id));
    editions.keySet().forEach(id -> parent.put(id, id));
    Map<String, String> firstWithKey = new TreeMap<>();
    new TreeMap<>(editions)
        .forEach(
            (id, keys) ->
                keys.forEach(k -> union(parent, firstWithKey.computeIfAbsent(k, x -> id), id)));
    Map<String, List<String>> buckets = new HashMap<>();
    signatures.forEach(
        (id, sig) ->
            bands(sig).forEach(b -> buckets.computeIfAbsent(b, k -> new ArrayList<>()).add(id)));
    for (List<String> bucket : buckets.values()) {
      for (int i = 0; i < bucket.size(); i++) {
        for (int j = i + 1; j < bucket.size(); j++) {
          String a = bucket.get(i);
          String b = bucket.get(j);
          if (similarity(signatures.get(a), signatures.get(b)) >= MIN_SIMILARITY) {
            union(parent, a, b);
          }
        }
      }
    }
    Map<String, String> familyOf = new HashMap<>();
    parent.keySet().forEach(id -> familyOf.put(id, find(parent, id)));
    return new ReprintFamilies(familyOf);
  }

  /**
   * The locality-sensitive buckets of a signature, one per band: only reports that share a bucket
   * are compared, so buckets can be merged apart (on many machines) and their families joined.
   */
  public static List<String> bands(long[] sig) {
    List<String> out = new ArrayList<>(HASHES / ROWS);
    for (int band = 0; band < HASHES / ROWS; band++) {
      long h = band;
      for (int r = 0; r < ROWS; r++) {
        h = h * 31 + sig[band * ROWS + r];
      }
      out.add(band + ":" + h);
    }
    return out;
  }

  /** The MinHash signature of a text's words: per seeded hash, the least over the shingles. */
  public static long[] signature(List<String> words) {
    long[] sig = new long[HASHES];
    java.util.Arrays.fill(sig, Long.MAX_VALUE);
    for (int i = 0; i + SHINGLE <= words.size(); i++) {
      long h = fnv(String.join(" ", words.subList(i, i + SHINGLE)));
      for (int k = 0; k < HASHES; k++) {
        sig[k] = Math.min(sig[k], mix(h ^ (0x9E3779B97F4A7C15L * (k + 1))));
      }
    }
    return sig;
  }

  /** The share of signature values two texts agree on: an estimate of their Jaccard similarity. */
  public static double similarity(long[] a, long[] b) {
    int same = 0;
    for (int k = 0; k < a.length; k++) {
      same += a[k] == b[k] ? 1 : 0;
    }
    return same / (double) a.length;
  }

  static List<String> words(String text) {
    List<String> out = new ArrayList<>();
    for (String w : text.toLowerCase(Locale.ROOT).split("[^\\p{L}\\p{N}]+")) {
      if (!w.isEmpty()) {
        out.add(w);
      }
    }
    return out;
  }

  static long fnv(String s) {
    long h = 0xcbf29ce484222325L;
    for (int i = 0; i < s.length(); i++) {
      h ^= s.charAt(i);
      h *= 0x100000001b3L;
    }
    return mix(h);
  }

  /** A murmur-style avalanche: FNV's bits mix poorly for short keys, and seeds must spread. */
  private static long mix(long h) {
    h ^= h >>> 33;
    h *= 0xff51afd7ed558ccdL;
    h ^= h >>> 33;
    h *= 0xc4ceb9fe1a85ec53L;
    h ^= h >>> 33;
    return h;
  }

  private static String find(Map<String, String> parent, String id) {
    String p = parent.get(id);
    while (!p.equals(parent.get(p))) {
      p = parent.get(p);
    }
    return p;
  }

  private static void union(Map<String, String> parent, String a, String b) {
    String ra = find(parent, a);
    String rb = find(parent, b);
    if (!ra.equals(rb)) {
      // The smaller id heads the family, whatever order the pairs come in.
      parent.put(ra.compareTo(rb) < 0 ? rb : ra, ra.compareTo(rb) < 0 ? ra : rb);
    }
  }
}
