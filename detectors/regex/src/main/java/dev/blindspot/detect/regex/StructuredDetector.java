package dev.blindspot.detect.regex;

import dev.blindspot.PiiType;
import dev.blindspot.spi.Detector;
import java.util.Set;

/**
 * Base of the detectors of this module: one identifier type, a fixed id of the form {@code
 * "regex.<name>"}, and no mutable state, so one instance serves every thread.
 *
 * <p>A subclass implements {@link #detect} as a cheap pre-filter (find the trigger char, such as
 * {@code '@'} or a digit), bounded expansions around each trigger and validators, and reports on
 * the original text.
 */
abstract class StructuredDetector implements Detector {

  private final String id;
  private final PiiType type;
  private final Set<PiiType> types;

  StructuredDetector(String id, PiiType type) {
    this.id = id;
    this.type = type;
    this.types = Set.of(type);
  }

  @Override
  public final String id() {
    return id;
  }

  @Override
  public final Set<PiiType> types() {
    return types;
  }

  /** Returns the one type this detector reports. */
  final PiiType type() {
    return type;
  }

  /** Returns the id and type; a detector holds no text. */
  @Override
  public String toString() {
    return getClass().getSimpleName() + "[id=" + id + ", type=" + type + "]";
  }
}
