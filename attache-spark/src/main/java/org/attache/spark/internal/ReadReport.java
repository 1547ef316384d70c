package org.attache.spark.internal;

import java.io.Serializable;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;

/**
 * A report and its reading, as they travel between Spark's stages.
 *
 * @param signature the MinHash signature of the report's body, or null when it is too short
 */
public record ReadReport(LoadedReport report, String readingJson, long[] signature)
    implements Serializable {

  public static ReadReport of(LoadedReport report, Reading reading, long[] signature) {
    return new ReadReport(report, ReadingJson.toJson(reading), signature);
  }

  public String id() {
    return report.id();
  }

  public String text() {
    return report.text();
  }

  public Reading reading() {
    return ReadingJson.fromJson(readingJson);
  }

  public SourceText source() {
    return report.source();
  }
}
