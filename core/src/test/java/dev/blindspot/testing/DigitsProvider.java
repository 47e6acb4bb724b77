package dev.blindspot.testing;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;

/** Test provider {@value #NAME}: runs of four or more digits, score 0.6; accepts no configuration. */
public final class DigitsProvider implements DetectorProvider {

  public static final String NAME = "test-digits";
  public static final String DETECTOR_ID = "test-digits.runs";
  public static final double SCORE = 0.6;

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(TestDetectors.digitRuns(DETECTOR_ID, SCORE));
  }
}
