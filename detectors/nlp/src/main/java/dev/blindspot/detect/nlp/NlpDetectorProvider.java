package dev.blindspot.detect.nlp;

import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.io.IOException;
import java.io.InputStream;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.LinkedHashSet;
import java.util.List;
import java.util.Objects;
import java.util.Optional;
import java.util.Set;

/**
 * Provides the named-entity detectors, selected with the name {@value #NAME}: {@code
 * PiiScanner.builder().detectors("nlp")}.
 *
 * <p>The family holds three detectors. {@value #PERSON_ID} (a {@link PersonDetector}) reports
 * {@link dev.blindspot.PiiType#PERSON} from three signals:
 *
 * <ul>
 *   <li>OpenNLP name-finder models trained for this library on English and French support chats
 *       (explanation {@code model:opennlp-en-person}, {@code model:opennlp-fr-person}), or models
 *       the user supplies;
 *   <li>rules: a title (Mr, Mrs, Ms, Dr, Prof; M., Mme, Mlle; Herr, Frau; Sr., Sra., Doña)
 *       followed by capitalised name words, or a phrase that announces a name ("my name is", "this
 *       is _ speaking", "Sarah here", "je m'appelle", "c'est _ à l'appareil", "ich heiße", "me
 *       llamo"), also with a name in lower case ({@code rule:honorific}, {@code
 *       rule:announcing-phrase}). Alone, they score 0.85, or 0.7 for a lower-case name;
 *   <li>a gazetteer of given and family names of many cultures ({@code gazetteer}).
 * </ul>
 *
 * <p>Weekdays, months, products, brands and places are not persons on the word of a model or the
 * gazetteer alone. A model reads only its own language: German, Spanish and other languages
 * without a model get the strong signals only (a title, an announcing phrase, a known given and
 * family name, a known given name after a greeting or a role noun). The span covers the name only,
 * never the title or the phrase. Explanations name the signals, never the name.
 *
 * <p>{@value #LOCATION_ID} reports {@link dev.blindspot.PiiType#LOCATION}, by rules and word lists
 * of English, French, German and Spanish: a street address (house number and street type: "221B
 * Baker Street", "12 rue de la Paix", "Hauptstraße 5", "calle Mayor 3") with the floor, postal
 * code, city and state that follow it; a postal code with a known city ("75002 Paris"); a British
 * postcode; a place or an address after a phrase that announces a residence or an address ("I
 * live in Lyon", "j'habite à Nantes", "adresse de livraison :"). Explanations {@code
 * rule:street-type}, {@code rule:postal-code}, {@code rule:announcing-phrase}; scores from 0.7 (a
 * British postcode alone) to 0.95 (an announced street address).
 *
 * <p>{@value #ORGANIZATION_ID} reports {@link dev.blindspot.PiiType#ORGANIZATION}: capitalised
 * words with a legal form ("Acme Ltd", "Dupont SARL", "Müller GmbH", "Talleres Navarro S.L.",
 * "SARL Dupont"; {@code rule:legal-form}, 0.85), or after a phrase that announces an employer or
 * the business a person speaks for ("I work at", "on behalf of", "je travaille chez", "employeur
 * :", "im Auftrag von"; {@code rule:announcing-phrase}, 0.7, 0.8 with a business noun such as
 * "Garage", 0.9 with a legal form).
 *
 * <p>Neither reports a place, brand or company named without such a cue ("the Paris office",
 * "Paris Saint-Germain", "an Apple Watch"): the rules aim at the personal data of a customer, not
 * at every named entity.
 *
 * <p>Configuration keys, given with {@code PiiScanner.builder().configure("nlp", key, value)}:
 *
 * <ul>
 *   <li>{@code person.model.<language>} for {@code en, fr, de, es, it, nl, pt}: an OpenNLP
 *       {@code TokenNameFinderModel} to add for that language, as a file path or {@code
 *       classpath:path/in/jar.bin};
 *   <li>{@code person.shipped-models}: {@code false} to replace the shipped models by the supplied
 *       ones (default {@code true}: the supplied models are added).
 * </ul>
 *
 * <p>For a model held in memory or read from a stream, build a {@link PersonDetector} with its
 * builder and pass it to {@code PiiScanner.builder().detector(...)}. This provider is immutable and
 * thread-safe.
 *
 * <p>Do this: select the family by name and let the scanner create the detector once. Not that:
 * build a scanner per text.
 */
