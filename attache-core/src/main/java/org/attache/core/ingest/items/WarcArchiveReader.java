package org.attache.core.ingest.items;

import java.io.IOException;
import java.io.InputStream;
import java.nio.charset.Charset;
import java.nio.charset.StandardCharsets;
import java.util.Optional;
import java.util.function.Consumer;
import org.attache.core.Problem;
import org.attache.core.ingest.CappedInputStream;
import org.attache.core.ingest.LoadResult;
import org.attache.core.ingest.html.HtmlReportReader;
import org.netpreserve.jwarc.HttpResponse;
import org.netpreserve.jwarc.MediaType;
import org.netpreserve.jwarc.ParsingException;
import org.netpreserve.jwarc.WarcReader;
import org.netpreserve.jwarc.WarcRecord;
import org.netpreserve.jwarc.WarcResponse;

/**
 * Reads a crawl archive (WARC): each HTML page it captured with status 2xx becomes a report named
 * {@code crawl.warc.gz#N} (N counts the archive's records from 1); other records (requests, images,
 * metadata) are skipped. Each page is read up to a size limit, so a gzip bomb inside a record is
 * that record's problem; the caller caps the archive's decompressed size as a whole.
 *
 * <p>Example: {@code new WarcArchiveReader(5_000_000).read("crawl.warc", in, results::add)}
 */
public final class WarcArchiveReader {
  private final long maxPage;
  private final HtmlReportReader pages = HtmlReportReader.standard();

  public WarcArchiveReader(long maxPage) {
    this.maxPage = maxPage;
  }

  /** Reads every record of the uncompressed or gzipped archive {@code in}. */
  public void read(String name, InputStream in, Consumer<LoadResult> out) throws IOException {
    int n = 0;
    try (WarcReader warc = new WarcReader(in)) {
      Optional<WarcRecord> next;
      while ((next = nextRecord(warc, name, n)).isPresent()) {
        n++;
        if (next.get() instanceof WarcResponse response) {
          LoadResult r = page(name + "#" + n, response);
          if (r != null) {
            out.accept(r);
          }
        }
      }
    }
  }

  private static Optional<WarcRecord> nextRecord(WarcReader warc, String name, int n)
      throws IOException {
    try {
      return warc.next();
    } catch (ParsingException e) {
      throw new IOException(
          String.format("record %d is not a valid WARC record (%s)", n + 1, e.getMessage()), e);
    }
  }

  /** The page's report or problem; null for records that are not HTML pages. */
  private LoadResult page(String item, WarcResponse response) {
    try {
      HttpResponse http = response.http();
      MediaType type = http.contentType();
      if (http.status() < 200 || http.status() > 299 || !type.base().equals(MediaType.HTML)) {
        return null;
      }
      byte[] body;
      try (InputStream s =
          new CappedInputStream(http.bodyDecoded().stream(), maxPage, "the page")) {
        body = s.readAllBytes();
      }
      Charset cs = charset(type);
      return cs == null
          ? pages.read(item, body)
          : pages.read(item, new String(body, cs), response.target());
    } catch (CappedInputStream.TooLarge e) {
      return fail(item, e.getMessage() + " once decompressed: skipped (a gzip bomb?).");
    } catch (IOException | RuntimeException e) {
      return fail(item, "is a WARC response Attaché cannot read: " + e.getMessage() + ".");
    }
  }

  private static Charset charset(MediaType type) {
    String cs = type.parameters().get("charset");
    if (cs == null) {
      return null;
    }
    try {
      return Charset.forName(cs.strip());
    } catch (RuntimeException e) {
      return StandardCharsets.UTF_8;
    }
  }

  private static LoadResult fail(String item, String message) {
    return LoadResult.failed(new Problem(item, "ingest", message));
  }
}
