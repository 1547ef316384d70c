package org.attache.core.ingest.items;

import static org.assertj.core.api.Assertions.assertThat;

import java.io.ByteArrayInputStream;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import org.attache.core.ingest.LoadResult;
import org.junit.jupiter.api.Test;

class WarcArchiveReaderTest {
  static final String PAGE =
      "<html><head><meta property='og:title' content='Drill ends'></head><body><article>"
          + "<p>The joint drill of the two air forces ended on Sunday, the ministry said, after"
          + " ten days of flights over the northern region.</p></article></body></html>";

  private static List<LoadResult> read(byte[] warc, long maxPage) throws IOException {
    List<LoadResult> out = new ArrayList<>();
    new WarcArchiveReader(maxPage).read("crawl.warc", new ByteArrayInputStream(warc), out::add);
    return out;
  }

  @Test
  void eachHtmlResponseBecomesAReportAndOtherRecordsAreSkipped() throws IOException {
    byte[] warc =
        new WarcFixture(true)
            .record("warcinfo", "urn:x", "application/warc-fields", "software: t\r\n".getBytes())
            .response("https://a.example/1", "text/html; charset=utf-8", PAGE.getBytes(), "")
            .response("https://a.example/logo.png", "image/png", new byte[] {1, 2, 3}, "")
            .bytes();

    List<LoadResult> r = read(warc, 1_000_000);

    assertThat(r).singleElement().satisfies(x -> assertThat(x.ok()).isTrue());
    assertThat(r.get(0).source().path()).isEqualTo("crawl.warc#2");
    assertThat(r.get(0).source().text()).startsWith("Drill ends\n\nThe joint drill");
    assertThat(r.get(0).source().origin().original()).contains("<article>");
  }

  @Test
  void aGzipBombInsideAResponseIsThatItemsProblem() throws IOException {
    byte[] bomb = WarcFixture.gzippedZeros(20_000_000);
    byte[] warc =
        new WarcFixture(false)
            .response("https://a.example/bomb", "text/html", bomb, "Content-Encoding: gzip\r\n")
            .response(
                "https://a.example/ok", "text/html", PAGE.getBytes(StandardCharsets.UTF_8), "")
            .bytes();

    List<LoadResult> r = read(warc, 1_000_000);

    assertThat(r).hasSize(2);
    assertThat(r.get(0).problem().message()).contains("over the 1,000,000-byte limit");
    assertThat(r.get(1).ok()).isTrue();
  }
}
