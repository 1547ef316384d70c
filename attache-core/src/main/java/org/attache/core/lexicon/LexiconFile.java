package org.attache.core.lexicon;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.regex.Pattern;

/**
 * Reads a lexicon data file from the class path: one entry a line, {@code #} at the start of a line
 * or after white space starts a comment, blank lines ignored, entries trimmed. Every data file of
 * the project is read through here; {@link #rows} also splits fields on {@code |} or a tab.
 *
 * <p>Example: the line {@code AZ | Azerbaijan | Republic of Azerbaijan # official} gives the row
 * {@code [AZ, Azerbaijan, Republic of Azerbaijan]}.
 */
public final class LexiconFile {
  private static final Pattern COMMENT = Pattern.compile("(?:^|\\s)#.*$");

  private LexiconFile() {}

  /** One entry line, with its number in the file for error messages. */
  public record Line(int number, String text) {}

  /** The entry lines of {@code resource} beside {@code owner}, comments and blanks dropped. */
  public static List<Line> lines(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "Lexicon " + resource + " is missing beside " + owner.getName() + ". Rebuild the jar.");
    }
    List<Line> out = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      int number = 0;
      for (String line = r.readLine(); line != null; line = r.readLine()) {
        number++;
        String body = COMMENT.matcher(line).replaceFirst("").strip();
        if (!body.isEmpty()) {
          out.add(new Line(number, body));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + resource, e);
    }
    return List.copyOf(out);
  }

  /** The entries of {@code resource}, as {@link #lines} gives them, without line numbers. */
  public static List<String> entries(Class<?> owner, String resource) {
    return lines(owner, resource).stream().map(Line::text).toList();
  }

  /** The entries of {@code resource} split into fields on {@code |} or a tab. */
  public static List<List<String>> rows(Class<?> owner, String resource) {
    return entries(owner, resource).stream()
        .map(
            body ->
                Arrays.stream(body.split("[|\t]"))
                    .map(String::strip)
                    .filter(s -> !s.isEmpty())
                    .toList())
        .toList();
  }
}
