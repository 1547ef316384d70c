package org.attache.spark;

import java.io.IOException;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import org.attache.core.export.JsonlExport;
import org.attache.core.ingest.ReportFinder;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.read.Reading;
import org.attache.core.read.ReportReader;
import org.attache.spark.internal.ReaderPerJvm;
import org.attache.store.KnowledgeBase;

/**
 * The single-machine path, in process: what {@code attache analyze PATH --db FILE} and {@code
 * attache export --db FILE --format jsonl} write, through the same store and export.
 */
final class SingleMachineExport {
  private SingleMachineExport() {}

  /** The project's examples folder, as the build names it. */
  static Path examples() {
    return Path.of(System.getProperty("attache.examples", "../examples"));
  }

  private static Path examplesExport;

  /** The examples exported the single-machine way, once per JVM: the folder of the three files. */
  static synchronized Path exportExamples() throws IOException {
    if (examplesExport == null) {
      Path out = Files.createTempDirectory("attache-single-export");
      write(examples(), out);
      examplesExport = out;
    }
    return examplesExport;
  }

  static void write(Path input, Path out) throws IOException {
    Path db = Files.createTempDirectory("attache-single").resolve("kb.db");
    ReportReader reader = ReaderPerJvm.reader();
    ReportLoader loader = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES);
    try (KnowledgeBase kb = KnowledgeBase.open(db.toString())) {
      for (Path f : ReportFinder.find(List.of(input))) {
        loader.loadAll(f, r -> kb.save(r.source(), reader.read(r.source())));
      }
      kb.resolve();
      List<Reading> readings = kb.readings();
      Map<String, String> texts = new HashMap<>();
      readings.forEach(r -> texts.put(r.id(), kb.text(r.id()).orElse("")));
      new JsonlExport().write(out, readings, kb.corrected().resolution(), texts);
    }
  }
}
