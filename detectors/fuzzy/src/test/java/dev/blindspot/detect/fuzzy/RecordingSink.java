package dev.blindspot.detect.fuzzy;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.List;

/** Keeps what a detector reports, with view offsets mapped to the original as the scanner does. */
final class RecordingSink implements FindingSink {

  /** One report: original span, the value read on the view, score and explanation. */
  record Report(int start, int end, String viewValue, double score, Explanation why) {}

  final List<Report> reports = new ArrayList<>();

  @Override
  public void report(PiiType type, int start, int end, double score, Explanation why) {
    throw new AssertionError("the fuzzy detector reports on its view only");
  }

  @Override
  public void report(TextView view, PiiType type, int start, int end, double score, Explanation why) {
    if (type != PiiType.EMAIL_ADDRESS) {
      throw new AssertionError("unexpected type " + type);
    }
    reports.add(
        new Report(
            view.originalStart(start),
            view.originalEnd(end),
            view.text().subSequence(start, end).toString(),
            score,
            why.withNormalizations(view.stepsChanging(start, end))));
  }

  /** Renders the reports as "start..end=original text", for readable assertions. */
  List<String> describe(CharSequence original) {
    List<String> out = new ArrayList<>();
    for (Report r : reports) {
      out.add(r.start() + ".." + r.end() + "=" + original.subSequence(r.start(), r.end()));
    }
    return out;
  }
}
