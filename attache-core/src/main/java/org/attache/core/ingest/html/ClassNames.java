package org.attache.core.ingest.html;

import java.util.Locale;
import java.util.Set;
import java.util.regex.Pattern;
import java.util.stream.Collectors;
import org.attache.core.lexicon.LexiconFile;
import org.jsoup.nodes.Element;

/**
 * Reads what an element's class and id say about it: furniture ({@code "share-bar"}, {@code
 * "comments"}) or the article's own text ({@code "article-body"}). Words come from data files.
 *
 * <p>Example: {@code ClassNames.standard().isFurniture(element)}
 */
final class ClassNames {
  private static final Pattern PARTS = Pattern.compile("[^a-z0-9]+|(?<=[a-z])(?=[A-Z])");
  private static final ClassNames STANDARD =
      new ClassNames(words("boilerplate-names.txt"), words("content-names.txt"));

  private final Set<String> furniture;
  private final Set<String> content;

  ClassNames(Set<String> furniture, Set<String> content) {
    this.furniture = furniture;
    this.content = content;
  }

  static ClassNames standard() {
    return STANDARD;
  }

  /** True when the class or id names furniture and nothing of the article's own text. */
  boolean isFurniture(Element e) {
    String names = names(e);
    if (names.isEmpty()) {
      return false;
    }
    boolean bad = false;
    for (String part : parts(names)) {
      if (content.contains(part)) {
        return false;
      }
      bad |= furniture.contains(part);
    }
    return bad;
  }

  /** +1 when the class or id names the article's text, -1 when it names furniture, else 0. */
  int weight(Element e) {
    String names = names(e);
    int w = 0;
    for (String part : parts(names)) {
      if (content.contains(part)) {
        w = Math.max(w, 1);
      } else if (furniture.contains(part) && w == 0) {
        w = -1;
      }
    }
    return w;
  }

  private static String names(Element e) {
    return (e.className() + " " + e.id()).strip();
  }

  private static String[] parts(String names) {
    return PARTS.split(names.replaceAll("([a-z])([A-Z])", "$1 $2").toLowerCase(Locale.ROOT));
  }

  private static Set<String> words(String file) {
    return LexiconFile.rows(ClassNames.class, file).stream()
        .map(r -> r.get(0).toLowerCase(Locale.ROOT))
        .collect(Collectors.toUnmodifiableSet());
  }
}
