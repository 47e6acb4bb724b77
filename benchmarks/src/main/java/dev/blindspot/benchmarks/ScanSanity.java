package dev.blindspot.benchmarks;

import dev.blindspot.Finding;
import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Checks that findings on hostile input are sane: inside the text, sorted, not overlapping, never
 * splitting a surrogate pair, of plausible length and number, and redactable. The adversarial
 * benchmark runs it in its setup, so a pathological result fails the benchmark instead of being
 * timed.
 */
public final class ScanSanity {

  /** The longest finding accepted, in chars: no personal value is longer. */
  public static final int MAX_FINDING_LENGTH = 2048;

  /** At most one finding per this many chars. */
  public static final int MIN_CHARS_PER_FINDING = 4;

  private ScanSanity() {}

  /**
   * Checks findings and returns how many there are of each type.
   *
   * @param text the scanned text
   * @param findings what the scanner returned for it
   * @return finding counts by type name
   * @throws IllegalStateException if a check fails; the message gives offsets and counts only
   */
  public static Map<String, Integer> check(String text, List<Finding> findings) {
    Map<String, Integer> byType = new TreeMap<>();
    int previousEnd = 0;
    for (Finding f : findings) {
      if (f.start() < previousEnd || f.end() > text.length()) {
        throw new IllegalStateException("finding " + f.start() + ".." + f.end()
            + " overlaps the previous one, is unsorted or ends past the text (" + text.length() + " chars)");
      }
      if (splitsPair(text, f.start()) || splitsPair(text, f.end())) {
        throw new IllegalStateException("finding " + f.start() + ".." + f.end() + " splits a surrogate pair");
      }
      if (f.length() > MAX_FINDING_LENGTH) {
        throw new IllegalStateException("finding " + f.start() + ".." + f.end() + " of type " + f.type()
            + " is " + f.length() + " chars long; no value is longer than " + MAX_FINDING_LENGTH);
      }
      previousEnd = f.end();
      byType.merge(f.type().name(), 1, Integer::sum);
    }
    if ((long) findings.size() * MIN_CHARS_PER_FINDING > text.length()) {
      throw new IllegalStateException(findings.size() + " findings in " + text.length()
          + " chars: more than one per " + MIN_CHARS_PER_FINDING + " chars");
    }
    String redacted = Redaction.apply(text, findings, Operators.typeTag());
    long expected = text.length();
    for (Finding f : findings) {
      expected += f.type().name().length() + 2 - f.length();
    }
    if (redacted.length() != expected) {
      throw new IllegalStateException("redaction gave " + redacted.length() + " chars, expected " + expected);
    }
    return byType;
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }
}
