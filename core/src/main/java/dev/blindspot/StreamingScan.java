package dev.blindspot;

import java.io.IOException;
import java.io.Reader;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Optional;

/**
 * Scans a stream window by window in constant memory.
 *
 * <p>Each window owns the findings that start in its chunk {@code [ownStart, ownEnd)}; it also
 * holds up to {@value PiiScanner#LEFT_CONTEXT} chars before the chunk (context words) and {@code
 * overlap} chars after it (so a value that starts in the chunk is seen whole). A candidate that
 * overlaps a finding already emitted by the previous window is cut to start after it, so no
 * detected char is dropped and no char is reported twice.
 *
 * <p>When a detector fails on a window under {@link FailurePolicy#REDACT_DOCUMENT}, the handler is
 * told once, nothing of that window is handed to it, and the rest of the stream is read and
 * discarded, only counted.
 */
final class StreamingScan {

  /** Receives the final findings of each window, with offsets relative to the window. */
  interface WindowHandler {
    void accept(String window, long windowStart, List<Finding> owned, int ownEnd, boolean last)
        throws IOException;

    /**
     * A detector failed on the window that starts owning at {@code from} (global, after every
     * finding already handed out); the stream has {@code streamEnd} chars in all and was read to
     * its end. Called at most once, last.
     */
    void failed(ScanException failure, long from, long streamEnd) throws IOException;
  }

  private final PiiScanner scanner;
  private final String language;

  StreamingScan(PiiScanner scanner, String language) {
    this.scanner = scanner;
    this.language = language;
  }

  /** Runs the scan; returns the chars read, the findings handed out and the failed detector. */
  StreamSummary run(Reader reader, WindowHandler handler) throws IOException {
    int chunk = scanner.chunkSize();
    int overlap = scanner.overlap();
    // Grown on demand up to one window, so short documents stay cheap.
    char[] buf = new char[Math.min(8192, PiiScanner.LEFT_CONTEXT + chunk + overlap + 2)];
    int len = 0;
    long bufStart = 0;
    long ownStart = 0;
    long emittedEnd = 0;
    long findings = 0;
    boolean eof = false;
    while (true) {
      int ownStartLocal = (int) (ownStart - bufStart);
      int need = ownStartLocal + chunk + overlap + 1;
      while (!eof && len < need) {
        if (len == buf.length) {
          buf = Arrays.copyOf(buf, (int) Math.min(need, 2L * buf.length));
        }
        int read = reader.read(buf, len, Math.min(need, buf.length) - len);
        if (read < 0) {
          eof = true;
        } else {
          len += read;
        }
      }
      int ownEnd = eof ? len : ownStartLocal + chunk;
      if (!eof && Character.isHighSurrogate(buf[ownEnd - 1]) && Character.isLowSurrogate(buf[ownEnd])) {
        ownEnd++; // a chunk never ends inside a surrogate pair
      }
      String window = new String(buf, 0, len);
      int emittedLocal = (int) Math.max(0, emittedEnd - bufStart);
      List<Finding> found;
      try {
        found = scanner.candidates(window, language);
      } catch (ScanException e) {
        if (scanner.failurePolicy() == FailurePolicy.THROW) {
          throw e;
        }
        long streamEnd = bufStart + len + (eof ? 0 : drain(reader, buf));
        handler.failed(e, Math.max(ownStart, emittedEnd), streamEnd);
        return new StreamSummary(streamEnd, findings, Optional.of(e.detectorId()));
      }
      List<Finding> candidates = new ArrayList<>();
      for (Finding f : found) {
        if (f.end() <= emittedLocal) {
          continue;
        }
        Finding kept = f.start() < emittedLocal ? f.withSpan(emittedLocal, f.end()) : f;
        if (kept.start() >= ownStartLocal) {
          candidates.add(kept);
        }
      }
      List<Finding> resolved = OverlapResolver.resolve(candidates);
      int owned = 0;
      while (owned < resolved.size() && resolved.get(owned).start() < ownEnd) {
        emittedEnd = Math.max(emittedEnd, bufStart + resolved.get(owned).end());
        owned++;
      }
      handler.accept(window, bufStart, resolved.subList(0, owned), ownEnd, eof);
      findings += owned;
      if (eof) {
        return new StreamSummary(bufStart + len, findings, Optional.empty());
      }
      ownStart = bufStart + ownEnd;
      long keepFrom = Math.max(bufStart, ownStart - PiiScanner.LEFT_CONTEXT);
      int shift = (int) (keepFrom - bufStart);
      System.arraycopy(buf, shift, buf, 0, len - shift);
      len -= shift;
      bufStart = keepFrom;
    }
  }

  /** Reads the reader to its end into {@code scratch}, keeping nothing; returns the char count. */
  private static long drain(Reader reader, char[] scratch) throws IOException {
    long count = 0;
    for (int n; (n = reader.read(scratch, 0, scratch.length)) >= 0; ) {
      count += n;
    }
    return count;
  }
}
