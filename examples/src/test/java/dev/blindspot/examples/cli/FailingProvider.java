package dev.blindspot.examples.cli;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.List;
import java.util.Set;

/**
 * A detector that fails on any text containing {@value #TRIGGER}, with the text in its exception
 * message, to check that the command line neither prints that message nor keeps writing.
 */
public final class FailingProvider implements DetectorProvider {

  static final String NAME = "test-failing";
  static final String DETECTOR_ID = "test.failing";
  static final String TRIGGER = "BOOM";

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(
        new Detector() {
          @Override
          public String id() {
            return DETECTOR_ID;
          }

          @Override
          public Set<PiiType> types() {
            return Set.of(PiiType.PERSON);
          }

          @Override
          public void detect(ScanContext context, FindingSink sink) {
            String text = context.text().toString();
            if (text.contains(TRIGGER)) {
              throw new IllegalStateException("cannot handle: " + text);
            }
            int at = text.indexOf("Mallory");
            if (at >= 0) {
              sink.report(PiiType.PERSON, at, at + 7, 0.8, Explanation.of("test:name"));
            }
          }
        });
  }
}
