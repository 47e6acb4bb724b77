package dev.blindspot.spi;

import java.util.List;
import java.util.Set;

/**
 * Creates a family of detectors selected by one name, such as {@code "regex"}.
 *
 * <p>Providers are found with {@link java.util.ServiceLoader}: list the implementation in {@code
 * META-INF/services/dev.blindspot.spi.DetectorProvider} and, in a named module, declare {@code
 * provides dev.blindspot.spi.DetectorProvider with ...}. A provider needs a public no-argument
 * constructor and must be thread-safe.
 */
public interface DetectorProvider {

  /**
   * Returns the name users select this family by, such as {@code "regex"}: lower-case letters,
   * digits, '-' and '.', unique among the providers on the class path.
   *
   * @return the name
   */
  String name();

  /**
   * Creates the detectors of this family.
   *
   * @param config configuration given to the scanner builder for this provider; it only holds
   *     keys listed by {@link #configKeys()}
   * @return the detectors, at least one
   * @throws IllegalArgumentException if a configuration value is invalid (say which key and what
   *     is allowed)
   */
  List<Detector> create(DetectorConfig config);

  /**
   * Returns the configuration keys this provider accepts; the scanner rejects any other, listing
   * these.
   *
   * @return the accepted keys; none by default
   */
  default Set<String> configKeys() {
    return Set.of();
  }
}
