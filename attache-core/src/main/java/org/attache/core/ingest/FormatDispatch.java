package org.attache.core.ingest;

import java.io.BufferedInputStream;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.AccessDeniedException;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.function.Consumer;
import java.util.zip.GZIPInputStream;
import java.util.zip.ZipException;
import org.attache.core.ingest.html.HtmlReportReader;
import org.attache.core.ingest.items.FeedReader;
import org.attache.core.ingest.items.JsonLinesReader;
import org.attache.core.ingest.items.WarcArchiveReader;

/**
 * Opens a file, looks at its first bytes (through gzip when it is gzipped) and hands it to the
 * reader of its format, within limits: a single report (text, page, feed) is read into memory up to
 * the report limit once decompressed; a dump or archive is streamed, and its decompressed size may
 * be at most {@value #RATIO} times its size on disk (and at least 256 MB), which stops gzip bombs
 * without refusing real archives.
 */
final class FormatDispatch {
  static final int RATIO = 100;
  private static final long MIN_STREAM_CAP = 256L * 1024 * 1024;
  private final ReportLoader text;
  private final long maxBytes;

  FormatDispatch(ReportLoader text, long maxBytes) {
    this.text = text;
    this.maxBytes = maxBytes;
  }

  void load(Path file, Consumer<LoadResult> sink) {
    String name = file.toString();
    int[] count = {0};
    Consumer<LoadResult> out =
        r -> {
          count[0]++;
          sink.accept(r);
        };
    read(file, name, out);
    if (count[0] == 0) {
      sink.accept(
          ReportLoader.fail(name, "holds no reports (no items, no text). Nothing to read."));
    }
  }

  private void read(Path file, String name, Consumer<LoadResult> out) {
    try {
      if (Files.isDirectory(file)) {
        out.accept(ReportLoader.fail(name, "is a folder, not a report file."));
        return;
      }
      long size = Files.size(file);
      long streamCap = Math.max(MIN_STREAM_CAP, size * RATIO);
      try (InputStream in = open(file, streamCap)) {
        in.mark(DocumentFormat.HEAD);
        byte[] head = in.readNBytes(DocumentFormat.HEAD);
        in.reset();
        DocumentFormat format = DocumentFormat.sniff(head);
        if (size > maxBytes && isSingleReport(format) && !DocumentFormat.isGzip(head(file))) {
          out.accept(text.load(file)); // says how large it is, as for any text report
          return;
        }
        dispatch(name, format, in, out);
      }
    } catch (NoSuchFileException e) {
      out.accept(ReportLoader.fail(name, "no such file. Check the path."));
    } catch (AccessDeniedException e) {
      out.accept(
          ReportLoader.fail(
              name, "cannot be read: permission denied. Check the file's permissions."));
    } catch (CappedInputStream.TooLarge e) {
      out.accept(
          ReportLoader.fail(
              name,
              e.getMessage()
                  + " once decompressed: reading stopped there (a gzip bomb, or split the file)."));
    } catch (ZipException | java.io.EOFException e) {
      out.accept(
          ReportLoader.fail(
              name, "is a damaged gzip file (" + e.getMessage() + "). Check the download."));
    } catch (IOException | RuntimeException e) {
      out.accept(ReportLoader.fail(name, "cannot be read: " + e.getMessage() + "."));
    }
  }

  /**
   * The stream's first line, or null when it is longer than the sniffing window; the stream is left
   * where it was.
   */
  private static String firstLine(InputStream in) throws IOException {
    in.mark(DocumentFormat.HEAD);
    byte[] head = in.readNBytes(DocumentFormat.HEAD);
    in.reset();
    String s = new String(head, java.nio.charset.StandardCharsets.UTF_8).stripLeading();
    int nl = s.indexOf('\n');
    return nl < 0 ? (head.length < DocumentFormat.HEAD ? s : null) : s.substring(0, nl);
  }

  private static boolean isSingleReport(DocumentFormat f) {
    return f == DocumentFormat.TEXT || f == DocumentFormat.HTML || f == DocumentFormat.FEED;
  }

  private static byte[] head(Path file) throws IOException {
    try (InputStream in = Files.newInputStream(file)) {
      return in.readNBytes(2);
    }
  }

  private static InputStream open(Path file, long cap) throws IOException {
    InputStream raw = new BufferedInputStream(Files.newInputStream(file));
    raw.mark(2);
    int b0 = raw.read();
    int b1 = raw.read();
    raw.reset();
    if (b0 == 0x1f && b1 == 0x8b) {
      InputStream gz = new GZIPInputStream(raw, 64 * 1024);
      return new BufferedInputStream(new CappedInputStream(gz, cap, "the file"), 64 * 1024);
    }
    return new BufferedInputStream(raw, 64 * 1024);
  }

  private void dispatch(
      String name, DocumentFormat format, InputStream in, Consumer<LoadResult> out)
      throws IOException {
    String first = firstLine(in);
    // a first line that ends early and is no JSON value alone starts a pretty-printed document
    if (format == DocumentFormat.JSONL && (first == null || !JsonLinesReader.isDocument(first))) {
      new JsonLinesReader(maxBytes).read(name, in, out);
      return;
    }
    if (format == DocumentFormat.WARC) {
      new WarcArchiveReader(maxBytes).read(name, in, out);
      return;
    }
    byte[] bytes = in.readNBytes((int) Math.min(Integer.MAX_VALUE - 8, maxBytes + 1));
    if (bytes.length > maxBytes) {
      out.accept(
          ReportLoader.fail(
              name,
              String.format(
                  "is over the %s limit for one report. Split it into reports, or raise"
                      + " --max-size.",
                  ReportLoader.megabytes(maxBytes))));
      return;
    }
    switch (format) {
      case JSONL -> new JsonLinesReader(maxBytes).readDocument(name, bytes, out);
      case FEED -> new FeedReader().read(name, bytes).forEach(out);
      case HTML -> out.accept(HtmlReportReader.standard().read(name, bytes));
      default -> out.accept(text.decode(name, bytes));
    }
  }
}
