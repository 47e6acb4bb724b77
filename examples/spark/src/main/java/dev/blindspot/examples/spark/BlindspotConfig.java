package dev.blindspot.examples.spark;

import dev.blindspot.PiiScanner;
import dev.blindspot.redact.Operators;
import dev.blindspot.spi.Detector;
import java.io.Serializable;
import java.util.ArrayList;
import java.util.List;
import java.util.Locale;
import java.util.Objects;

/**
 * What a Spark job asks of Blindspot: which detectors, languages and minimum score, which operator
 * replaces personal data, and what a failing detector does to its record. Immutable and
 * serializable: Spark ships it to the executors inside the column expressions of {@link
 * BlindspotSpark}, and each executor JVM builds one scanner per distinct configuration, shared by
 * all its tasks.
 *
 * <p>The HMAC key is never part of a configuration: only where to read it (a file, or else the
 * environment variable {@value #HMAC_KEY_VARIABLE}), read where the scanner is built. So the key
 * travels neither in task closures nor on a command line.
 *
 * <pre>{@code
 * BlindspotConfig config = BlindspotConfig.builder()
 *     .detectors("regex", "fuzzy")
 *     .languages("en", "fr")
 *     .operator(BlindspotConfig.Operator.PSEUDONYM)
 *     .onFailure(BlindspotConfig.OnFailure.QUARANTINE)
 *     .build();
 * }</pre>
 */
public final class BlindspotConfig implements Serializable {

  private static final long serialVersionUID = 1L;

  /** The environment variable the HMAC key is read from when no key file is given. */
  public static final String HMAC_KEY_VARIABLE = "BLINDSPOT_HMAC_KEY";

  /** What replaces a finding in the redacted text (see {@link Operators}). */
  public enum Operator {
    /** {@code <EMAIL_ADDRESS>}: {@link Operators#typeTag()}. */
    TAG,
    /** {@code <PERSON_1>}, numbered per text: {@link Operators#pseudonyms()}. */
    PSEUDONYM,
    /** {@code j***.*****@*******.com}: {@link Operators#mask()}. */
    MASK,
    /** {@code <EMAIL_ADDRESS:9f86d081...>}, keyed HMAC-SHA256: {@link Operators#hmac(byte[])}. */
    HMAC;

    /**
     * Returns the operator of a command-line name: {@code tag}, {@code pseudonym}, {@code mask}
     * or {@code hmac}.
     *
     * @param name the name, any case
     * @return the operator
     * @throws IllegalArgumentException if the name is none of these
     */
    public static Operator of(String name) {
      for (Operator operator : values()) {
        if (operator.name().equalsIgnoreCase(name)) {
          return operator;
        }
      }
      throw new IllegalArgumentException("the operator must be one of tag, pseudonym, mask, hmac");
    }

    String cliName() {
      return name().toLowerCase(Locale.ROOT);
    }
  }

  /** What a detector failure does to the text it failed on. */
  public enum OnFailure {
    /** The task, then the job, fails; nothing of the failing record is written. */
    FAIL,
    /**
     * The record is kept with its text null and its status {@value BlindspotSpark#QUARANTINED};
     * its findings are one {@code REDACTED_ON_FAILURE} finding of the whole text.
     */
    QUARANTINE
  }

  private final List<String> detectors;
  private final List<String> detectorClasses;
  private final List<String> languages;
  private final Double minScore;
  private final Operator operator;
  private final String hmacKeyFile;
  private final OnFailure onFailure;

  private BlindspotConfig(Builder b) {
    this.detectors = b.detectors == null ? null : List.copyOf(b.detectors);
    this.detectorClasses = List.copyOf(b.detectorClasses);
    this.languages = b.languages == null ? null : List.copyOf(b.languages);
    this.minScore = b.minScore;
    this.operator = b.operator;
    this.hmacKeyFile = b.hmacKeyFile;
    this.onFailure = b.onFailure;
  }

  /**
   * Starts a builder. Its defaults: every detector provider on the class path, no language, the
   * scanner's default minimum score, the {@link Operator#TAG} operator, {@link OnFailure#FAIL}.
   *
   * @return a new builder
   */
  public static Builder builder() {
    return new Builder();
  }

  /**
   * Returns the detector provider names, or null for every provider on the class path.
   *
   * @return the provider names, or null
   */
  public List<String> detectors() {
    return detectors;
  }

  /**
   * Returns the names of the {@link Detector} classes added to the providers' detectors.
   *
   * @return class names, possibly none
   */
  public List<String> detectorClasses() {
    return detectorClasses;
  }

  /**
   * Returns the language tags, or null when none was given.
   *
   * @return the language tags, or null
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * Returns the minimum score, or null for the scanner's default ({@value
   * PiiScanner#DEFAULT_MIN_SCORE}).
   *
   * @return the minimum score, or null
   */
  public Double minScore() {
    return minScore;
  }

  /**
   * Returns the redaction operator.
   *
   * @return the operator
   */
  public Operator operator() {
    return operator;
  }

  /**
   * Returns the path of the HMAC key file, or null to read the key from {@value
   * #HMAC_KEY_VARIABLE}; meaningful with {@link Operator#HMAC} only.
   *
   * @return the key file path, or null
   */
  public String hmacKeyFile() {
    return hmacKeyFile;
  }

  /**
   * Returns what a detector failure does.
   *
   * @return the failure policy
   */
  public OnFailure onFailure() {
    return onFailure;
  }

