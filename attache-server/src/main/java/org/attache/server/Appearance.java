package org.attache.server;

import java.util.List;

/**
 * Where one report names a person: the titles it gives them and the sentences that name them, so
 * every statement about a person is one click from its source.
 *
 * <p>Example: a report of 2023-10-28 calling Tariq Mahmood "General", with the one sentence {@code
 * s0} that names him.
 *
 * @param report the report
 * @param titles the titles this report gives the person
 * @param sentences the sentences naming the person, in text order
 */
public record Appearance(ReportSummary report, List<String> titles, List<Quote> sentences) {
  public Appearance {
    titles = List.copyOf(titles);
    sentences = List.copyOf(sentences);
  }

  /**
   * A sentence of a report, as written.
   *
   * @param ref the sentence's number in its report ({@code s0}, {@code s1} ...), as highlights give
   *     it
   * @param start the first character in the report's text
   * @param end one past the last
   * @param text the sentence, its runs of white space made single spaces
   */
  public record Quote(String ref, int start, int end, String text) {}
}
