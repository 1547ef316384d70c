package org.attache.cli;

import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ArrayNode;
import com.fasterxml.jackson.databind.node.ObjectNode;
import java.io.IOException;
import java.io.PrintWriter;
import java.nio.charset.MalformedInputException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.time.LocalDate;
import java.util.concurrent.Callable;
import org.attache.core.meta.LayoutReader;
import org.attache.core.read.ReportReader;
import org.attache.core.time.TimeAnchor;
import org.attache.core.time.Timex;
import org.attache.core.time.TimexTagger;
import picocli.CommandLine.Command;
import picocli.CommandLine.Model.CommandSpec;
import picocli.CommandLine.Option;
import picocli.CommandLine.Parameters;
import picocli.CommandLine.Spec;

/** {@code attache timex FILE [--dct YYYY-MM-DD]}: prints the time expressions of a text as JSON. */
@Command(
    name = "timex",
    mixinStandardHelpOptions = true,
    description =
        "Prints every time expression of a text file as a JSON list of start, end, text, type"
            + " (DATE, TIME, DURATION, SET) and TIMEX3 value. Relative dates are resolved against"
            + " --dct; without it, against the report's own date when the text gives one (a"
            + " publication date, a dated dateline), and no year is guessed when it gives none"
            + " (\"October 28\" is XXXX-10-28).")
public final class TimexCommand implements Callable<Integer> {
  @Spec CommandSpec spec;

  @Parameters(index = "0", paramLabel = "FILE", description = "A UTF-8 text file.")
  Path file;

  @Option(
      names = "--dct",
      paramLabel = "YYYY-MM-DD",
      description = "The document creation time: the date relative expressions are read against.")
  LocalDate dct;

  @Override
  public Integer call() throws IOException {
    PrintWriter out = spec.commandLine().getOut();
    PrintWriter err = spec.commandLine().getErr();
    String text;
    try {
      text = Files.readString(file, StandardCharsets.UTF_8);
    } catch (MalformedInputException e) {
      err.println("Cannot read " + file + ": not UTF-8. Convert it to UTF-8 first.");
      return 1;
    } catch (IOException e) {
      err.println("Cannot read " + file + ": " + e.getMessage() + ". Check the path.");
      return 1;
    }
    // Without --dct, the report's own date (a publication date or a dated dateline) anchors it.
    TimeAnchor anchor =
        dct == null
            ? ReportReader.anchor(LayoutReader.standard().read(text).meta())
            : TimeAnchor.of(dct);
    ObjectMapper json = new ObjectMapper();
    ArrayNode list = json.createArrayNode();
    for (Timex t : TimexTagger.standard().tag(text, anchor)) {
      ObjectNode o = list.addObject();
      o.put("start", t.span().start());
      o.put("end", t.span().end());
      o.put("text", t.text());
      o.put("type", t.type().name());
      o.put("value", t.value());
    }
    out.println(json.writerWithDefaultPrettyPrinter().writeValueAsString(list));
    out.flush();
    return 0;
  }
}
