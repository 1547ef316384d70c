package org.attache.core.resolve;

import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;

/**
 * Finds the resolved person behind a name as one report gives it.
 *
 * <p>Example: {@code new PersonIndex(persons).idOf("a1b2c3", "N. Raza")} is the id of the resolved
 * "Nadeem Raza" when report a1b2c3 names him so.
 */
public final class PersonIndex {
  private final Map<String, String> ids = new HashMap<>();
  private final Map<String, ResolvedPerson> byId = new HashMap<>();
  private final Map<String, List<ResolvedPerson>> byDoc = new HashMap<>();

  public PersonIndex(List<ResolvedPerson> persons) {
    for (ResolvedPerson p : persons) {
      byId.put(p.id(), p);
      for (String doc : p.documents()) {
        byDoc.computeIfAbsent(doc, d -> new ArrayList<>()).add(p);
        ids.put(key(doc, p.name()), p.id());
        p.aliases().forEach(a -> ids.putIfAbsent(key(doc, a), p.id()));
      }
    }
  }

  /** The resolved person's id, or null when the name is no person of that report. */
  public String idOf(String reportId, String name) {
    String id = ids.get(key(reportId, name));
    if (id != null) {
      return id;
    }
    // A participant named by a shorter form than the reading's person: match on the folded name.
    NameKey k = NameKey.of(name);
    for (ResolvedPerson p : byDoc.getOrDefault(reportId, List.of())) {
      if ((NameKey.of(p.name()).equals(k) || k.canStandFor(NameKey.of(p.name())))) {
        return p.id();
      }
    }
    return null;
  }

  /** The ids of every person a report names. */
  public java.util.Set<String> personsOf(String reportId) {
    java.util.Set<String> out = new java.util.TreeSet<>();
    byDoc.getOrDefault(reportId, List.of()).forEach(p -> out.add(p.id()));
    return out;
  }

  /** The resolved person of an id, or null. */
  public ResolvedPerson person(String id) {
    return byId.get(id);
  }

  private static String key(String doc, String name) {
    return doc + '\u0000' + name;
  }
}
