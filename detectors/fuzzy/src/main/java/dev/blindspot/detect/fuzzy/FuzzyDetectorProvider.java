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
 * that family finds in the original text. Both detectors read a shared normalized view of the
 * text (HTML entities and URL escapes decoded, zero-width chars, soft hyphens and bidi controls
 * removed, fullwidth forms, Unicode dashes, spaces and digits and Cyrillic or Greek homoglyphs
 * folded to ASCII), built once per scan and only where a cheap pre-filter sees a chance:
 *
 * <ul>
 *   <li>{@code fuzzy.email}: e-mail addresses ({@code EMAIL_ADDRESS}) with white space or a line
 *       break around {@code '@'} and {@code '.'} ("john.smith @outlook.com"), or with the at and
 *       the dot spelled out, bracketed or bare, in English, French, German, Spanish, Portuguese,
 *       Italian, Dutch, Swedish and Russian ("john [at] outlook [dot] com", "jean.dupont arobase
 *       orange point fr", "ivan собака mail точка ru").
 *   <li>{@code fuzzy.structured}: the types of the regex family's structured recognizers (phone,
 *       card and IBAN numbers, national ids, IP and MAC addresses, web addresses, dates...)
 *       written with odd separators, one digit at a time, with letters for digits (O6 l2...), in
 *       words in English, French, German or Spanish ("zéro six, douze, trente-quatre..."), with
 *       dots bracketed or spelled ("212[.]151[.]156[.]125", "www dot x dot com slash y",
 *       "hxxps://"), or broken across two lines.
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
    return List.of(new ObfuscatedEmailDetector(), new ObfuscatedNumberDetector(config.languages()));
  }

  /** Returns the provider name. */
  @Override
  public String toString() {
    return "FuzzyDetectorProvider[" + NAME + "]";
  }
}
