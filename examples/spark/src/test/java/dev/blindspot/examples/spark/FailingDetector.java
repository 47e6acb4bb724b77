package dev.blindspot.examples.spark;

import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import java.util.Set;

/**
 * A detector that fails on every text holding {@value #TRIGGER}, as a buggy custom detector
 * would: the tests add it with {@code --detector-classes} and check that no such text comes out.
 */
public final class FailingDetector implements Detector {

  /** The word that makes this detector throw. */
  static final String TRIGGER = "CORRUPTED";

  /** Creates the detector. */
  public FailingDetector() {}

  @Override
  public String id() {
    return "test.failing";
  }

  @Override
  public Set<PiiType> types() {
    return Set.of(PiiType.of("TEST_NOTHING"));
  }

  @Override
  public void detect(ScanContext context, FindingSink sink) {
    if (context.text().toString().contains(TRIGGER)) {
      throw new IllegalStateException("cannot parse " + context.text()); // a careless message
    }
  }
}
