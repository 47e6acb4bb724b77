package dev.blindspot.examples.cli;

/**
 * Ends a run with an exit status and a one-line message that names the problem and never quotes
 * the input.
 */
final class CliException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Exit status of a bad command line or bad input. */
  static final int USAGE = 2;

  /** Exit status of an internal failure: a detector or the output failed. */
  static final int FAILURE = 1;

  private final int status;

  private CliException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  /** A bad command line, an unreadable file or an input that is not what the format says. */
  static CliException usage(String message) {
    return new CliException(USAGE, message);
  }

  /** Something failed that the input did not cause. */
  static CliException failure(String message) {
    return new CliException(FAILURE, message);
  }

  int status() {
    return status;
  }
}
