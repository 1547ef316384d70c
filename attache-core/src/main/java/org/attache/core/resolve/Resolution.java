package org.attache.core.resolve;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.stream.Collectors;
import org.attache.core.meta.BlockRole;
import org.attache.core.meta.TextBlock;
import org.attache.core.read.Reading;

/**
 * Everything resolved across reports: one record per person, reprint families, occurrences.
 *
 * <p>Example: {@code Resolution.of(readings, texts).occurrences()}
 *
 * @param persons one record per real person
 * @param reprints reports grouped by the wire text they carry
 * @param occurrences one record per real event
 */
public record Resolution(
    List<ResolvedPerson> persons, ReprintFamilies reprints, List<Occurrence> occurrences) {

  /**
   * @param texts the original text of each reading, by report id (reprints are found in the bodies)
   */
  public static Resolution of(List<Reading> readings, Map<String, String> texts) {
    List<ResolvedPerson> persons = new PersonResolver().resolve(readings);
    Map<String, String> bodies = new HashMap<>();
    Map<String, Set<String>> editions = new HashMap<>();
    for (Reading r : readings) {
      String text = texts.getOrDefault(r.id(), "");
      bodies.put(r.id(), body(r, text));
      editions.put(r.id(), SameDayEditions.keys(r, text));
    }
    ReprintFamilies reprints = new ReprintDetector().families(bodies, editions);
    List<Occurrence> occurrences = new EventMerger().merge(readings, persons, reprints);
    return new Resolution(persons, reprints, occurrences);
  }

  /** The body of a report: its body blocks, joined. */
  public static String body(Reading r, String text) {
    return r.blocks().stream()
        .filter(b -> b.role() == BlockRole.BODY)
        .map(TextBlock::span)
        .filter(s -> s.end() <= text.length())
        .map(s -> s.of(text))
        .collect(Collectors.joining("\n"));
  }
}
