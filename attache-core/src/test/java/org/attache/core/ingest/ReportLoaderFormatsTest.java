package org.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.attache.core.ingest.items.WarcFixture;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** {@link ReportLoader#loadAll}: every format, told by content, within limits. */
class ReportLoaderFormatsTest {
  @TempDir Path dir;
  private final ReportLoader loader = new ReportLoader(64 * 1024);

  static final String PAGE =
      "<!doctype html><html><head><title>Talks in Baku</title></head><body><nav><a href='/'>"
          + "Home</a></nav><article><h1>Talks in Baku</h1><p>The ministers of the two states met in"
          + " Baku on Monday and signed a plan for military cooperation, the ministry said.</p>"
          + "</article></body></html>";

  private Path write(String name, byte[] bytes) throws IOException {
    Path p = dir.resolve(name);
    Files.write(p, bytes);
    return p;
  }

  static byte[] gzip(byte[] bytes) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      gz.write(bytes);
    }
    return b.toByteArray();
  }

  @Test
  void readsAPageByItsContentWhateverItsName() throws IOException {
    Path p = write("saved.txt", PAGE.getBytes(StandardCharsets.UTF_8));

    List<LoadResult> r = loader.loadAll(p);

    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
    assertThat(r.get(0).source().text())
        .isEqualTo(
            "Talks in Baku\n\nThe ministers of the two states met in Baku on Monday and"
                + " signed a plan for military cooperation, the ministry said.\n");
    assertThat(r.get(0).source().origin().format()).isEqualTo("html");
    assertThat(r.get(0).source().origin().original()).contains("<nav>");
  }

  @Test
  void readsGzippedPagesDumpsAndArchives() throws IOException {
    Path page = write("p.html.gz", gzip(PAGE.getBytes(StandardCharsets.UTF_8)));
    Path dump =
        write(
            "d.jsonl.gz", gzip("{\"maintext\": \"One.\"}\n{\"maintext\": \"Two.\"}\n".getBytes()));
    Path warc =
        write(
            "c.warc.gz",
            new WarcFixture(true)
                .response("https://x.example/", "text/html", PAGE.getBytes(), "")
                .bytes());

    assertThat(loader.loadAll(page)).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
    assertThat(loader.loadAll(dump)).hasSize(2).allMatch(LoadResult::ok);
    assertThat(loader.loadAll(warc)).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
  }

  @Test
  void readsPlainTextReportsAsBefore() throws IOException {
    Path p = write("r.txt", "BAKU, May 4. Talks were held.\n".getBytes(StandardCharsets.UTF_8));

    assertThat(loader.loadAll(p))
        .singleElement()
        .satisfies(x -> assertThat(x.source().text()).isEqualTo("BAKU, May 4. Talks were held.\n"));
  }

  @Test
  void aGzipBombIsOneProblemNotAFullMemory() throws IOException {
    Path p = write("bomb.html.gz", WarcFixture.gzippedZeros(100_000_000));

    List<LoadResult> r = loader.loadAll(p);

    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isFalse());
    assertThat(r.get(0).problem().message()).contains("limit");
  }

  @Test
  void aDamagedGzipFileIsOneProblem() throws IOException {
    byte[] gz = gzip(PAGE.getBytes(StandardCharsets.UTF_8));
    byte[] cut = java.util.Arrays.copyOf(gz, gz.length / 2);
    Path p = write("cut.html.gz", cut);

    assertThat(loader.loadAll(p))
        .singleElement()
        .satisfies(x -> assertThat(x.problem().message()).contains("damaged gzip"));
  }

  @Test
  void aFileWithNoItemsSaysSo() throws IOException {
    Path p = write("blank.jsonl", "{}\n".getBytes());
    Path q =
        write(
            "info-only.warc",
            new WarcFixture(false)
                .record("warcinfo", "urn:x", "application/warc-fields", "a: b\r\n".getBytes())
                .bytes());

    assertThat(loader.loadAll(p).get(0).problem().message()).contains("no article text");
    assertThat(loader.loadAll(q).get(0).problem().message()).contains("holds no reports");
  }

  @Test
  void findsEveryKnownKindOfFileInAFolder() throws IOException {
    for (String n :
        List.of(
            "a.txt",
            "b.html",
            "c.htm",
            "d.html.gz",
            "e.jsonl",
            "f.warc.gz",
            "g.rss",
            "h.atom",
            "i.png",
            ".hidden.html",
            "j.pdf")) {
      write(n, new byte[] {'x'});
    }

    assertThat(ReportFinder.find(List.of(dir)))
        .extracting(p -> p.getFileName().toString())
        .containsExactly(
            "a.txt", "b.html", "c.htm", "d.html.gz", "e.jsonl", "f.warc.gz", "g.rss", "h.atom");
  }

  @Test
  void readsAPrettyPrintedNewsPleaseFileAsOneReport() throws IOException {
    Path p =
        write(
            "article.json",
            ("{\n  \"title\": \"Frigates visit Batumi\",\n  \"maintext\": \"Two frigates"
                    + " docked in Batumi.\",\n  \"date_publish\": \"2023-02-01 09:00:00\"\n}\n")
                .getBytes(StandardCharsets.UTF_8));

    List<LoadResult> r = loader.loadAll(p);

    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
    assertThat(r.get(0).source().path()).isEqualTo(p.toString());
    assertThat(r.get(0).source().text())
        .isEqualTo(
            "Frigates visit Batumi\n\nPublished: 2023-02-01\n\nTwo frigates docked in Batumi.\n");
  }

  @Test
  void readsJsonLinesWhoseLinesAreLongerThanTheSniffingWindow() throws IOException {
    String line = "{\"maintext\": \"" + "Words and more words. ".repeat(400) + "\"}\n";
    Path p = write("long.jsonl", (line + line).getBytes(StandardCharsets.UTF_8));

    assertThat(loader.loadAll(p)).hasSize(2).allMatch(LoadResult::ok);
  }
}
