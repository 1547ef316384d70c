package org.attache.core.query;

import java.util.Collection;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Set;
import java.util.TreeSet;
import java.util.stream.Collectors;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.ReprintFamilies;

/**
 * What some occurrences rest on, counted one way for the command line, the API, the web page and
 * the brief: each report once however many of the occurrences it tells of, the reprints of one text
 * as one independent source, and an occurrence undated when neither its date nor the publication of
 * one of its reports gives its year.
 *
 * <p>Example: a visit and a meeting in Baku told by a wire report, the wire's reprint in a digest
 * and a herald's own report: {@code SourceCount.of(List.of(visit, meeting), reprints, published)}
 * gives 2 occurrences, 3 reports, 1 reprint family, 2 independent sources, 0 undated.
 *
 * @param occurrences how many occurrences
 * @param reports the distinct reports telling of at least one of them
 * @param reprintFamilies how many groups of two or more of those reports carry one text
 * @param independentSources the reports with the reprints of one text counted once
 * @param undated the occurrences of unknown year
 */
public record SourceCount(
    int occurrences, int reports, int reprintFamilies, int independentSources, int undated) {

  /**
   * @param reprints the reprint families of the resolution the occurrences come from
   * @param published each report's publication date (ISO), by report id; missing when unknown
   */
  public static SourceCount of(
      List<Occurrence> occurrences, ReprintFamilies reprints, Map<String, String> published) {
    Set<String> reports = new TreeSet<>();
    occurrences.forEach(o -> o.reports().forEach(r -> reports.add(r.document())));
    Collection<Long> familySizes =
        reports.stream()
            .collect(Collectors.groupingBy(reprints::familyOf, Collectors.counting()))
            .values();
    return new SourceCount(
        occurrences.size(),
        reports.size(),
        (int) familySizes.stream().filter(n -> n > 1).count(),
        reprints.independent(reports),
        (int) occurrences.stream().filter(o -> year(o, published) == null).count());
  }

  /**
   * The occurrence's year: its date's, else the year of the first of its reports with a publication
   * date ("XXXX-10-28" told by a report of 2023-10-29 is of 2023); null when neither says.
   */
  public static Integer year(Occurrence o, Map<String, String> published) {
    Integer own = yearOf(o.date());
    if (own != null) {
      return own;
    }
    return o.reports().stream()
        .map(r -> yearOf(published.get(r.document())))
        .filter(Objects::nonNull)
        .findFirst()
        .orElse(null);
  }

  /** The year a value starts with: "2023-10-28", "2023-W43", "2023-SU"; null for "XXXX-10-28". */
  private static Integer yearOf(String iso) {
    return iso != null && iso.matches("\\d{4}.*") ? Integer.valueOf(iso.substring(0, 4)) : null;
  }
}
