package org.attache.core.ingest;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.IOException;
import java.io.OutputStream;
import java.io.RandomAccessFile;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.zip.GZIPOutputStream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** Files built to hurt: each is one clear problem, read in bounded memory and time. */
class HostileFilesTest {
  @TempDir Path dir;
  private final ReportLoader loader = new ReportLoader(ReportLoader.DEFAULT_MAX_BYTES);

  private static String only(List<LoadResult> r) {
    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isFalse());
    return r.get(0).problem().message();
  }

  @Test
  void aHundredMegabytePageIsRefusedBeforeItIsRead() throws IOException {
    Path p = dir.resolve("huge.html");
    try (RandomAccessFile f = new RandomAccessFile(p.toFile(), "rw")) {
      f.write("<!doctype html><html><body><p>".getBytes(StandardCharsets.US_ASCII));
      f.setLength(100L * 1024 * 1024);
    }

    assertThat(only(loader.loadAll(p))).contains("is 100.0 MB, over the 5.0 MB limit");
  }

  @Test
  void aGzippedHundredMegabytePageStopsAtTheReportLimit() throws IOException {
    Path p = dir.resolve("huge.html.gz");
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p))) {
      out.write("<!doctype html><html><body>".getBytes(StandardCharsets.US_ASCII));
      byte[] para = "<p>Words of a paragraph, again and again.</p>\n".getBytes();
      for (long n = 0; n < 100L * 1024 * 1024; n += para.length) {
        out.write(para);
      }
    }

    assertThat(only(loader.loadAll(p))).contains("over the 5.0 MB limit for one report");
  }

  @Test
  void aGzipBombInsideAWarcMemberStopsAtTheArchiveLimit() throws IOException {
    Path p = dir.resolve("bomb.warc.gz");
    long blockSize = 400L * 1024 * 1024;
    try (OutputStream out = new GZIPOutputStream(Files.newOutputStream(p), 1 << 16)) {
      out.write(
          ("WARC/1.0\r\nWARC-Type: resource\r\nWARC-Record-ID: <urn:uuid:1>\r\n"
                  + "WARC-Date: 2023-01-01T00:00:00Z\r\nWARC-Target-URI: https://x.example/\r\n"
                  + "Content-Type: text/html\r\nContent-Length: "
                  + blockSize
                  + "\r\n\r\n")
              .getBytes(StandardCharsets.US_ASCII));
      byte[] zeros = new byte[1 << 16];
      for (long n = 0; n < blockSize; n += zeros.length) {
        out.write(zeros);
      }
    }
    assertThat(Files.size(p)).isLessThan(1024 * 1024);

    String message = only(loader.loadAll(p));

    assertThat(message).contains("the file is over the").contains("once decompressed");
  }

  @Test
  void invalidUtf8InAPageIsReadWithReplacementCharacters() throws IOException {
    byte[] head =
        ("<html><body><article><p>The ministers met in the capital on Monday, the statement"
                + " said, and agreed to hold talks again in spring ")
            .getBytes(StandardCharsets.UTF_8);
    byte[] bad = {(byte) 0xC3, (byte) 0x28, (byte) 0xFF};
    byte[] tail = ".</p></article></body></html>".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[head.length + bad.length + tail.length];
    System.arraycopy(head, 0, all, 0, head.length);
    System.arraycopy(bad, 0, all, head.length, bad.length);
    System.arraycopy(tail, 0, all, head.length + bad.length, tail.length);
    Path p = Files.write(dir.resolve("bad.html"), all);

    List<LoadResult> r = loader.loadAll(p);

    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
    assertThat(r.get(0).source().text()).contains("again in spring \uFFFD");
  }

  @Test
  void aPageNestedThousandsDeepIsOneProblem() throws IOException {
    Path p =
        Files.writeString(
            dir.resolve("deep.html"), "<div>".repeat(50_000) + "<p>Text, with commas, here.</p>");

    assertThat(only(loader.loadAll(p))).contains("nests its elements 50,00").contains("deep");
  }
}
