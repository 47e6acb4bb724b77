package dev.blindspot.testing;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;

/** A provider with a name users could not type; only registered by a test class loader. */
public final class InvalidNameProvider implements DetectorProvider {

  @Override
  public String name() {
    return "Test Digits";
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(TestDetectors.digitRuns("test-invalid.runs", 0.6));
  }
}
