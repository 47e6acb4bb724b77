package dev.blindspot.detect.fuzzy;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;
import java.util.Objects;

/**
 * The {@value #NAME} detector family: values that people or broken pipelines obfuscated, found on
 * normalized views of the text with offsets mapped back to the original.
 *
 * <p>Select it with {@code PiiScanner.builder().detectors("regex", "fuzzy")}: it complements the
 * {@code "regex"} family, which finds the same values written in clear, and does not report what
 * that family finds in the original text. Its detectors so far:
 *
 * <ul>
 *   <li>{@code fuzzy.email}: e-mail addresses ({@code EMAIL_ADDRESS}) with white space around
 *       {@code '@'} and {@code '.'} ("john.smith @outlook.com"), or with the at and the dot
 *       spelled out, bracketed or bare, in English and French ("john [at] outlook [dot] com",
 *       "jean.dupont arobase orange point fr", "john at outlook dot com").
 * </ul>
 *
 * <p>Stateless and thread-safe.
 */
public final class FuzzyDetectorProvider implements DetectorProvider {

  /** The name users select this family by. */
  public static final String NAME = "fuzzy";

  /** Creates the provider; called by {@link java.util.ServiceLoader}. */
  public FuzzyDetectorProvider() {}

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
   * Creates the detectors of this family.
   *
   * @param config the scanner's configuration for this family (no key is accepted yet)
   * @return the detectors, immutable and thread-safe
   */
  @Override
  public List<Detector> create(DetectorConfig config) {
    Objects.requireNonNull(config, "config");
    return List.of(new ObfuscatedEmailDetector());
  }

  /** Returns the provider name. */
  @Override
  public String toString() {
    return "FuzzyDetectorProvider[" + NAME + "]";
  }
}
