package org.attache.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;
import org.apache.spark.api.java.JavaPairRDD;
import org.apache.spark.api.java.JavaRDD;
import org.attache.core.events.Event;
import org.attache.core.export.JsonlExport;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.EventMerger;
import org.attache.core.resolve.Occurrence;
import org.attache.core.resolve.OccurrenceReport;
import org.attache.core.resolve.ReportedEvent;
import org.attache.core.resolve.ReprintFamilies;
import org.attache.core.resolve.ResolvedPerson;
import scala.Tuple2;

/**
 * Occurrences merged on the cluster. Blocking: {@link ReportedEvent#blockKey} (one event type, one
 * set of states), the blocks the store already merges apart; merging: {@link
 * EventMerger#mergeEvents} on each block, given the persons and reprint families of the block's
 * reports only, which is all it looks at. Each occurrence leaves as its {@code events.jsonl} line,
 * keyed for the order {@code attache export} writes.
 */
public final class DistributedEvents {
  private DistributedEvents() {}

  /** One reported event, its evidence sentence already cut from the report's text. */
  private record Stated(
      String document, int index, String eventJson, String evidence, String reportDate)
      implements Serializable {}

  /** One reported event with what its block needs of its report. */
  private record InBlock(Stated event, List<KeyedPerson> persons, String family)
      implements Serializable {}

  public static JavaPairRDD<String, String> merge(
      JavaRDD<ReadReport> read,
      JavaRDD<KeyedPerson> persons,
      JavaPairRDD<String, String> families) {
    JavaPairRDD<String, Stated> events =
        read.flatMapToPair(r -> stated(r.id(), r.reading(), r.text()).iterator());
    JavaPairRDD<String, KeyedPerson> personsByReport =
        persons.flatMapToPair(
            p -> p.documentIds().stream().map(d -> new Tuple2<>(d, p)).iterator());
    return events
        .cogroup(personsByReport, families)
        .flatMapToPair(
            t -> {
              List<KeyedPerson> ps = new ArrayList<>();
              t._2()._2().forEach(ps::add);
              String family =
                  t._2()._3().iterator().hasNext() ? t._2()._3().iterator().next() : null;
              List<Tuple2<String, InBlock>> out = new ArrayList<>();
              for (Stated s : t._2()._1()) {
                out.add(new Tuple2<>(blockKey(s), new InBlock(s, ps, family)));
              }
              return out.iterator();
            })
        .groupByKey()
        .flatMapToPair(block -> mergeBlock(block._2()).iterator());
  }

  private static String blockKey(Stated s) {
    return new ReportedEvent(s.document(), s.index(), event(s)).blockKey();
  }

  private static Event event(Stated s) {
    return Json.parse(s.eventJson(), Event.class);
  }

  private static List<Tuple2<String, Stated>> stated(String id, Reading reading, String text) {
    List<Tuple2<String, Stated>> out = new ArrayList<>();
    for (int i = 0; i < reading.events().size(); i++) {
      Event e = reading.events().get(i);
      String evidence =
          e.evidence() != null && e.evidence().end() <= text.length()
              ? e.evidence().of(text)
              : null;
      out.add(
          new Tuple2<>(
              id, new Stated(id, i, ReadingJson.toJson(e), evidence, reading.meta().reportDate())));
    }
    return out;
  }

  private static List<Tuple2<String, String>> mergeBlock(Iterable<InBlock> block) {
    Map<String, ResolvedPerson> persons = new TreeMap<>();
    Map<String, String> families = new HashMap<>();
    Map<String, String> evidence = new HashMap<>();
    List<ReportedEvent> events = new ArrayList<>();
    for (InBlock b : block) {
      Stated s = b.event();
      b.persons().forEach(p -> persons.computeIfAbsent(p.key(), k -> p.person()));
      if (b.family() != null) {
        families.put(s.document(), b.family());
      }
      if (s.evidence() != null) {
        evidence.put(s.document() + ":" + s.index(), s.evidence());
      }
      // the report's date: the merger joins an undated event to one dated in its report's month
      events.add(new ReportedEvent(s.document(), s.index(), event(s), s.reportDate()));
    }
    List<Occurrence> occurrences =
        new EventMerger()
            .mergeEvents(events, new ArrayList<>(persons.values()), new ReprintFamilies(families));
    List<Tuple2<String, String>> out = new ArrayList<>();
    for (Occurrence o : occurrences) {
      String line =
          ReadingJson.toJson(
              JsonlExport.occurrence(o, r -> evidence.get(r.document() + ":" + r.index())));
      OccurrenceReport first = o.reports().get(0);
      // The store's order: by first report, then id (\u0000 sorts before any character of an id).
      out.add(new Tuple2<>(first.document() + ":" + first.index() + "\u0000" + o.id(), line));
    }
    return out;
  }
}
