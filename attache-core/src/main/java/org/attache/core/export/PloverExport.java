package org.attache.core.export;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.MissingResourceException;
import java.util.Set;
import java.util.function.Function;
import java.util.stream.Collectors;
import org.attache.core.events.EventType;
import org.attache.core.meta.ReportMeta;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceParticipant;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.Resolution;
import org.attache.core.resolve.ResolvedPerson;

/**
 * Writes {@code plover.json}: one PLOVER record per report of an event, with PLOVER's field names
 * ({@code id, date, source, target, event, mode, context, text, publication, version}) as the
 * openeventdata gold-standard records use them, plus {@code location} and {@code cameo}.
 *
 * <p>Example: a visit of a Pakistani general to Baku becomes {@code {"event": "CONSULT", "mode":
 * "visit", "source": [{"code": "PAK", ...}], "target": [{"code": "AZE", ...}], ...}}.
 */
public final class PloverExport {
  private static final Set<String> GUESTS = Set.of("guest", "visitor", "delegation");

  /** The PLOVER category of one of our event types. */
  public static String category(EventType type) {
    return switch (type) {
      case MEETING, VISIT -> "CONSULT";
      case AGREEMENT -> "AGREE";
        // An arms sale or transfer is material cooperation (CAMEO 06), not a gift: PLOVER's AID
        // is for assistance given; a deal between states is COOPERATE in the military mode.
      case EXERCISE, TRAINING, ARMS -> "COOPERATE";
      case SUPPORT -> "SUPPORT";
    };
  }

  /** The PLOVER mode of one of our event types, or "" when PLOVER gives none. */
  public static String mode(EventType type) {
    return switch (type) {
      case VISIT -> "visit";
      case EXERCISE, TRAINING, ARMS -> "military";
      default -> "";
    };
  }

  /** A state's ISO alpha-3 code ("AZ" → "AZE"), or our own code when Java knows none (XK). */
  public static String alpha3(String code) {
    try {
      String three = new Locale("", code).getISO3Country();
      return three.isEmpty() ? code : three;
    } catch (MissingResourceException e) {
      return code;
    }
  }

  /** Writes {@code plover.json} (a JSON array) into {@code dir}. */
  public void write(
      Path dir, List<Reading> readings, Resolution resolution, Map<String, String> texts)
      throws IOException {
    Files.createDirectories(dir);
    ArrayNode all = ReadingJson.MAPPER.createArrayNode();
    all.addAll(records(readings, resolution, texts));
    Files.writeString(dir.resolve("plover.json"), ReadingJson.toJson(all));
  }

  /** The PLOVER records of every report of every occurrence. */
  public List<ObjectNode> records(
      List<Reading> readings, Resolution resolution, Map<String, String> texts) {
    Map<String, ReportMeta> metas =
        readings.stream().collect(Collectors.toMap(Reading::id, Reading::meta, (a, b) -> a));
    Map<String, ResolvedPerson> persons =
        resolution.persons().stream()
            .collect(Collectors.toMap(ResolvedPerson::id, Function.identity(), (a, b) -> a));
    List<ObjectNode> out = new ArrayList<>();
    for (Occurrence o : resolution.occurrences()) {
      List<String> sources = sources(o, persons);
      for (OccurrenceReport r : o.reports()) {
        out.add(record(o, r, sources, metas.get(r.document()), texts));
      }
    }
    return out;
  }

  private static ObjectNode record(
      Occurrence o,
      OccurrenceReport r,
      List<String> sources,
      ReportMeta meta,
      Map<String, String> texts) {
    ObjectNode n = ReadingJson.MAPPER.createObjectNode();
    n.put("id", o.id() + "-" + r.document());
    n.put("date", r.date() != null && !r.date().startsWith("X") ? r.date() : o.date());
    actors(n.putArray("source"), sources);
    actors(n.putArray("target"), o.countries().stream().filter(c -> !sources.contains(c)).toList());
    n.put("event", category(o.type()));
    n.put("mode", mode(o.type()));
    n.put("context", "military");
    n.put("cameo", o.cameo());
    if (o.location() != null) {
      n.putObject("location")
          .put("placeName", o.location().name())
          .put("country", o.location().country() == null ? null : alpha3(o.location().country()));
    }
    String text = texts.getOrDefault(r.document(), "");
    if (r.evidence() != null && r.evidence().end() <= text.length()) {
      n.put("text", r.evidence().of(text).strip());
    }
    n.put("language", "en");
    n.put("publication", meta == null ? null : meta.outlet());
    n.put("document", r.document());
    n.put("coder", "Attaché");
    return n;
  }

  /**
   * The states acting: a guest's state for visits (the visitor consults the host); otherwise every
   * state, as PLOVER's compound actors do for joint acts.
   */
  private static List<String> sources(Occurrence o, Map<String, ResolvedPerson> persons) {
    List<String> guests =
        o.participants().stream()
            .filter(p -> p.role() != null && GUESTS.contains(p.role().toLowerCase(Locale.ROOT)))
            .map(OccurrenceParticipant::person)
            .map(persons::get)
            .filter(p -> p != null && p.country() != null)
            .map(ResolvedPerson::country)
            .filter(o.countries()::contains)
            .distinct()
            .toList();
    if (!guests.isEmpty() && guests.size() < o.countries().size()) {
      return guests;
    }
    return o.countries();
  }

  private static void actors(ArrayNode array, List<String> codes) {
    for (String c : codes) {
      array.addObject().put("code", alpha3(c)).put("attache", c).put("sector", "GOV");
    }
  }
}
