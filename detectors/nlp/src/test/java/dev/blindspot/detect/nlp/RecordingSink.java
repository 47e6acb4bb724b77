package dev.blindspot.detect.nlp;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.Comparator;
import java.util.List;

/** Records what a detector reports, as findings in offset order, checking each span. */
final class RecordingSink implements FindingSink {

  private static final PersonRuleDetector DETECTOR =
      new PersonRuleDetector(PersonLexicon.standard());

  private final int length;
  private final List<Finding> findings = new ArrayList<>();

  private RecordingSink(int length) {
    this.length = length;
  }

  /** Runs the standard person rules on a text and returns what they report, in offset order. */
  static List<Finding> detect(CharSequence text) {
    return detect(DETECTOR, text);
  }

  /** Runs a detector on a text and returns what it reports, in offset order. */
  static List<Finding> detect(PersonRuleDetector detector, CharSequence text) {
    RecordingSink sink = new RecordingSink(text.length());
    detector.detect(ScanContext.of(text, "und"), sink);
    sink.findings.sort(Comparator.comparingInt(Finding::start));
    return sink.findings;
  }

  @Override
  public void report(PiiType type, int start, int end, double score, Explanation why) {
    if (start < 0 || end <= start || end > length) {
      throw new AssertionError("span " + start + ".." + end + " outside text of " + length);
    }
    findings.add(new Finding(type, start, end, score, PersonRuleDetector.ID, why));
  }

  @Override
  public void report(TextView view, PiiType type, int start, int end, double score, Explanation why) {
    throw new AssertionError("the person rules read the original text only");
  }
}
