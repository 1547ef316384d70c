package org.attache.core.lexicon;

/**
 * Decides whether a token of a text matches a token of a lexicon entry whose keys (lower case,
 * accents folded) are already equal.
 *
 * <p>Example: {@link #NAME} lets "PAKISTAN" match "Pakistan" but not "turkey" match "Turkey".
 */
@FunctionalInterface
public interface CasePolicy {
  boolean accepts(String entryToken, WordToken textToken);

  /** Any case. */
  CasePolicy ANY = (entry, token) -> true;

  /**
   * Proper names: as written in the entry, or all in capitals (headlines); entry words written in
   * lower case ("of", "the") match in any case.
   */
  CasePolicy NAME =
      (entry, token) -> {
        String plainEntry = WordToken.plain(entry);
        String plainText = token.plain();
        return plainText.equals(plainEntry)
            || token.isAllCaps() && plainText.equals(plainEntry.toUpperCase(java.util.Locale.ROOT))
            || plainEntry.equals(plainEntry.toLowerCase(java.util.Locale.ROOT));
      };
}
