/**
 * Word tokens and phrase tries shared by the lexicons of Attaché (states, places, titles).
 *
 * <p>Every lexicon is a data file under {@code src/main/resources}, next to the class that reads
 * it: one entry a line, fields separated by {@code |} or a tab, {@code #} starting a comment.
 * Phrases are split into {@link org.attache.core.lexicon.WordToken}s the same way texts are, and
 * matched leftmost-longest with a {@link org.attache.core.lexicon.CasePolicy}: proper names as
 * written or in capitals, office words in any case.
 *
 * <p>Example: {@code trie.add("Lt. Gen.", CasePolicy.NAME, "Lieutenant General")} then {@code
 * trie.longestAt(WordTokens.of("Lt. Gen. Ali"), 0)} covers "Lt. Gen.".
 */
package org.attache.core.lexicon;
