package dev.blindspot.examples.cli;

import dev.blindspot.FailurePolicy;
import dev.blindspot.Finding;
import java.util.List;
import java.util.Set;
import java.util.TreeSet;

/**
 * Counts what {@code --on-detector-failure redact} replaced: the records (or the document) a
 * detector failed on, and which detectors failed. A run with any failure ends with exit status 1
 * and one line that says how many, never what they held.
 */
final class DetectorFailures {

  private static final int MAX_NAMED = 5;

  private final Set<String> detectors = new TreeSet<>();
  private long count;

  /**
   * Returns whether {@code findings} are the scanner's answer to a failure: one finding of {@link
   * FailurePolicy#FAILURE_TYPE} where the text (or the rest of the stream) was; records it if so.
   */
  boolean recordIfFailed(List<Finding> findings) {
    if (findings.size() == 1 && isFailure(findings.get(0))) {
      record(findings.get(0).detectorId());
      return true;
    }
    return false;
  }

  /** Returns whether the finding stands for a text a detector failed on. */
  static boolean isFailure(Finding finding) {
    return finding.type().equals(FailurePolicy.FAILURE_TYPE);
  }

  /** Records one failed record or document; {@code detectorId} is null when it is not known. */
  void record(String detectorId) {
    count++;
    if (detectorId != null) {
      detectors.add(detectorId);
    }
  }

  long count() {
    return count;
  }

  /**
   * The line that ends a run with failures, without the {@code "blindspot: "} prefix.
   *
   * @param records true for JSON lines (a count of records), false for one text document
   * @param redacted true for redact (the text was replaced by the tag), false for scan
   */
  String message(boolean records, boolean redacted) {
    String what;
    if (records) {
      what = count + (count == 1 ? " record" : " records") + " failed";
    } else {
      what = "the document failed";
    }
    String outcome;
    if (records) {
      outcome = redacted
          ? "the \"text\" of each was replaced by " + FailurePolicy.FAILURE_TAG
          : "each has one " + FailurePolicy.FAILURE_TYPE.name()
              + " finding of its whole text instead of its findings";
    } else {
      outcome = redacted
          ? "the rest of it, from the failing chunk on, was replaced by "
              + FailurePolicy.FAILURE_TAG
          : "the rest of it, from the failing chunk on, is one "
              + FailurePolicy.FAILURE_TYPE.name() + " finding";
    }
    return what + named() + ": " + outcome;
  }

  private String named() {
    if (detectors.isEmpty()) {
      return " (a detector failed)";
    }
    List<String> names = List.copyOf(detectors);
    String shown = String.join(", ", names.subList(0, Math.min(MAX_NAMED, names.size())));
    String more = names.size() > MAX_NAMED ? " and " + (names.size() - MAX_NAMED) + " more" : "";
    return " (detector " + shown + more + " failed)";
  }
}
