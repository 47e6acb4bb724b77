package dev.blindspot.detect.regex;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;
import java.util.Objects;

/**
 * The {@value #NAME} detector family: personal identifiers with a fixed shape, found by bounded
 * pattern scans and validators, in time linear in the text length.
 *
 * <p>Select it with {@code PiiScanner.builder().detectors("regex")}; it is found by {@link
 * java.util.ServiceLoader}, so users never instantiate it. Its detectors so far:
 *
 * <ul>
 *   <li>{@code regex.email}: e-mail addresses ({@code EMAIL_ADDRESS}), including
 *       internationalized ones, see {@link EmailMatcher}.
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class RegexDetectorProvider implements DetectorProvider {

  /** The name users select this family by. */
  public static final String NAME = "regex";

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public RegexDetectorProvider() {}

  /**
   * Returns {@value #NAME}.
   *
   * @return the provider name
   */
  @Override
  public String name() {
    return NAME;
  }

  /**
   * Creates one detector per identifier type of this family.
   *
   * @param config the scanner's configuration for this family (no key is accepted yet)
   * @return the detectors, immutable and thread-safe
   */
  @Override
  public List<Detector> create(DetectorConfig config) {
    Objects.requireNonNull(config, "config");
    return catalogue();
  }

  /** Every detector of this module, one per identifier type; new types are added here. */
  static List<Detector> catalogue() {
    return List.of(new EmailDetector());
  }

  /** Returns the provider name. */
  @Override
  public String toString() {
    return "RegexDetectorProvider[" + NAME + "]";
  }
}