public final class NlpDetectorProvider implements DetectorProvider {

  /** The name users select this family by. */
  public static final String NAME = "nlp";

  /** The id of the person detector, carried by its findings. */
  public static final String PERSON_ID = PersonDetector.ID;

  /** The id of the location detector (postal addresses, places of residence). */
  public static final String LOCATION_ID = LocationDetector.ID;

  /** The id of the organization detector (companies with a legal form, employers). */
  public static final String ORGANIZATION_ID = OrganizationDetector.ID;

  /** The languages a model may be configured for with {@code person.model.<language>}. */
  public static final List<String> MODEL_LANGUAGES = List.of("en", "fr", "de", "es", "it", "nl", "pt");

  /** The key prefix of a supplied model: {@code person.model.fr}. */
  public static final String MODEL_KEY_PREFIX = "person.model.";

  /** The key that turns the shipped models off: {@code person.shipped-models=false}. */
  public static final String SHIPPED_MODELS_KEY = "person.shipped-models";

  private static final String CLASSPATH = "classpath:";

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
   * Returns {@code person.model.<language>} for each of {@link #MODEL_LANGUAGES} and {@value
   * #SHIPPED_MODELS_KEY}.
   *
   * @return the accepted keys
   */
  @Override
  public Set<String> configKeys() {
    Set<String> keys = new LinkedHashSet<>();
    for (String language : MODEL_LANGUAGES) {
      keys.add(MODEL_KEY_PREFIX + language);
    }
    keys.add(SHIPPED_MODELS_KEY);
    return Set.copyOf(keys);
  }

  /**
   * Creates the person, location and organization detectors, in this order. Word lists and shipped
   * models are loaded once per class loader and shared; supplied models are read here.
   *
   * @param config the scanner's configuration for this family
   * @return the person, location and organization detectors
   * @throws IllegalArgumentException if a supplied model cannot be read (the message names the key)
   */
  @Override
  public List<Detector> create(DetectorConfig config) {
    Objects.requireNonNull(config, "config");
    PersonDetector.Builder builder =
        PersonDetector.builder().shippedModels(config.getBoolean(SHIPPED_MODELS_KEY, true));
    for (String language : MODEL_LANGUAGES) {
      String key = MODEL_KEY_PREFIX + language;
      Optional<String> location = config.get(key);
      if (location.isPresent()) {
        InputStream in = open(location.get().strip());
        if (in == null) {
          throw new IllegalArgumentException(
              "setting '" + key + "': no model at '" + location.get() + "'");
        }
        try (in) {
          builder.model(language, in);
        } catch (IOException | RuntimeException e) {
          // OpenNLP fails on a stream that is not a model with any kind of exception.
          throw new IllegalArgumentException(
              "setting '" + key + "': cannot read an OpenNLP name-finder model from '"
                  + location.get() + "' (" + e.getClass().getSimpleName() + ")", e);
        }
      }
    }
    EntityLexicon entities = EntityLexicon.standard();
    return List.of(
        builder.build(),
        new LocationDetector(entities),
        new OrganizationDetector(entities, Gazetteer.standard()));
  }

  /** Opens a file or a class path resource; null when there is none. */
  private static InputStream open(String location) {
    if (location.startsWith(CLASSPATH)) {
      String resource = location.substring(CLASSPATH.length()).replaceFirst("^/", "");
      ClassLoader loader = Thread.currentThread().getContextClassLoader();
      InputStream in = loader == null ? null : loader.getResourceAsStream(resource);
      return in != null ? in : NlpDetectorProvider.class.getClassLoader().getResourceAsStream(resource);
    }
    try {
      return Files.newInputStream(Path.of(location));
    } catch (IOException | RuntimeException e) {
      return null;
    }
  }

  /** Returns the provider name. */
  @Override
  public String toString() {
    return "NlpDetectorProvider[" + NAME + "]";
  }
}
