package org.attache.core.export;

import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.resolve.ResolvedPerson;

/** Finds the resolved person behind a name as one report gives it. */
final class PersonIndex {
  private final Map<String, String> ids = new HashMap<>();

  PersonIndex(List<ResolvedPerson> persons) {
    for (ResolvedPerson p : persons) {
      for (String doc : p.documents()) {
        ids.put(key(doc, p.name()), p.id());
        p.aliases().forEach(a -> ids.putIfAbsent(key(doc, a), p.id()));
      }
    }
  }

  /** The resolved person's id, or null when the name is no person of that report. */
  String idOf(String reportId, String name) {
    return ids.get(key(reportId, name));
  }

  private static String key(String doc, String name) {
    return doc + '\u0000' + name;
  }
}
