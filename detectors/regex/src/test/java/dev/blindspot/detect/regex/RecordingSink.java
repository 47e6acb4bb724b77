package dev.blindspot.detect.regex;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a detector reports, for assertions; view offsets are mapped to the original. */
final class RecordingSink implements FindingSink {

  record Report(PiiType type, int start, int end, double score, Explanation why) {}

  final List<Report> reports = new ArrayList<>();

  @Override
  public void report(PiiType type, int start, int end, double score, Explanation why) {
    reports.add(new Report(type, start, end, score, why));
  }

  @Override
  public void report(TextView view, PiiType type, int start, int end, double score, Explanation why) {
    reports.add(
        new Report(type, view.originalStart(start), view.originalEnd(end), score,
            why.withNormalizations(view.steps())));
  }

  List<int[]> spans() {
    List<int[]> spans = new ArrayList<>();
    for (Report r : reports) {
      spans.add(new int[] {r.start(), r.end()});
    }
    return spans;
  }
}
