package dev.blindspot;

import java.util.Objects;

/**
 * One piece of personal data found in a text: its type and where it is, never the value itself.
 *
 * <p>Offsets are half-open UTF-16 indexes into the <em>original</em> text, also when the value was
 * found on a normalized view: {@code text.subSequence(start, end)} is the value as written, and
 * {@link #text(CharSequence)} extracts it. {@link #toString()} shows no personal data, so findings
 * can be logged.
 *
 * @param type what kind of personal data this is
 * @param start index of the first char of the value in the original text
 * @param end index after the last char of the value in the original text
 * @param score confidence in [0, 1]
 * @param detectorId id of the detector that reported it
 * @param explanation why it was reported
 */
public record Finding(
    PiiType type, int start, int end, double score, String detectorId, Explanation explanation) {

  /**
   * Validates the finding.
   *
   * @throws NullPointerException if an object argument is null
   * @throws IllegalArgumentException if {@code 0 <= start < end} does not hold or {@code score} is
   *     outside [0, 1]
   */
  public Finding {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(detectorId, "detectorId");
    Objects.requireNonNull(explanation, "explanation");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException(
          "a finding needs 0 <= start < end, got start=" + start + ", end=" + end);
    }
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException("score must be in [0, 1], got " + score);
    }
  }

  /**
   * Returns the number of UTF-16 chars the value spans in the original text.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /**
   * Extracts the value from the text it was found in. The result is personal data: do not log it.
   *
   * @param original the text that was scanned
   * @return the chars from {@code start} to {@code end}
   * @throws IndexOutOfBoundsException if the text is shorter than {@code end}
   */
  public String text(CharSequence original) {
    Objects.requireNonNull(original, "original");
    if (end > original.length()) {
      throw new IndexOutOfBoundsException(
          "finding ends at " + end + " but the text has " + original.length() + " chars");
    }
    return original.subSequence(start, end).toString();
  }

  Finding withSpan(int newStart, int newEnd) {
    return new Finding(type, newStart, newEnd, score, detectorId, explanation);
  }

  Finding withScore(double newScore, Explanation newExplanation) {
    return new Finding(type, start, end, newScore, detectorId, newExplanation);
  }

  Finding shifted(int delta) {
    return new Finding(type, start + delta, end + delta, score, detectorId, explanation);
  }

  /** Returns type, offsets, score, detector and explanation; never the value. */
  @Override
  public String toString() {
    return String.format(
        java.util.Locale.ROOT,
        "Finding[%s %d..%d score=%.2f detector=%s (%s)]",
        type, start, end, score, detectorId, explanation);
  }
}
