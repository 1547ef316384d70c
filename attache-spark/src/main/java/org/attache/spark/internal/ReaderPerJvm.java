package org.attache.spark.internal;

import org.attache.core.read.ReportReader;

/**
 * One {@link ReportReader} per JVM: an executor loads CoreNLP's models once, on its first report,
 * and every task it runs after shares them (the reader is thread-safe).
 */
public final class ReaderPerJvm {
  private ReaderPerJvm() {}

  private static final class Holder {
    static final ReportReader READER = ReportReader.standard();
  }

  public static ReportReader reader() {
    return Holder.READER;
  }
}
