package org.attache.core.resolve;

import java.nio.charset.StandardCharsets;
import java.security.MessageDigest;
import java.security.NoSuchAlgorithmException;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.HexFormat;
import java.util.LinkedHashMap;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.SortedMap;
import java.util.TreeMap;
import java.util.TreeSet;
import org.attache.core.persons.Mention;
import org.attache.core.persons.Person;
import org.attache.core.read.Reading;

/**
 * Resolves the persons of many readings into one record per real person.
 *
 * <p>Example: "Zakir Hasanov" in one report and "Hasanov" (AZ) in another become one person.
 *
 * <p>Full names are grouped by their folded form; a shorter name ("Hasanov", "N. Raza") joins the
 * one full name it can stand for when exactly one fits and the states do not disagree. Readings are
 * visited in id order, so the result does not depend on the order reports arrived in.
 */
public final class PersonResolver {

  private record Seen(String reportId, Person person, NameKey key) {}

  public List<ResolvedPerson> resolve(List<Reading> readings) {
    return new ArrayList<>(resolveByKey(readings).values());
  }

  /**
   * The persons keyed by the folded name their group is filed under, in key order: {@link #resolve}
   * gives the values in this order. Two names can only fall in one person when they share their
   * first or their last word, so readings split along that line resolve apart exactly as together,
   * and the keys put the parts back in order.
   */
  public SortedMap<String, ResolvedPerson> resolveByKey(List<Reading> readings) {
    List<Seen> seen = new ArrayList<>();
    readings.stream()
        .sorted(Comparator.comparing(Reading::id))
        .forEach(
            r -> r.persons().forEach(p -> seen.add(new Seen(r.id(), p, NameKey.of(p.name())))));
    Map<String, List<Seen>> groups = new TreeMap<>();
    seen.stream()
        .filter(s -> !s.key().isSingle() && !s.key().words().isEmpty())
        .forEach(s -> groups.computeIfAbsent(s.key().folded(), k -> new ArrayList<>()).add(s));
    ShortForms.merge(groups);
    // Transliterations across reports ("Karim Valiyev" and "Karim Veliyev", "Zakir Hasanov" and
    // "Zakir Gasanov") only when both serve the same state and share a title word; keys are
    // visited in order, so the result does not depend on report order.
    ShortForms.mergeVariants(groups, PersonResolver::contextAgrees);
    List<String> fullNames = List.copyOf(groups.keySet());
    NameBlocks bySurname = NameBlocks.byLast(fullNames);
    NameBlocks byGiven = NameBlocks.byFirst(fullNames);
    for (Seen s : seen) {
      if (s.key().words().isEmpty() || !s.key().isSingle()) {
        continue;
      }
      String target = uniqueFullName(groups, s, bySurname, byGiven);
      groups
          .computeIfAbsent(target == null ? s.key().folded() : target, k -> new ArrayList<>())
          .add(s);
    }
    SortedMap<String, ResolvedPerson> out = new TreeMap<>();
    groups.forEach((key, g) -> out.put(key, toPerson(g)));
    return out;
  }

  private static boolean contextAgrees(List<Seen> a, List<Seen> b) {
    String ca =
        mostFrequent(a.stream().map(s -> s.person().country()).filter(Objects::nonNull).toList());
    String cb =
        mostFrequent(b.stream().map(s -> s.person().country()).filter(Objects::nonNull).toList());
    if (ca == null || !ca.equals(cb)) {
      return false;
    }
    java.util.Set<String> wa = titleWords(a);
    return titleWords(b).stream().anyMatch(wa::contains);
  }

  private static java.util.Set<String> titleWords(List<Seen> group) {
    java.util.Set<String> out = new TreeSet<>();
    group.forEach(
        s ->
            s.person()
                .titles()
                .forEach(
                    t ->
                        NameKey.of(t.replace("Defence", "Defense")).words().stream()
                            .filter(w -> w.length() >= 4)
                            .forEach(out::add)));
    return out;
  }

  /** The one full name a single word stands for: a full name with it as surname or given name. */
  private static String uniqueFullName(
      Map<String, List<Seen>> groups, Seen single, NameBlocks bySurname, NameBlocks byGiven) {
    TreeSet<String> sameName = new TreeSet<>(bySurname.candidates(single.key().last()));
    sameName.addAll(byGiven.candidates(single.key().first()));
    List<String> fits = new ArrayList<>();
    for (String key : sameName) {
      if (!NameKey.of(key).isSingle()
          && countriesAgree(groups.get(key), single.person().country())) {
        fits.add(key);
      }
    }
    // Prefer a full name seen in the same report.
    List<String> sameReport =
        fits.stream()
            .filter(
                f -> groups.get(f).stream().anyMatch(s -> s.reportId().equals(single.reportId())))
            .toList();
    if (sameReport.size() == 1) {
      return sameReport.get(0);
    }
    return fits.size() == 1 ? fits.get(0) : null;
  }

  private static boolean countriesAgree(List<Seen> group, String country) {
    return country == null
        || group.stream()
            .map(s -> s.person().country())
            .allMatch(c -> c == null || c.equals(country));
  }

  private static ResolvedPerson toPerson(List<Seen> group) {
    String name =
        group.stream()
            .map(s -> s.person().name())
            .max(
                Comparator.comparingInt((String n) -> NameKey.of(n).words().size())
                    .thenComparing(n -> n))
            .orElseThrow();
    String country =
        mostFrequent(
            group.stream().map(s -> s.person().country()).filter(Objects::nonNull).toList());
    List<String> titles =
        byFrequency(group.stream().flatMap(s -> s.person().titles().stream()).toList());
    LinkedHashSet<String> aliases = new LinkedHashSet<>();
    group.forEach(s -> s.person().mentions().stream().map(Mention::text).forEach(aliases::add));
    aliases.add(name);
    List<String> docs = new ArrayList<>(new TreeSet<>(group.stream().map(Seen::reportId).toList()));
    return new ResolvedPerson(idOf(name), name, country, titles, List.copyOf(aliases), docs);
  }

  private static String mostFrequent(List<String> values) {
    List<String> ranked = byFrequency(values);
    return ranked.isEmpty() ? null : ranked.get(0);
  }

  private static List<String> byFrequency(List<String> values) {
    Map<String, Integer> counts = new LinkedHashMap<>();
    values.forEach(v -> counts.merge(v, 1, Integer::sum));
    return counts.entrySet().stream()
        .sorted(Map.Entry.<String, Integer>comparingByValue().reversed())
        .map(Map.Entry::getKey)
        .toList();
  }

  static String idOf(String name) {
    try {
      byte[] h =
          MessageDigest.getInstance("SHA-256")
              .digest(NameKey.of(name).folded().getBytes(StandardCharsets.UTF_8));
      return "p-" + HexFormat.of().formatHex(h).substring(0, 12);
    } catch (NoSuchAlgorithmException e) {
      throw new IllegalStateException("the JDK has no SHA-256", e);
    }
  }
}
