package org.attache.spark.internal;

import java.io.Serializable;
import org.attache.core.ingest.Origin;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.ReadingJson;

/**
 * A report's text as loaded, in a form Spark can ship between machines.
 *
 * @param order where the report stands in the input (file, then item): of two copies of one text,
 *     the first is kept, as {@code attache analyze} keeps the first path it saw
 * @param originJson the {@link Origin} as JSON
 */
public record LoadedReport(
    long order, String id, String path, String text, String sha256, String originJson)
    implements Serializable {

  public static LoadedReport of(long order, SourceText s) {
    return new LoadedReport(
        order, s.id(), s.path(), s.text(), s.sha256(), ReadingJson.toJson(s.origin()));
  }

  public SourceText source() {
    return new SourceText(id, path, text, sha256, Json.parse(originJson, Origin.class));
  }

  /** The earlier of two loads of one text. */
  public static LoadedReport first(LoadedReport a, LoadedReport b) {
    return a.order() <= b.order() ? a : b;
  }
}
