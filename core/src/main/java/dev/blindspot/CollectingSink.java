package dev.blindspot;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.Set;

/** The scanner's sink: checks what a detector reports and maps it to original offsets. */
final class CollectingSink implements FindingSink {

  private final CharSequence original;
  private final List<Finding> findings = new ArrayList<>();
  private String detectorId;
  private Set<PiiType> allowedTypes;

  CollectingSink(CharSequence original) {
    this.original = original;
  }

  void attach(Detector detector) {
    this.detectorId = detector.id();
    this.allowedTypes = detector.types();
  }

  List<Finding> findings() {
    return findings;
  }

  @Override
  public void report(PiiType type, int start, int end, double score, Explanation why) {
    check(type, start, end, original.length(), why);
    add(type, start, end, score, why);
  }

  @Override
  public void report(TextView view, PiiType type, int start, int end, double score, Explanation why) {
    Objects.requireNonNull(view, "view");
    check(type, start, end, view.length(), why);
    if (view.isOriginal()) {
      add(type, start, end, score, why);
      return;
    }
    int originalStart = view.originalStart(start);
    int originalEnd = view.originalEnd(end);
    if (originalEnd <= originalStart) {
      return; // only inserted chars: nothing of the original to report
    }
    Explanation mapped = why.withNormalizations(view.stepsChanging(start, end));
    add(type, originalStart, originalEnd, score, mapped);
  }

  private void check(PiiType type, int start, int end, int length, Explanation why) {
    Objects.requireNonNull(type, "type");
    Objects.requireNonNull(why, "why");
    if (!allowedTypes.contains(type)) {
      throw new IllegalArgumentException(
          "detector '" + detectorId + "' reported type " + type + " missing from its types()");
    }
    if (start < 0 || end <= start || end > length) {
      throw new IndexOutOfBoundsException(
          "detector '" + detectorId + "' reported span " + start + ".." + end
              + " outside a text of " + length + " chars");
    }
  }

  private void add(PiiType type, int start, int end, double score, Explanation why) {
    if (!(score >= 0.0 && score <= 1.0)) {
      throw new IllegalArgumentException(
          "detector '" + detectorId + "' reported score " + score + " outside [0, 1]");
    }
    // A finding never splits a surrogate pair.
    if (start > 0
        && Character.isLowSurrogate(original.charAt(start))
        && Character.isHighSurrogate(original.charAt(start - 1))) {
      start--;
    }
    if (end < original.length()
        && Character.isLowSurrogate(original.charAt(end))
        && Character.isHighSurrogate(original.charAt(end - 1))) {
      end++;
    }
    findings.add(new Finding(type, start, end, score, detectorId, why));
  }
}
