package dev.blindspot.examples.cli;

import java.io.IOException;
import java.io.Writer;

/**
 * Passes text on up to its last complete line and holds the rest until the line ends or {@link
 * #finish()} is called, so that a run that fails midway leaves no partial line behind. A line
 * longer than {@value #MAX_HELD} chars is passed on in pieces: holding it whole would break the
 * constant memory of streaming.
 */
final class LineGatedWriter extends Writer {

  static final int MAX_HELD = 1 << 20;

  private final Writer out;
  private final StringBuilder held = new StringBuilder();

  LineGatedWriter(Writer out) {
    this.out = out;
  }

  @Override
  public void write(char[] cbuf, int off, int len) throws IOException {
    int lastNewline = -1;
    for (int i = off + len - 1; i >= off; i--) {
      if (cbuf[i] == '\n') {
        lastNewline = i;
        break;
      }
    }
    if (lastNewline < 0) {
      held.append(cbuf, off, len);
      if (held.length() > MAX_HELD) {
        release();
      }
      return;
    }
    release();
    out.write(cbuf, off, lastNewline + 1 - off);
    held.append(cbuf, lastNewline + 1, off + len - lastNewline - 1);
  }

  /** Passes on the held text: the input has ended. */
  void finish() throws IOException {
    release();
  }

  private void release() throws IOException {
    if (held.length() > 0) {
      out.append(held);
      held.setLength(0);
    }
  }

  /** Flushes what was passed on; the held text stays held. */
  @Override
  public void flush() throws IOException {
    out.flush();
  }

  /** Does nothing: the underlying writer belongs to the caller, and the held text is dropped. */
  @Override
  public void close() {}
}
