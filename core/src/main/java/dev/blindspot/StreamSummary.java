package dev.blindspot;

import java.util.Objects;
import java.util.Optional;

/**
 * What a streaming scan or redaction did: how many chars it read, how many findings it reported or
 * replaced, and, under {@link FailurePolicy#REDACT_DOCUMENT}, which detector failed.
 *
 * @param chars UTF-16 chars read from the stream, to its end
 * @param findings findings handed out or replaced, not counting a failure finding or tag
 * @param failedDetectorId the id of the detector that failed, if one did; the rest of the stream
 *     from the failing window on was then replaced by {@link FailurePolicy#FAILURE_TAG} (redact) or
 *     covered by one {@link FailurePolicy#FAILURE_TYPE} finding (scan)
 */
public record StreamSummary(long chars, long findings, Optional<String> failedDetectorId) {

  /**
   * Validates the summary.
   *
   * @throws IllegalArgumentException if a count is negative
   */
  public StreamSummary {
    Objects.requireNonNull(failedDetectorId, "failedDetectorId");
    if (chars < 0 || findings < 0) {
      throw new IllegalArgumentException("counts must be >= 0");
    }
  }

  /**
   * Tells whether a detector failed, so that part of the stream was replaced as a whole.
   *
   * @return true if {@link #failedDetectorId()} is present
   */
  public boolean failed() {
    return failedDetectorId.isPresent();
  }
}
