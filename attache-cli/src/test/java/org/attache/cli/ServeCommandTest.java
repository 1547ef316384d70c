package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.nio.file.Path;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class ServeCommandTest {
  @TempDir Path dir;

  @Test
  void listensOnLoopbackReadOnlyByDefault() {
    ServeCommand serve = new ServeCommand();
    new CommandLine(serve).parseArgs("--db", "kb.db");

    assertThat(serve.bind).isEqualTo("127.0.0.1");
    assertThat(serve.port).isEqualTo(8080);
    assertThat(serve.token).isEqualTo(System.getenv("ATTACHE_TOKEN"));
  }

  @Test
  void refusesAMissingDatabaseInsteadOfServingAnEmptyOne() {
    String missing = dir.resolve("none.db").toString();

    assertThat(Main.run("serve", "--db", missing, "--port", "0")).isEqualTo(2);
    assertThat(dir.resolve("none.db")).doesNotExist();
  }
}
