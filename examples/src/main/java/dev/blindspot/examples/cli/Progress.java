package dev.blindspot.examples.cli;

import java.io.PrintStream;
import java.util.Locale;
import java.util.function.LongSupplier;

/**
 * Shows how far a long run has got on standard error, at most once a second, and only when
 * standard error is a terminal: in a pipe or a log file progress lines would be noise. The line is
 * rewritten in place and cleared at the end.
 */
final class Progress {

  static final long INTERVAL_NANOS = 1_000_000_000L;

  private final PrintStream err;
  private final boolean enabled;
  private final LongSupplier nanoClock;
  private long next;
  private boolean shown;

  Progress(PrintStream err, boolean enabled, LongSupplier nanoClock) {
    this.err = err;
    this.enabled = enabled;
    this.nanoClock = nanoClock;
    this.next = enabled ? nanoClock.getAsLong() + INTERVAL_NANOS : 0;
  }

  /**
   * Reports the work done so far; shows it if a second has passed since the start or the last line.
   *
   * @param records records processed, or a negative number when the input has no records
   * @param bytes bytes read
   */
  void update(long records, long bytes) {
    if (!enabled) {
      return;
    }
    long now = nanoClock.getAsLong();
    if (now - next < 0) {
      return;
    }
    next = now + INTERVAL_NANOS;
    String done = records >= 0
        ? String.format(Locale.ROOT, "%,d %s, %s read",
            records, records == 1 ? "record" : "records", size(bytes))
        : size(bytes) + " read";
    err.print("\rblindspot: " + done + "\u001B[K");
    err.flush();
    shown = true;
  }

  /** Clears the progress line, if one is shown, so that what follows starts on a clean line. */
  void finish() {
    if (shown) {
      err.print("\r\u001B[K");
      err.flush();
      shown = false;
    }
  }

  static String size(long bytes) {
    if (bytes < 1_000_000) {
      return String.format(Locale.ROOT, "%.1f kB", bytes / 1e3);
    }
    if (bytes < 1_000_000_000) {
      return String.format(Locale.ROOT, "%.1f MB", bytes / 1e6);
    }
    return String.format(Locale.ROOT, "%.2f GB", bytes / 1e9);
  }
}
