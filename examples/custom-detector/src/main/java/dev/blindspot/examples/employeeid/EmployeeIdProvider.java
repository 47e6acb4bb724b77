package dev.blindspot.examples.employeeid;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;
import java.util.Set;

/**
 * Makes the {@link EmployeeIdDetector} selectable by the name {@value #NAME}: {@code
 * PiiScanner.builder().detectors("employee-id")}, or {@code --detectors employee-id} on the
 * command line. Registered in {@code META-INF/services/dev.blindspot.spi.DetectorProvider} and in
 * {@code module-info.java}.
 *
 * <p>Configuration keys, set with {@code builder.configure("employee-id", key, value)}:
 *
 * <ul>
 *   <li>{@value #PREFIX}: the letters ids start with, 2 to 8 upper-case ASCII letters; default
 *       {@value #DEFAULT_PREFIX}.
 *   <li>{@value #CHECK_DIGIT}: {@code true} (default) if the last digit is a Luhn check digit,
 *       {@code false} if your ids carry none.
 * </ul>
 *
 * <p>The context words follow the languages given to the scanner builder. Thread-safe and
 * stateless.
 */
public final class EmployeeIdProvider implements DetectorProvider {

  /** The name users select this provider by. */
  public static final String NAME = "employee-id";

  /** The configuration key of the prefix. */
  public static final String PREFIX = "prefix";

  /** The configuration key that turns the check digit on or off. */
  public static final String CHECK_DIGIT = "check-digit";

  /** The prefix used when none is configured. */
  public static final String DEFAULT_PREFIX = "EMP";

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public EmployeeIdProvider() {}

  @Override
  public String name() {
    return NAME;
  }

  @Override
  public Set<String> configKeys() {
    return Set.of(PREFIX, CHECK_DIGIT);
  }

  /**
   * Creates the employee id detector.
   *
   * @param config the prefix, the check-digit switch and the scanner's languages
   * @return one detector
   * @throws IllegalArgumentException if the prefix is not 2 to 8 upper-case ASCII letters, or
   *     {@value #CHECK_DIGIT} is neither {@code true} nor {@code false}
   */
  @Override
  public List<Detector> create(DetectorConfig config) {
    return List.of(
        new EmployeeIdDetector(
            config.get(PREFIX).map(String::strip).orElse(DEFAULT_PREFIX),
            config.getBoolean(CHECK_DIGIT, true),
            config.languages()));
  }

  @Override
  public String toString() {
    return "EmployeeIdProvider[" + NAME + "]";
  }
}
