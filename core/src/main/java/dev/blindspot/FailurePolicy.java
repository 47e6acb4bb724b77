package dev.blindspot;

/**
 * What a scanner does when a detector fails on a text (throws, overflows its stack, or breaks its
 * contract by reporting a bad span, type or score). Either way the text is never returned or
 * written as if it were clean. Set it with {@link PiiScanner.Builder#onDetectorFailure}.
 *
 * <p>Out-of-memory and other {@link VirtualMachineError}s are not detector failures: they
 * propagate under both policies. A failure of the {@link java.io.Reader}, the {@link
 * java.io.Writer} or the redaction operator is not one either.
 */
public enum FailurePolicy {

  /**
   * The default: the scan throws a {@link ScanException} naming the detector, never the text.
   * Streaming redaction stops after the last window that was fully redacted.
   */
  THROW,

  /**
   * Fail closed without an exception: the text the failing detector was given counts as personal
   * data as a whole.
   *
   * <ul>
   *   <li>{@code scan(text)} returns one finding of type {@link #FAILURE_TYPE} from 0 to the end
   *       of the text, score 1, with the failing detector's id, and no other finding;
   *   <li>{@code redact(text)} returns {@link #FAILURE_TAG} alone, whatever the operator (an
   *       operator such as a mask would keep parts of the text);
   *   <li>{@code scan(reader, action)} hands out the findings of the windows before the failure,
   *       then one finding of type {@link #FAILURE_TYPE} from the end of what was already reported
   *       or redacted to the end of the stream, which it reads to its end;
   *   <li>{@code redact(reader, writer)} writes the redacted windows before the failure, then
   *       {@link #FAILURE_TAG} in place of the whole rest of the stream, which it reads to its end
   *       without writing any of it: no char of the failing window is ever written.
   * </ul>
   *
   * <p>An empty rest (the failure came when everything was already written) gets no finding and
   * no tag. Use this policy where losing a record is worse than losing its content, such as a
   * pipeline that must go on; count the {@link #FAILURE_TYPE} findings or tags to notice failures.
   */
  REDACT_DOCUMENT;

  /** The type of the finding that covers a text a detector failed on. */
  public static final PiiType FAILURE_TYPE = PiiType.of("REDACTED_ON_FAILURE");

  /** What replaces a text a detector failed on: {@code <REDACTED_ON_FAILURE>}. */
  public static final String FAILURE_TAG = "<" + FAILURE_TYPE + ">";

  /** The recognizer named by the explanation of a {@link #FAILURE_TYPE} finding. */
  static final String FAILURE_RECOGNIZER = "detector-failure";
}
