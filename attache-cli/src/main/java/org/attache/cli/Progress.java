package org.attache.cli;

import java.io.PrintStream;

/**
 * Shows how far a long run has got on standard error: one line redrawn in a terminal, a line every
 * few seconds otherwise (so logs of CI runs stay short).
 */
final class Progress {
  private final PrintStream err;
  private final int total;
  private final boolean terminal = System.console() != null;
  private final long started = System.nanoTime();
  private long lastPrinted;

  Progress(PrintStream err, int total) {
    this.err = err;
    this.total = total;
  }

  void step(int done, String current) {
    long now = System.nanoTime();
    if (!terminal && now - lastPrinted < 5_000_000_000L && done < total) {
      return;
    }
    lastPrinted = now;
    double seconds = (now - started) / 1e9;
    String line =
        String.format(
            "[%d/%d] %3d%%  %.1f reports/s  %s",
            done,
            total,
            total == 0 ? 100 : 100 * done / total,
            done / Math.max(seconds, 1e-3),
            current);
    if (terminal) {
      err.print("\r" + line + " ".repeat(Math.max(0, 20 - current.length())));
      if (done == total) {
        err.println();
      }
    } else {
      err.println(line);
    }
  }

  double seconds() {
    return (System.nanoTime() - started) / 1e9;
  }
}
