package org.attache.cli;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.InputStream;
import java.io.PrintWriter;
import java.io.StringWriter;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.ReportLoader;
import org.attache.core.ingest.SourceText;
import org.attache.core.meta.LayoutReader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;
import picocli.CommandLine;

class TextCommandTest {
  @TempDir Path dir;

  private record Run(int exit, String out, String err) {}

  private Run run(String... args) {
    StringWriter out = new StringWriter();
    StringWriter err = new StringWriter();
    CommandLine cli = new CommandLine(new TextCommand());
    cli.setOut(new PrintWriter(out));
    cli.setErr(new PrintWriter(err));
    int exit = cli.execute(args);
    return new Run(exit, out.toString(), err.toString());
  }

  @Test
  void printsAPagesMainTextLaidOutAsAReport() throws Exception {
    Path page =
        Files.writeString(
            dir.resolve("p.html"),
            "<html><head><meta property='og:title' content='Talks in Baku'>"
                + "<meta name='author' content='Leyla Aliyeva'></head><body><nav><a href='/'>Home"
                + "</a></nav><article><p>The two ministers met in Baku on Monday, the statement"
                + " said, and signed a plan.</p><p>They will meet again in May.</p></article>"
                + "</body></html>");

    Run r = run(page.toString());

    assertThat(r.exit()).isZero();
    assertThat(r.out())
        .isEqualTo(
            "Talks in Baku\n\nBy Leyla Aliyeva\n\nThe two ministers met in Baku on Monday, the"
                + " statement said, and signed a plan.\n\nThey will meet again in May.\n");
  }

  @Test
  void printsWhatTheReadingIsGivenWithoutGalleryLinesOrADoubledBy() throws Exception {
    Path page = dir.resolve("gallery-page.html");
    try (InputStream in = getClass().getResourceAsStream("gallery-page.html")) {
      Files.copy(in, page);
    }
    // what analyze hands to the reading: the same loader, the same file
    List<LoadResult> loaded = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES).loadAll(page);
    assertThat(loaded).hasSize(1);
    SourceText read = loaded.get(0).source();

    Run all = run(page.toString());
    Run body = run("--body", page.toString());

    assertThat(all.out()).isEqualTo(read.text());
    assertThat(body.out()).isEqualTo(read.articleText());
    assertThat(all.out())
        .startsWith(
            "Estonian and Finnish navies plan a joint patrol\n\nBy Liisa Tamm\n"
                + "Published: 2024-03-05\n\nTALLINN, March 5.")
        .endsWith(body.out())
        .doesNotContain("By By")
        .doesNotContain("minehunters");
    assertThat(all.out().lines())
        .doesNotContain("Caption", "Close", "Back to Gallery")
        .filteredOn(l -> l.equals("Estonian and Finnish navies plan a joint patrol"))
        .hasSize(1);
    assertThat(body.out().lines().filter(l -> !l.isEmpty()))
        .hasSize(3)
        .allMatch(l -> l.endsWith("."));
    // the reading takes its facts from the article: every body block of its layout lies there
    int articleStart = all.out().length() - body.out().length();
    assertThat(LayoutReader.standard().read(read.text()).body())
        .isNotEmpty()
        .allMatch(b -> b.span().start() >= articleStart, "starts in the article");
  }

  @Test
  void namesEachItemOfADumpAndEachProblem() throws Exception {
    Path dump =
        Files.writeString(
            dir.resolve("d.jsonl"), "{\"maintext\": \"First.\"}\n{\"maintext\": 3}\n");

    Run r = run(dump.toString());

    assertThat(r.exit()).isEqualTo(1);
    assertThat(r.out()).startsWith("==> " + dump + "#1 <==\nFirst.\n");
    assertThat(r.err()).contains(dump + "#2: has a field \"maintext\" that is a number");
  }
}
