package org.attache.core.resolve;

import java.util.Collection;
import java.util.HashMap;
import java.util.Map;
import java.util.Set;
import java.util.TreeSet;

/**
 * Reports grouped by the wire text they reprint: each report maps to its family's first report.
 *
 * <p>Example: {@code families.familyOf("b2")} is {@code "a1"} when b2 reprints a1; {@code
 * families.independent(List.of("a1", "b2", "c3"))} is 2.
 */
public record ReprintFamilies(Map<String, String> familyOf) {
  public ReprintFamilies {
    familyOf = Map.copyOf(familyOf);
  }

  /** No report reprints another. */
  public static ReprintFamilies none() {
    return new ReprintFamilies(new HashMap<>());
  }

  /** The family (its first report's id) of a report; a report alone is its own family. */
  public String familyOf(String document) {
    return familyOf.getOrDefault(document, document);
  }

  /** True when the two reports carry one text. */
  public boolean sameText(String a, String b) {
    return familyOf(a).equals(familyOf(b));
  }

  /** How many of the documents are independent sources: one per family. */
  public int independent(Collection<String> documents) {
    Set<String> families = new TreeSet<>();
    documents.forEach(d -> families.add(familyOf(d)));
    return families.size();
  }
}
