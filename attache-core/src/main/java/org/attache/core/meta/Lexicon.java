package org.attache.core.meta;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;

/** Reads the data files beside this package: one entry a line, {@code #} starts a comment. */
final class Lexicon {
  private Lexicon() {}

  /** The entries of {@code name}, trimmed, comments and blank lines dropped. */
  static List<String> entries(String name) {
    InputStream in = Lexicon.class.getResourceAsStream(name);
    if (in == null) {
      throw new IllegalStateException(
          "Data file org/attache/core/meta/"
              + name
              + " is not on the class path: rebuild attache-core.");
    }
    List<String> out = new ArrayList<>();
    try (BufferedReader reader =
        new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        String entry = withoutComment(line).strip();
        if (!entry.isEmpty()) {
          out.add(entry);
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException("Cannot read data file " + name, e);
    }
    return List.copyOf(out);
  }

  /** The entries of {@code name} in lower case, for case-blind matching. */
  static List<String> lowerCaseEntries(String name) {
    return entries(name).stream().map(e -> e.toLowerCase(Locale.ROOT)).toList();
  }

  private static String withoutComment(String line) {
    if (line.stripLeading().startsWith("#")) {
      return "";
    }
    int hash = line.indexOf(" #");
    return hash >= 0 ? line.substring(0, hash) : line;
  }
}
