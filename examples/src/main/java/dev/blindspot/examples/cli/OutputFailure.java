package dev.blindspot.examples.cli;

import java.io.IOException;

/** Standard output could not be written, for example because the reader of a pipe went away. */
final class OutputFailure extends IOException {

  private static final long serialVersionUID = 1L;

  OutputFailure() {
    super("cannot write the output");
  }
}
