package org.attache.spark.internal;

import java.io.Serializable;
import java.util.ArrayList;
import org.attache.core.ingest.SourceText;
import org.attache.core.read.Reading;
import org.attache.core.read.ReadingJson;
import org.attache.core.resolve.SameDayEditions;

/**
 * A report and its reading, as they travel between Spark's stages.
 *
 * @param signature the MinHash signature of the report's body, or null when it is too short
 * @param editions the report's {@link SameDayEditions#keys}: reports sharing one are one family
 */
public record ReadReport(
    LoadedReport report, String readingJson, long[] signature, ArrayList<String> editions)
    implements Serializable {

  public static ReadReport of(LoadedReport report, Reading reading, long[] signature) {
    return new ReadReport(
        report,
        ReadingJson.toJson(reading),
        signature,
        new ArrayList<>(SameDayEditions.keys(reading, report.text())));
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
