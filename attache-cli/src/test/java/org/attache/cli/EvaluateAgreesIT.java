package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.attache.core.read.ReadingJson;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * {@code attache evaluate} gives every figure the corpus scorer {@code score.py} gives, on the
 * corpus's seed reports analysed, from the export folder and from the database alike. Skips when
 * {@code ../shared/corpus} or {@code python3} is not there.
 */
class EvaluateAgreesIT {
  @TempDir Path dir;

  @Test
  void evaluateGivesTheScorersFiguresOnTheSeeds() throws Exception {
    Path corpus = Path.of(System.getProperty("attache.corpus", "../shared/corpus"));
    Path seeds = corpus.resolve("seeds");
    assumeTrue(Files.isDirectory(seeds), "no corpus at " + corpus);
    assumeTrue(Files.isRegularFile(corpus.resolve("score.py")), "no score.py in " + corpus);
    assumeTrue(pythonAnswers(), "no python3 on the PATH");
    String db = dir.resolve("seeds.db").toString();
    Path export = dir.resolve("export");
    assertThat(CommandRun.of("analyze", seeds.toString(), "--db", db).status()).isZero();
    assertThat(
            CommandRun.of("export", "--db", db, "--format", "jsonl", "--out", export.toString())
                .status())
        .isZero();

    JsonNode scored =
        ReadingJson.MAPPER.readTree(
            python(
                corpus.resolve("score.py").toString(),
                "--gold",
                seeds.toString(),
                "--pred",
                export.toString(),
                "--json"));
    JsonNode fromExport = evaluate("--pred", export.toString());
    JsonNode fromDatabase = evaluate("--db", db);

    assertThat(scored.path("documents").asInt()).isEqualTo(5);
    assertThat(scored.path("events_loose").path("tp").asInt()).isPositive();
    assertThat(fromExport).isEqualTo(scored);
    assertThat(fromDatabase).isEqualTo(scored);
  }

  private JsonNode evaluate(String... source) throws IOException {
    Path seeds = Path.of(System.getProperty("attache.corpus", "../shared/corpus"), "seeds");
    String[] args = {
      "evaluate", "--gold", seeds.toString(), source[0], source[1], "--format", "json"
    };
    CommandRun r = CommandRun.of(args);
    assertThat(r.status()).as(r.err()).isZero();
    return ReadingJson.MAPPER.readTree(r.out());
  }

  private static boolean pythonAnswers() {
    try {
      Process p = new ProcessBuilder("python3", "--version").redirectErrorStream(true).start();
      p.getInputStream().readAllBytes();
      return p.waitFor(30, TimeUnit.SECONDS) && p.exitValue() == 0;
    } catch (IOException e) {
      return false;
    } catch (InterruptedException e) {
      Thread.currentThread().interrupt();
      return false;
    }
  }

  private String python(String... args) throws IOException, InterruptedException {
    List<String> command = new java.util.ArrayList<>(List.of("python3"));
    command.addAll(List.of(args));
    Path err = dir.resolve("score.err");
    Process p = new ProcessBuilder(command).redirectError(err.toFile()).start();
    String out = new String(p.getInputStream().readAllBytes(), StandardCharsets.UTF_8);
    assertThat(p.waitFor(120, TimeUnit.SECONDS)).isTrue();
    assertThat(p.exitValue()).as(Files.readString(err)).isZero();
    return out;
  }
}
