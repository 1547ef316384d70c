package org.attache.core.evaluate;

import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.util.List;
import java.util.SortedMap;
import org.attache.core.read.ReadingJson;

/**
 * The figures of one evaluation, as the corpus scorer gives them (a figure with nothing to count is
 * null).
 *
 * @param documents the gold reports scored
 * @param eventsLoose events matched by type and states
 * @param eventsStrict events matched also by date and a shared participant
 * @param eventsByType loose matching per event type
 * @param eventDateAccuracy share of loosely matched events whose date agrees
 * @param eventLocationAccuracy share of loosely matched events whose place's state agrees (or that
 *     both place nowhere)
 * @param persons persons matched by name
 * @param personCountryAccuracy share of matched persons given the gold's state
 * @param personTitleRecall share of the gold titles of matched persons that are found
 * @param metadataAccuracy per metadata field, the share of the reports stating it that are right
 * @param eventMerge pairwise F1 of matched events being one occurrence across reports
 * @param personMerge pairwise F1 of matched persons being one person across reports
 * @param misses every gold event not matched and every predicted one not matched, report by report
 */
public record Evaluation(
    int documents,
    Prf eventsLoose,
    Prf eventsStrict,
    SortedMap<String, Prf> eventsByType,
    Double eventDateAccuracy,
    Double eventLocationAccuracy,
    Prf persons,
    Double personCountryAccuracy,
    Double personTitleRecall,
    SortedMap<String, Double> metadataAccuracy,
    Prf eventMerge,
    Prf personMerge,
    List<Miss> misses) {

  /**
   * A gold event not found ({@code MISSED}) or a predicted event the gold does not have ({@code
   * EXTRA}).
   */
  public record Miss(
      String report, Kind kind, String type, String date, List<String> countries, String evidence) {
    public enum Kind {
      MISSED,
      EXTRA
    }
  }

  /** A measure of precision, recall and F1, labelled for a reader; null when undefined. */
  public record Measure(String label, Prf prf) {}

  /** A share (an accuracy or a recall), labelled for a reader; null when undefined. */
  public record Share(String label, Double value) {}

  /** The precision, recall and F1 measures, in reading order. */
  public List<Measure> measures() {
    return List.of(
        new Measure("events, loose (type, states)", eventsLoose),
        new Measure("events, strict (and date, person)", eventsStrict),
        new Measure("persons", persons),
        new Measure("one occurrence across reports", eventMerge),
        new Measure("one person across reports", personMerge));
  }

  /** The loose measure of each event type, by type name. */
  public List<Measure> byType() {
    return eventsByType.entrySet().stream()
        .map(t -> new Measure(t.getKey(), t.getValue()))
        .toList();
  }

  /** The shares, in reading order: events, persons, then each metadata field. */
  public List<Share> shares() {
    List<Share> out = new java.util.ArrayList<>();
    out.add(new Share("event dates", eventDateAccuracy));
    out.add(new Share("event places (state)", eventLocationAccuracy));
    out.add(new Share("person states", personCountryAccuracy));
    out.add(new Share("person titles (recall)", personTitleRecall));
    metadataAccuracy.forEach((k, v) -> out.add(new Share("metadata " + k, v)));
    return out;
  }

  /** A figure for reading: three decimals, or "n/a" when there is nothing to count. */
  public static String show(Double v) {
    return v == null ? "n/a" : String.format(java.util.Locale.ROOT, "%.3f", v);
  }

  /** The figures as JSON, under the keys of {@code score.py --json}, in its order. */
  public ObjectNode figures() {
    ObjectNode n = ReadingJson.MAPPER.createObjectNode();
    n.put("documents", documents);
    n.set("events_loose", prf(eventsLoose));
    n.set("events_strict", prf(eventsStrict));
    ObjectNode types = n.putObject("events_by_type");
    eventsByType.forEach((t, v) -> types.set(t, prf(v)));
    n.put("event_date_accuracy", eventDateAccuracy);
    n.put("event_location_accuracy", eventLocationAccuracy);
    n.set("persons", prf(persons));
    n.put("person_country_accuracy", personCountryAccuracy);
    n.put("person_title_recall", personTitleRecall);
    ObjectNode meta = n.putObject("metadata_accuracy");
    metadataAccuracy.forEach(meta::put);
    n.set("cross_doc_event_merge", prf(eventMerge));
    n.set("cross_doc_person_merge", prf(personMerge));
    return n;
  }

  /** The figures and, under {@code misses}, every missed and extra event. */
  public ObjectNode figuresWithMisses() {
    ObjectNode n = figures();
    ArrayNode list = n.putArray("misses");
    for (Miss m : misses) {
      ObjectNode x = list.addObject();
      x.put("report", m.report());
      x.put("kind", m.kind().name().toLowerCase(java.util.Locale.ROOT));
      x.put("type", m.type());
      x.put("date", m.date());
      m.countries().forEach(x.putArray("countries")::add);
      x.put("evidence", m.evidence());
    }
    return n;
  }

  private static ObjectNode prf(Prf v) {
    if (v == null) {
      return null;
    }
    ObjectNode n = ReadingJson.MAPPER.createObjectNode();
    n.put("p", v.p());
    n.put("r", v.r());
    n.put("f1", v.f1());
    n.put("tp", v.tp());
    n.put("fp", v.fp());
    n.put("fn", v.fn());
    return n;
  }
}
