package dev.blindspot.examples.cli;

import java.io.IOException;

/**
 * The input could not be read or is not valid UTF-8. The message says where, never what.
 */
final class InputFailure extends IOException {

  private static final long serialVersionUID = 1L;

  InputFailure(String message) {
    super(message);
  }
}
