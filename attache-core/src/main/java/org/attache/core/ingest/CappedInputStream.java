package org.attache.core.ingest;

import java.io.FilterInputStream;
import java.io.IOException;
import java.io.InputStream;

/**
 * An input stream that fails with {@link TooLarge} once more than a limit has been read: what keeps
 * a gzip bomb or a runaway dump from filling memory.
 *
 * <p>Example: {@code new CappedInputStream(new GZIPInputStream(in), 50_000_000, "decompressed")}
 */
public final class CappedInputStream extends FilterInputStream {
  /** Thrown when the stream passes its limit; the message says which limit. */
  public static final class TooLarge extends IOException {
    private final long limit;

    TooLarge(String what, long limit) {
      super(String.format("%s is over the %,d-byte limit", what, limit));
      this.limit = limit;
    }

    public long limit() {
      return limit;
    }
  }

  private final long limit;
  private final String what;
  private long count;

  public CappedInputStream(InputStream in, long limit, String what) {
    super(in);
    this.limit = limit;
    this.what = what;
  }

  @Override
  public int read() throws IOException {
    int b = super.read();
    if (b >= 0) {
      count(1);
    }
    return b;
  }

  @Override
  public int read(byte[] buf, int off, int len) throws IOException {
    int n = super.read(buf, off, len);
    if (n > 0) {
      count(n);
    }
    return n;
  }

  @Override
  public long skip(long n) throws IOException {
    long skipped = super.skip(n);
    count(skipped);
    return skipped;
  }

  @Override
  public boolean markSupported() {
    return false;
  }

  private void count(long n) throws TooLarge {
    count += n;
    if (count > limit) {
      throw new TooLarge(what, limit);
    }
  }
}
