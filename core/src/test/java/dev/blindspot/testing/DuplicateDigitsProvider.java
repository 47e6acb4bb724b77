package dev.blindspot.testing;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;

/** A second provider claiming {@link DigitsProvider#NAME}; only registered by a test class loader. */
public final class DuplicateDigitsProvider implements DetectorProvider {

  @Override
  public String name() {
    return DigitsProvider.NAME;
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(TestDetectors.digitRuns("test-digits.duplicate", 0.9));
  }
}
