package org.attache.core.query;

import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Optional;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.attache.core.Span;

/**
 * A search of reports' text, one for the command line and the web page: plain words and "quoted
 * phrases", all required, in any case, each word matched whole (a run of letters and digits), never
 * as the start of a longer word.
 *
 * <p>Example: {@code TextQuery.parse("\"joint exercise\" Baku")} matches "the Joint Exercise opened
 * in Baku" but not "a joint naval exercise in Baku" nor "the Bakuvian exercise"; {@code
 * TextQuery.parse("arm")} does not match "army".
 */
public final class TextQuery {
  private static final Pattern WORD = Pattern.compile("[\\p{L}\\p{M}\\p{N}]+");
  private static final Pattern TERM = Pattern.compile("\"([^\"]*)\"?|[^\\s\"]+");

  private final String text;

  /** Each term's words, lower-cased: a plain word is a term of one word. */
  private final List<List<String>> terms;

  private TextQuery(String text, List<List<String>> terms) {
    this.text = text;
    this.terms = terms;
  }

  /**
   * Reads a query: words separated by spaces, phrases in double quotes (an unclosed quote runs to
   * the end). Punctuation inside a word splits it ("two-week" is the phrase "two week").
   *
   * @throws IllegalArgumentException when the query has no word
   */
  public static TextQuery parse(String query) {
    List<List<String>> terms = new ArrayList<>();
    Matcher m = TERM.matcher(query == null ? "" : query);
    while (m.find()) {
      List<String> words = words(m.group(1) != null ? m.group(1) : m.group());
      if (!words.isEmpty() && !terms.contains(words)) {
        terms.add(words);
      }
    }
    if (terms.isEmpty()) {
      throw new IllegalArgumentException(
          "The search '"
              + (query == null ? "" : query.strip())
              + "' has no word to look for: give words, or \"a phrase\" in double quotes.");
    }
    return new TextQuery(query.strip(), List.copyOf(terms));
  }

  /** Every word of the query, lower-cased, in order: what a full-text index can narrow by. */
  public List<String> words() {
    return terms.stream().flatMap(List::stream).distinct().toList();
  }

  /** The terms: each a phrase's words, or one word. */
  public List<List<String>> terms() {
    return terms;
  }

  /** True when every term occurs in the text. */
  public boolean matches(String text) {
    return matchesAcross(text);
  }

  /** True when every term occurs in one of the texts (a phrase within one, never across two). */
  public boolean matchesAcross(String... texts) {
    List<List<Token>> tokens = java.util.Arrays.stream(texts).map(TextQuery::tokens).toList();
    return terms.stream().allMatch(t -> tokens.stream().anyMatch(in -> first(in, t).isPresent()));
  }

  /** Where the first term occurrence of any term starts and ends, or empty when none occurs. */
  public Optional<Span> earliest(String text) {
    List<Token> tokens = tokens(text);
    return terms.stream()
        .map(t -> first(tokens, t))
        .flatMap(Optional::stream)
        .min((a, b) -> Integer.compare(a.start(), b.start()));
  }

  @Override
  public String toString() {
    return text;
  }

  private static Optional<Span> first(List<Token> tokens, List<String> term) {
    for (int i = 0; i + term.size() <= tokens.size(); i++) {
      int n = 0;
      while (n < term.size() && tokens.get(i + n).word.equals(term.get(n))) {
        n++;
      }
      if (n == term.size()) {
        return Optional.of(new Span(tokens.get(i).start, tokens.get(i + n - 1).end));
      }
    }
    return Optional.empty();
  }

  private static List<String> words(String s) {
    return tokens(s).stream().map(t -> t.word).toList();
  }

  private static List<Token> tokens(String text) {
    List<Token> out = new ArrayList<>();
    Matcher m = WORD.matcher(text);
    while (m.find()) {
      out.add(new Token(m.group().toLowerCase(Locale.ROOT), m.start(), m.end()));
    }
    return out;
  }

  private record Token(String word, int start, int end) {}
}
