package dev.blindspot.testing;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;

/** A provider whose constructor fails, as when its model is missing; only registered by a test class loader. */
public final class BrokenProvider implements DetectorProvider {

  public BrokenProvider() {
    throw new IllegalStateException("model file test-broken.bin not found");
  }

  @Override
  public String name() {
    return "test-broken";
  }

  @Override
  public List<Detector> create(DetectorConfig config) {
    throw new AssertionError("never constructed");
  }
}
