package dev.blindspot.examples.cli;

import java.io.BufferedWriter;
import java.io.IOException;
import java.io.OutputStream;
import java.io.OutputStreamWriter;
import java.io.PrintStream;
import java.io.Writer;
import java.nio.charset.StandardCharsets;

/**
 * Standard output as buffered UTF-8 that fails loudly: a {@link PrintStream} swallows write errors,
 * so every block written to it is checked, and a failure ends the run with an {@link OutputFailure}
 * instead of scanning the rest of the input for nobody.
 */
final class Output {

  private static final int BUFFER = 1 << 16;

  private final Writer writer;

  Output(PrintStream target) {
    OutputStream checked =
        new OutputStream() {
          @Override
          public void write(int b) throws IOException {
            target.write(b);
            check();
          }

          @Override
          public void write(byte[] b, int off, int len) throws IOException {
            target.write(b, off, len);
            check();
          }

          @Override
          public void flush() throws IOException {
            check(); // checkError() flushes
          }

          private void check() throws OutputFailure {
            if (target.checkError()) {
              throw new OutputFailure();
            }
          }
        };
    this.writer =
        new BufferedWriter(new OutputStreamWriter(checked, StandardCharsets.UTF_8), BUFFER);
  }

  /** Writes one complete line and its {@code '\n'}. */
  void writeLine(String line) throws IOException {
    writer.write(line);
    writer.write('\n');
  }

  /** Returns the writer to stream text through; buffered, not flushed. */
  Writer writer() {
    return writer;
  }

  void flush() throws IOException {
    writer.flush();
  }
}