  @Override
  public boolean equals(Object o) {
    if (this == o) {
      return true;
    }
    if (!(o instanceof BlindspotConfig)) {
      return false;
    }
    BlindspotConfig other = (BlindspotConfig) o;
    return Objects.equals(detectors, other.detectors)
        && detectorClasses.equals(other.detectorClasses)
        && Objects.equals(languages, other.languages)
        && Objects.equals(minScore, other.minScore)
        && operator == other.operator
        && Objects.equals(hmacKeyFile, other.hmacKeyFile)
        && onFailure == other.onFailure;
  }

  @Override
  public int hashCode() {
    return Objects.hash(
        detectors, detectorClasses, languages, minScore, operator, hmacKeyFile, onFailure);
  }

  /** Shows every setting; there is no secret in a configuration, only where the key is read. */
  @Override
  public String toString() {
    return "BlindspotConfig[detectors=" + (detectors == null ? "all" : detectors)
        + (detectorClasses.isEmpty() ? "" : ", detectorClasses=" + detectorClasses)
        + ", languages=" + (languages == null ? "none" : languages)
        + ", minScore=" + (minScore == null ? "default" : minScore)
        + ", operator=" + operator.cliName()
        + (operator == Operator.HMAC
            ? ", hmacKey=" + (hmacKeyFile == null ? "$" + HMAC_KEY_VARIABLE : "file")
            : "")
        + ", onFailure=" + onFailure.name().toLowerCase(Locale.ROOT) + "]";
  }

  /**
   * Builds a {@link BlindspotConfig}. A later call replaces what an earlier one set, except {@link
   * #detectorClasses}, which adds up. Not thread-safe.
   */
  public static final class Builder {
    private List<String> detectors;
    private final List<String> detectorClasses = new ArrayList<>();
    private List<String> languages;
    private Double minScore;
    private Operator operator = Operator.TAG;
    private String hmacKeyFile;
    private OnFailure onFailure = OnFailure.FAIL;

    private Builder() {}

    /**
     * Selects detector providers by name, such as {@code "regex"}, {@code "fuzzy"}, {@code
     * "nlp"}; default: every provider on the class path. Unknown names fail when the scanner is
     * built, listing the known ones.
     *
     * @param names provider names
     * @return this builder
     * @throws IllegalArgumentException if no name is given or a name is blank
     */
    public Builder detectors(String... names) {
      detectors = names("detector", names);
      return this;
    }

    /**
     * Adds detectors of your own by class name, each instantiated once per executor JVM with its
     * public no-argument constructor and added with {@link PiiScanner.Builder#detector}.
     *
     * @param classNames names of classes that implement {@link Detector}
     * @return this builder
     * @throws IllegalArgumentException if a name is blank
     */
    public Builder detectorClasses(String... classNames) {
      detectorClasses.addAll(names("detector class", classNames));
      return this;
    }

    /**
     * Sets the languages of the texts, such as {@code "en", "fr"} (see {@link
     * PiiScanner.Builder#languages}).
     *
     * @param tags language tags
     * @return this builder
     * @throws IllegalArgumentException if no tag is given or a tag is blank
     */
    public Builder languages(String... tags) {
      languages = names("language", tags);
      return this;
    }

    /**
     * Sets the score a finding needs to be reported.
     *
     * @param score threshold in [0, 1]
     * @return this builder
     * @throws IllegalArgumentException if outside [0, 1]
     */
    public Builder minScore(double score) {
      if (!(score >= 0.0 && score <= 1.0)) {
        throw new IllegalArgumentException("the minimum score must be in [0, 1], got " + score);
      }
      minScore = score;
      return this;
    }

    /**
     * Sets what replaces a finding; default {@link Operator#TAG}.
     *
     * @param op the operator
     * @return this builder
     */
    public Builder operator(Operator op) {
      operator = Objects.requireNonNull(op, "operator");
      return this;
    }

    /**
     * Reads the key of {@link Operator#HMAC} from this file (a final newline is ignored) instead
     * of the environment variable {@value #HMAC_KEY_VARIABLE}. The file is read where the scanner
     * is built: give a path that exists on every executor, or ship the file with {@code
     * spark-submit --files key.bin} and give its bare name.
     *
     * @param path the key file
     * @return this builder
     */
    public Builder hmacKeyFile(String path) {
      hmacKeyFile = Objects.requireNonNull(path, "path");
      return this;
    }

    /**
     * Sets what a detector failure does; default {@link OnFailure#FAIL}.
     *
     * @param policy the policy
     * @return this builder
     */
    public Builder onFailure(OnFailure policy) {
      onFailure = Objects.requireNonNull(policy, "policy");
      return this;
    }

    /**
     * Builds the configuration. Detector names, languages and the key are checked when the
     * scanner is built ({@link BlindspotSpark#check(BlindspotConfig)} does it at once).
     *
     * @return the configuration
     * @throws IllegalArgumentException if a key file is given without the HMAC operator
     */
    public BlindspotConfig build() {
      if (hmacKeyFile != null && operator != Operator.HMAC) {
        throw new IllegalArgumentException("an HMAC key file applies to the hmac operator only");
      }
      return new BlindspotConfig(this);
    }

    private static List<String> names(String what, String... names) {
      Objects.requireNonNull(names, what);
      if (names.length == 0) {
        throw new IllegalArgumentException("give at least one " + what);
      }
      List<String> list = new ArrayList<>(names.length);
      for (String name : names) {
        if (name == null || name.isBlank()) {
          throw new IllegalArgumentException(what + " names must not be blank");
        }
        list.add(name.strip());
      }
      return list;
    }
  }
}
