package org.attache.core.correct;

import java.util.ArrayList;
import java.util.Arrays;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Optional;
import java.util.Set;
import java.util.TreeSet;
import java.util.function.Function;
import java.util.function.Predicate;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/** Merging two persons into one, and splitting one person's reports off into another. */
final class PersonCorrections {
  private PersonCorrections() {}

  /** The corrected resolution, or null when a person named is not in it. */
  static Resolution apply(Resolution r, Correction c) {
    return c.kind() == CorrectionKind.MERGE_PERSONS ? merge(r, c) : split(r, c);
  }

  private static Resolution merge(Resolution r, Correction c) {
    Optional<ResolvedPerson> a = find(r, c.target());
    Optional<ResolvedPerson> b = find(r, c.value("other"));
    if (a.isEmpty() || b.isEmpty() || a.get().equals(b.get())) {
      return null;
    }
    ResolvedPerson keep = a.get();
    ResolvedPerson fold = b.get();
    ResolvedPerson merged =
        new ResolvedPerson(
            keep.id(),
            keep.name(),
            keep.country() != null ? keep.country() : fold.country(),
            union(keep.titles(), fold.titles()),
            union(keep.aliases(), fold.aliases()),
            new ArrayList<>(new TreeSet<>(union(keep.documents(), fold.documents()))));
    List<ResolvedPerson> persons = new ArrayList<>();
    for (ResolvedPerson p : r.persons()) {
      if (p.id().equals(keep.id())) {
        persons.add(merged);
      } else if (!p.id().equals(fold.id())) {
        persons.add(p);
      }
    }
    List<Occurrence> occurrences =
        r.occurrences().stream().map(o -> replace(o, fold.id(), merged, x -> true)).toList();
    return new Resolution(persons, r.reprints(), occurrences);
  }

  private static Resolution split(Resolution r, Correction c) {
    Optional<ResolvedPerson> a = find(r, c.target());
    String docs = c.value("documents");
    if (a.isEmpty() || docs == null) {
      return null;
    }
    Set<String> moved = new TreeSet<>(Arrays.asList(docs.split("\\s*,\\s*")));
    ResolvedPerson from = a.get();
    List<String> kept = from.documents().stream().filter(d -> !moved.contains(d)).toList();
    List<String> gone = from.documents().stream().filter(moved::contains).toList();
    if (gone.isEmpty() || kept.isEmpty()) {
      return null;
    }
    String name = c.values().getOrDefault("name", from.name());
    ResolvedPerson split =
        new ResolvedPerson(
            "p-split-" + c.id(), name, from.country(), from.titles(), List.of(name), gone);
    List<ResolvedPerson> persons = new ArrayList<>();
    for (ResolvedPerson p : r.persons()) {
      persons.add(
          p.id().equals(from.id())
              ? new ResolvedPerson(p.id(), p.name(), p.country(), p.titles(), p.aliases(), kept)
              : p);
    }
    persons.add(split);
    // An occurrence told only by the split-off reports has the other person in it.
    Predicate<Occurrence> onlyMoved =
        o -> o.reports().stream().map(OccurrenceReport::document).allMatch(moved::contains);
    List<Occurrence> occurrences =
        r.occurrences().stream().map(o -> replace(o, from.id(), split, onlyMoved)).toList();
    return new Resolution(persons, r.reprints(), occurrences);
  }

  private static Occurrence replace(
      Occurrence o, String oldId, ResolvedPerson by, Predicate<Occurrence> where) {
    if (!where.test(o)) {
      return o;
    }
    Map<String, OccurrenceParticipant> out = new java.util.LinkedHashMap<>();
    Function<OccurrenceParticipant, String> key = p -> p.person() != null ? p.person() : p.name();
    for (OccurrenceParticipant p : o.participants()) {
      OccurrenceParticipant q =
          oldId.equals(p.person()) ? new OccurrenceParticipant(by.id(), by.name(), p.role()) : p;
      out.putIfAbsent(key.apply(q), q);
    }
    return EventCorrections.withParticipants(o, List.copyOf(out.values()));
  }

  static Optional<ResolvedPerson> find(Resolution r, String id) {
    return r.persons().stream().filter(p -> p.id().equals(id)).findFirst();
  }

  private static List<String> union(List<String> a, List<String> b) {
    LinkedHashSet<String> out = new LinkedHashSet<>(a);
    out.addAll(b);
    return List.copyOf(out);
  }
}
