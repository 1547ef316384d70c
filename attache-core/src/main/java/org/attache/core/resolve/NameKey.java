package org.attache.core.resolve;

import java.text.Normalizer;
import java.util.Arrays;
import java.util.List;
import java.util.Locale;

/**
 * A person's name folded for comparison: accents, case and punctuation removed, split into words.
 *
 * <p>Example: {@code NameKey.of("Władysław Kosiniak-Kamysz").words()} is {@code [wladyslaw,
 * kosiniak, kamysz]}.
 */
public record NameKey(List<String> words) {

  public static NameKey of(String name) {
    String s = Normalizer.normalize(name, Normalizer.Form.NFKD).replaceAll("\\p{M}+", "");
    s = s.replace('ł', 'l').replace('Ł', 'L').replace('ı', 'i').toLowerCase(Locale.ROOT);
    String[] parts = s.replaceAll("[^a-z0-9 ]+", " ").trim().split("\\s+");
    return new NameKey(parts.length == 1 && parts[0].isEmpty() ? List.of() : Arrays.asList(parts));
  }

  public String folded() {
    return String.join(" ", words);
  }

  public String last() {
    return words.isEmpty() ? "" : words.get(words.size() - 1);
  }

  public String first() {
    return words.isEmpty() ? "" : words.get(0);
  }

  public boolean isSingle() {
    return words.size() == 1;
  }

  /**
   * True when this (shorter) name can stand for {@code full}: the same surname, and each other word
   * equal to, or the initial of, a word of {@code full} in order ("N. Raza" for "Nadeem Raza",
   * "Sahir Mirza" for "Sahir Shamshad Mirza").
   */
  public boolean canStandFor(NameKey full) {
    if (words.isEmpty() || full.words.isEmpty() || !last().equals(full.last())) {
      return false;
    }
    int j = 0;
    for (int i = 0; i < words.size() - 1; i++) {
      String w = words.get(i);
      while (j < full.words.size() - 1 && !matchesWord(w, full.words.get(j))) {
        j++;
      }
      if (j >= full.words.size() - 1) {
        return false;
      }
      j++;
    }
    return true;
  }

  /**
   * True when this name is a shorter or initialled form of {@code full} and not the other way
   * round: "N. Raza" of "Nadeem Raza", "Sahir Mirza" of "Sahir Shamshad Mirza".
   */
  public boolean isShortFormOf(NameKey full) {
    return !equals(full) && canStandFor(full) && !full.canStandFor(this);
  }

  /**
   * True for two spellings of one name: the same given names and surnames that differ by at most
   * two letters, each at least five long ("Mehman Novruzov" and "Mehman Norozov", "Karim Valiyev"
   * and "Karim Veliyev").
   */
  public boolean isVariantOf(NameKey other) {
    if (words.size() < 2 || words.size() != other.words.size() || equals(other)) {
      return false;
    }
    if (!words.subList(0, words.size() - 1).equals(other.words.subList(0, words.size() - 1))) {
      return false;
    }
    String a = last();
    String b = other.last();
    return Math.min(a.length(), b.length()) >= 5 && editDistance(a, b) <= 2;
  }

  static int editDistance(String a, String b) {
    int[] prev = new int[b.length() + 1];
    int[] cur = new int[b.length() + 1];
    for (int j = 0; j <= b.length(); j++) {
      prev[j] = j;
    }
    for (int i = 1; i <= a.length(); i++) {
      cur[0] = i;
      for (int j = 1; j <= b.length(); j++) {
        int sub = prev[j - 1] + (a.charAt(i - 1) == b.charAt(j - 1) ? 0 : 1);
        cur[j] = Math.min(sub, Math.min(prev[j], cur[j - 1]) + 1);
      }
      int[] t = prev;
      prev = cur;
      cur = t;
    }
    return prev[b.length()];
  }

  private static boolean matchesWord(String w, String full) {
    return w.equals(full) || (w.length() == 1 && full.startsWith(w));
  }
}
