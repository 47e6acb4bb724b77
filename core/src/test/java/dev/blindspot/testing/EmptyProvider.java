package dev.blindspot.testing;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;

/** A provider that creates no detector; only registered by a test class loader. */
public final class EmptyProvider implements DetectorProvider {

  @Override
  public String name() {
    return "test-empty";
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of();
  }
}
