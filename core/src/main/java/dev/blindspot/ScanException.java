package dev.blindspot;

/**
 * A detector failed while scanning a text. The document must be treated as not scanned: it was
 * neither returned nor written as if it were clean.
 *
 * <p>Whatever a detector throws is wrapped, errors and checked exceptions included, except the
 * JVM's own {@link VirtualMachineError}s such as {@link OutOfMemoryError}, which propagate as they
 * are; a {@link StackOverflowError} (deep recursion on a long text) is wrapped.
 *
 * <p>The message names the detector and the failure's class, never the text; the cause chain is a
 * sanitized copy that keeps the exception classes and stack traces but drops their messages, which
 * might quote the text.
 */
public final class ScanException extends RuntimeException {

  private static final long serialVersionUID = 1L;

  private final String detectorId;

  ScanException(String detectorId, int documentLength, Throwable failure) {
    super(
        "detector '" + detectorId + "' failed with " + failure.getClass().getName()
            + " on a text of " + documentLength + " chars",
        sanitized(failure, 0));
    this.detectorId = detectorId;
  }

  /**
   * Returns the id of the detector that failed.
   *
   * @return the detector id
   */
  public String detectorId() {
    return detectorId;
  }

  private static Throwable sanitized(Throwable failure, int depth) {
    if (failure == null || depth > 16) {
      return null;
    }
    SanitizedFailure copy =
        new SanitizedFailure(failure.getClass().getName(), sanitized(failure.getCause(), depth + 1));
    copy.setStackTrace(failure.getStackTrace());
    return copy;
  }

  /** Stands in for an exception of a detector, without its message. */
  private static final class SanitizedFailure extends RuntimeException {
    private static final long serialVersionUID = 1L;

    SanitizedFailure(String className, Throwable cause) {
      super(className + " (message withheld: it may quote the scanned text)", cause);
    }
  }
}
