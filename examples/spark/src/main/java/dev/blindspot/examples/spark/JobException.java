package dev.blindspot.examples.spark;

/**
 * Ends a run of {@link BlindspotSparkJob} with an exit status and a one-line message that names
 * the problem and never quotes the data.
 */
final class JobException extends Exception {

  private static final long serialVersionUID = 1L;

  /** Exit status of a bad command line or an input that is not what it should be. */
  static final int USAGE = 2;

  /** Exit status of a failed job: a detector failed, or records were quarantined. */
  static final int FAILURE = 1;

  private final int status;

  private JobException(int status, String message) {
    super(message, null, false, false);
    this.status = status;
  }

  static JobException usage(String message) {
    return new JobException(USAGE, message);
  }

  static JobException failure(String message) {
    return new JobException(FAILURE, message);
  }

  int status() {
    return status;
  }
}
