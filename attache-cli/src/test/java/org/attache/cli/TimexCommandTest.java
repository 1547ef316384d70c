package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TimexCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TimexCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsTimexesResolvedAgainstTheDct() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), "The defence chiefs met on Thursday.");
    Run r = run(report.toString(), "--dct", "2013-03-22");
    assertThat(r.exit()).isZero();
    JsonNode list = new ObjectMapper().readTree(r.out());
    assertThat(list).hasSize(1);
    assertThat(list.get(0).get("text").asText()).isEqualTo("Thursday");
    assertThat(list.get(0).get("start").asInt()).isEqualTo(26);
    assertThat(list.get(0).get("type").asText()).isEqualTo("DATE");
    assertThat(list.get(0).get("value").asText()).isEqualTo("2013-03-21");
  }

  @Test
  void leavesTheYearUnknownWithoutDct() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), "The talks end on October 28.");
    Run r = run(report.toString());
    assertThat(r.exit()).isZero();
    assertThat(new ObjectMapper().readTree(r.out()).get(0).get("value").asText())
        .isEqualTo("XXXX-10-28");
  }

  @Test
  void usesTheReportsOwnDateWithoutDct() throws Exception {
    Path report =
        Files.writeString(
            dir.resolve("r.txt"),
            " date 2024-05-09 ANKARA, May 9. The delegation arrived on Tuesday and will leave"
                + " on May 12.");
    Run r = run(report.toString());
    assertThat(r.exit()).isZero();
    JsonNode list = new ObjectMapper().readTree(r.out());
    assertThat(list.findValuesAsText("value")).contains("2024-05-07", "2024-05-12");
  }

  @Test
  void rejectsAMalformedDct() throws Exception {
    Path report = Files.writeString(dir.resolve("r.txt"), "The talks end on October 28.");
    Run r = run(report.toString(), "--dct", "22/03/2013");
    assertThat(r.exit()).isEqualTo(2);
    assertThat(r.err()).contains("--dct").contains("22/03/2013");
  }

  @Test
  void explainsAMissingFile() {
    Run r = run(dir.resolve("absent.txt").toString());
    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.err()).contains("Cannot read").contains("absent.txt");
  }
}
