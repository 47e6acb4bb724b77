package dev.blindspot.benchmarks.eval;

import java.util.Objects;

/**
 * One labeled value of an evaluation text: where it is, what it is and how it was obfuscated.
 *
 * @param start index of its first char in the text (UTF-16)
 * @param end index after its last char (UTF-16, exclusive)
 * @param type canonical type name, such as {@code EMAIL_ADDRESS}
 * @param obfuscation name of the obfuscation technique applied to the value, or null when the
 *     value is written in clean form
 */
public record Span(int start, int end, String type, String obfuscation) {

  /**
   * Validates the span.
   *
   * @throws IllegalArgumentException if {@code 0 <= start < end} does not hold
   */
  public Span {
    Objects.requireNonNull(type, "type");
    if (start < 0 || end <= start) {
      throw new IllegalArgumentException("a span needs 0 <= start < end, got " + start + ".." + end);
    }
  }

  /**
   * Tells whether the value is obfuscated.
   *
   * @return true when {@link #obfuscation()} names a technique
   */
  public boolean obfuscated() {
    return obfuscation != null;
  }

  /**
   * Returns the number of UTF-16 chars of the span.
   *
   * @return {@code end - start}
   */
  public int length() {
    return end - start;
  }

  /** Returns offsets, type and technique; never the value. */
  @Override
  public String toString() {
    return "Span[" + type + " " + start + ".." + end
        + (obfuscation == null ? "" : " " + obfuscation) + "]";
  }
}
