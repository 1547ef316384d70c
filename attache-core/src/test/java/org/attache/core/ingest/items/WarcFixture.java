package org.attache.core.ingest.items;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.OutputStream;
import java.nio.charset.StandardCharsets;
import java.util.zip.GZIPOutputStream;

/** Builds small WARC files by hand for tests: records as the WARC 1.0 standard lays them out. */
public final class WarcFixture {
  private final ByteArrayOutputStream out = new ByteArrayOutputStream();
  private final boolean gzip;
  private int n;

  public WarcFixture(boolean gzip) {
    this.gzip = gzip;
  }

  public WarcFixture response(String uri, String contentType, byte[] body, String extraHeaders)
      throws IOException {
    byte[] head =
        ("HTTP/1.1 200 OK\r\nContent-Type: "
                + contentType
                + "\r\n"
                + extraHeaders
                + "Content-Length: "
                + body.length
                + "\r\n\r\n")
            .getBytes(StandardCharsets.ISO_8859_1);
    byte[] http = new byte[head.length + body.length];
    System.arraycopy(head, 0, http, 0, head.length);
    System.arraycopy(body, 0, http, head.length, body.length);
    return record("response", uri, "application/http; msgtype=response", http);
  }

  public WarcFixture record(String type, String uri, String contentType, byte[] block)
      throws IOException {
    String header =
        "WARC/1.0\r\nWARC-Type: "
            + type
            + "\r\nWARC-Record-ID: <urn:uuid:00000000-0000-0000-0000-00000000000"
            + (n++ % 10)
            + ">\r\nWARC-Date: 2023-05-01T10:00:00Z\r\nWARC-Target-URI: "
            + uri
            + "\r\nContent-Type: "
            + contentType
            + "\r\nContent-Length: "
            + block.length
            + "\r\n\r\n";
    ByteArrayOutputStream rec = new ByteArrayOutputStream();
    rec.write(header.getBytes(StandardCharsets.ISO_8859_1));
    rec.write(block);
    rec.write("\r\n\r\n".getBytes(StandardCharsets.ISO_8859_1));
    if (gzip) {
      // one gzip member a record, as crawlers write them
      try (OutputStream gz =
          new GZIPOutputStream(out) {
            @Override
            public void close() throws IOException {
              finish();
            }
          }) {
        rec.writeTo(gz);
      }
    } else {
      rec.writeTo(out);
    }
    return this;
  }

  public byte[] bytes() {
    return out.toByteArray();
  }

  /** {@code size} zero bytes gzipped: a few kilobytes that expand to {@code size}. */
  public static byte[] gzippedZeros(long size) throws IOException {
    ByteArrayOutputStream b = new ByteArrayOutputStream();
    try (GZIPOutputStream gz = new GZIPOutputStream(b)) {
      byte[] zeros = new byte[64 * 1024];
      for (long left = size; left > 0; left -= zeros.length) {
        gz.write(zeros, 0, (int) Math.min(zeros.length, left));
      }
    }
    return b.toByteArray();
  }
}
