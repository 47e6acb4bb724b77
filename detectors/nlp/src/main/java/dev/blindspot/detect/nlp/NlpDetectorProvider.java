package dev.blindspot.detect.nlp;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.util.List;
import java.util.Objects;

/**
 * Provides the person-name detectors, selected with the name {@value #NAME}: {@code
 * PiiScanner.builder().detectors("nlp")}.
 *
 * <p>Today the family holds one detector, {@value #PERSON_RULES_ID}, which reports {@link
 * dev.blindspot.PiiType#PERSON} where the text announces a name:
 *
 * <ul>
 *   <li>after a title: Mr, Mrs, Ms, Miss, Dr, Prof, Sir, Madam; M., Mme, Mlle, Me, Pr, Monsieur,
 *       Madame; Herr, Frau; Sr., Sra., Srta., Don, Doña; followed by one to three capitalised name
 *       words, with initials ("J. Smith") and particles ("de", "van", "bin") between them. Score
 *       0.85.
 *   <li>in an announcing phrase: "my name is", "I am", "this is _ speaking", "Sarah here", "je
 *       m'appelle", "je suis", "c'est _ à l'appareil", "mon nom est", "ich heiße", "me llamo", "mi
 *       nombre es" and a few more. Score 0.85 for a capitalised name, 0.7 for one in lower case,
 *       which only the phrases that cannot introduce anything else accept ("my name is john").
 * </ul>
 *
 * <p>The span covers the name only, never the title or the phrase. Weekdays, months, products and
 * brands ("Dr. Martens", "Ms Word"), function words and common vocabulary ("I am calling", "je
 * suis désolé") are not taken for names. Explanations name the rule ({@code rule:honorific} or
 * {@code rule:announcing-phrase}) and what fired ({@code honorific:mr}, {@code
 * phrase:fr:je-m-appelle}), never the name.
 *
 * <p>The rules of English, French, German and Spanish run on every text, whatever language the
 * scanner was built for. The detector reads each text once and runs in linear time; it is
 * immutable and thread-safe, and so is this provider.
 *
 * <p>Do this: select the family by name and let the scanner create the detector once. Not that:
 * build a scanner per text.
 */
public final class NlpDetectorProvider implements DetectorProvider {

  /** The name users select this family by. */
  public static final String NAME = "nlp";

  /** The id of the rule-based person detector, carried by its findings. */
  public static final String PERSON_RULES_ID = PersonRuleDetector.ID;

  /** Creates the provider; {@link java.util.ServiceLoader} calls this. */
  public NlpDetectorProvider() {}

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
   * Creates the person detector. Its word lists are loaded once per class loader and shared.
   *
   * @param config the scanner's configuration for this family; it accepts no key
   * @return the rule-based person detector
   */
  @Override
  public List<Detector> create(DetectorConfig config) {
    Objects.requireNonNull(config, "config");
    return List.of(new PersonRuleDetector(PersonLexicon.standard()));
  }

  /** Returns the provider name. */
  @Override
  public String toString() {
    return "NlpDetectorProvider[" + NAME + "]";
  }
}
