package org.attache.core.persons;

import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attache.core.Span;
import org.attache.core.lexicon.LexiconFile;
import org.attache.core.nlp.Sentence;
import org.attache.core.nlp.Token;

/**
 * Finds the stretches of a sentence that name a person: the name tagger's PERSON runs, and the
 * capitalised words after a rank or honorific that the tagger missed ("Col-Gen Zakir Hasanov", "Mr.
 * Esper"). Titles inside a run are cut off: a name is reported without them.
 */
final class NameCandidates {
  private static final Pattern NAME_WORD = Pattern.compile("(\\p{Lu}[\\p{L}'’.-]*|\\p{Lu}\\.)");

  /** Letters after a name that are not part of it: "Richard Roe MP", "John Doe KCB". */
  private static final Set<String> POST_NOMINALS =
      LexiconFile.rows(NameCandidates.class, "post-nominals.txt").stream()
          .flatMap(List::stream)
          .collect(Collectors.toUnmodifiableSet());

  private NameCandidates() {}

  static List<Span> find(String text, Sentence s, List<TitleMatch> titles) {
    List<Span> out = new ArrayList<>();
    List<Token> t = s.tokens();
    for (int i = 0; i < t.size(); ) {
      if (!"PERSON".equals(t.get(i).ner())) {
        i++;
        continue;
      }
      int j = i;
      while (j < t.size() && "PERSON".equals(t.get(j).ner())) {
        j++;
        if (hyphenJoins(t, j)) {
          j += 2;
        }
      }
      addTrimmed(text, t.subList(i, j), titles, out);
      i = j;
    }
    for (TitleMatch title : titles) {
      if (s.span().contains(title.span().start())) {
        afterTitle(text, t, title, out);
      }
    }
    out.sort((a, b) -> Integer.compare(a.start(), b.start()));
    return out;
  }

  /**
   * Whether token {@code j} is a hyphen written solid between the name word before it and a word
   * after it: the tokenizer splits "Osei-Tutu", and the tagger may leave the hyphen, or the part
   * after it, out of the name.
   */
  private static boolean hyphenJoins(List<Token> t, int j) {
    if (j + 1 >= t.size() || j == 0 || !t.get(j).word().matches("[-‐‑]")) {
      return false;
    }
    Token after = t.get(j + 1);
    return t.get(j - 1).span().end() == t.get(j).span().start()
        && t.get(j).span().end() == after.span().start()
        && Character.isUpperCase(after.word().charAt(0));
  }

  private static void addTrimmed(
      String text, List<Token> run, List<TitleMatch> titles, List<Span> out) {
    int from = 0;
    int to = run.size();
    while (from < to && insideTitle(run.get(from).span(), titles)) {
      from++;
    }
    while (to > from && (isTail(run.get(to - 1)) || isPostNominal(run.get(to - 1)))) {
      to--;
    }
    if (from < to) {
      out.add(new Span(run.get(from).span().start(), run.get(to - 1).span().end()));
    }
  }

  /**
   * Where the post-nominal letters that follow a name end ("Richard Roe MP KC, Attorney General"
   * gives the position after "KC"); {@code pos} itself when none follow.
   */
  static int afterPostNominals(String text, int pos, int limit) {
    int at = pos;
    while (true) {
      int w = at;
      while (w < limit && text.charAt(w) == ' ') {
        w++;
      }
      int end = w;
      while (end < limit && Character.isLetter(text.charAt(end))) {
        end++;
      }
      if (w == at || end == w || !POST_NOMINALS.contains(text.substring(w, end))) {
        return at;
      }
      at = end;
    }
  }

  private static boolean isPostNominal(Token t) {
    return POST_NOMINALS.contains(t.word());
  }

  private static boolean isTail(Token t) {
    return t.word().equals("'s")
        || t.word().equals("’s")
        || !Character.isLetter(t.word().charAt(0));
  }

  private static boolean insideTitle(Span token, List<TitleMatch> titles) {
    return titles.stream()
        .anyMatch(m -> m.span().start() <= token.start() && token.end() <= m.span().end());
  }

  /**
   * Up to four capitalised words right after a title, if no candidate has them. After a rank or
   * honorific the tagger's LOCATION/ORGANIZATION words are refused; after an office ("Minister of
   * National Defense Park Seo-yeon", where the tagger takes "Park" for a place) two proper nouns
   * are enough, whatever the tagger said.
   */
  private static void afterTitle(String text, List<Token> t, TitleMatch title, List<Span> out) {
    boolean office = title.kind() == TitleKind.OFFICE;
    // "the Hon Richard Roe": the tagger takes an unknown name after a style for a place
    boolean styled = office || title.kind() == TitleKind.HONORIFIC;
    int k = 0;
    while (k < t.size() && t.get(k).span().start() < title.span().end()) {
      k++;
    }
    int start = k;
    while (k < t.size()
        && k - start < 4
        && isNameWord(t.get(k), styled)
        && !isPostNominal(t.get(k))
        && !insideTitleStart(t.get(k), title)) {
      k = hyphenEnd(t, k) + 1;
    }
    if (k == start || (k - start == 1 && (office || t.get(start).word().endsWith(".")))) {
      return;
    }
    Span span = new Span(t.get(start).span().start(), t.get(k - 1).span().end());
    if (out.stream().noneMatch(o -> o.overlaps(span))) {
      out.add(span);
    }
  }

  /** The last token of a hyphenated word the tokenizer split ("Seo", "-", "yeon"). */
  private static int hyphenEnd(List<Token> t, int k) {
    while (k + 2 < t.size()
        && t.get(k + 1).word().equals("-")
        && t.get(k + 1).span().start() == t.get(k).span().end()
        && t.get(k + 2).span().start() == t.get(k + 1).span().end()
        && Character.isLetter(t.get(k + 2).word().charAt(0))) {
      k += 2;
    }
    return k;
  }

  private static boolean insideTitleStart(Token token, TitleMatch title) {
    return token.span().start() < title.span().end();
  }

  private static boolean isNameWord(Token t, boolean afterOffice) {
    boolean shape =
        NAME_WORD.matcher(t.word()).matches()
            && (t.pos().startsWith("NNP") || t.word().length() == 2 && t.word().endsWith("."));
    return shape && (afterOffice || !"LOCATION".equals(t.ner()) && !"ORGANIZATION".equals(t.ner()));
  }
}
