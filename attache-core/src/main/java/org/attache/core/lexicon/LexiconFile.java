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

/**
 * Reads a lexicon data file from the class path: one entry a line, fields separated by {@code |} or
 * a tab, {@code #} starts a comment, blank lines ignored, fields trimmed.
 *
 * <p>Example: the line {@code AZ | Azerbaijan | Republic of Azerbaijan # official} gives the row
 * {@code [AZ, Azerbaijan, Republic of Azerbaijan]}.
 */
public final class LexiconFile {
  private LexiconFile() {}

  public static List<List<String>> rows(Class<?> owner, String resource) {
    InputStream in = owner.getResourceAsStream(resource);
    if (in == null) {
      throw new IllegalStateException(
          "Lexicon " + resource + " is missing beside " + owner.getName() + ". Rebuild the jar.");
    }
    List<List<String>> rows = new ArrayList<>();
    try (BufferedReader r = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      while ((line = r.readLine()) != null) {
        int hash = line.indexOf('#');
        String body = (hash >= 0 ? line.substring(0, hash) : line).strip();
        if (!body.isEmpty()) {
          rows.add(
              Arrays.stream(body.split("[|\t]"))
                  .map(String::strip)
                  .filter(s -> !s.isEmpty())
                  .toList());
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read lexicon " + resource, e);
    }
    return rows;
  }
}
