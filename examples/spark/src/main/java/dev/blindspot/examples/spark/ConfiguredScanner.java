package dev.blindspot.examples.spark;

import dev.blindspot.FailurePolicy;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.ScanContext;
import java.io.IOException;
import java.lang.reflect.InvocationTargetException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.Arrays;
import java.util.List;
import java.util.concurrent.ConcurrentHashMap;
import java.util.concurrent.ConcurrentMap;
import java.util.concurrent.atomic.AtomicInteger;
import java.util.function.Function;
import org.apache.spark.SparkFiles;

/**
 * A scanner and an operator built from a {@link BlindspotConfig}, once per configuration and JVM:
 * {@link #of} keeps them in a static map, so that every task of an executor shares one scanner
 * (building one loads every detector and model). Thread-safe.
 */
final class ConfiguredScanner {


  private static final ConcurrentMap<BlindspotConfig, ConfiguredScanner> SCANNERS =
      new ConcurrentHashMap<>();
  private static final AtomicInteger BUILDS = new AtomicInteger();

  private final PiiScanner scanner;
  private final Operator operator;

  private ConfiguredScanner(PiiScanner scanner, Operator operator) {
    this.scanner = scanner;
    this.operator = operator;
  }

  /**
   * Returns the scanner of this JVM for the configuration, building it on first use.
   *
   * @throws IllegalArgumentException if the configuration names an unknown detector, an invalid
   *     language or a missing or short HMAC key
   * @throws IllegalStateException if a detector provider fails to load
   */
  static ConfiguredScanner of(BlindspotConfig config) {
    ConfiguredScanner scanner = SCANNERS.get(config);
    if (scanner != null) {
      return scanner;
    }
    // Outside computeIfAbsent: building takes seconds and must not block other configurations.
    // Two tasks racing on a cold executor may both build; one result is kept.
    ConfiguredScanner built = build(config, System::getenv);
    ConfiguredScanner previous = SCANNERS.putIfAbsent(config, built);
    return previous != null ? previous : built;
  }

  /** How many scanners this JVM has built, for tests of the sharing. */
  static int builds() {
    return BUILDS.get();
  }

  static ConfiguredScanner build(BlindspotConfig config, Function<String, String> environment) {
    PiiScanner.Builder builder = PiiScanner.builder();
    if (config.detectors() != null) {
      builder.detectors(config.detectors().toArray(String[]::new));
    }
    for (String className : config.detectorClasses()) {
      builder.detector(instantiate(className));
    }
    if (config.languages() != null) {
      builder.languages(config.languages().toArray(String[]::new));
    }
    if (config.minScore() != null) {
      builder.minScore(config.minScore());
    }
    builder.onDetectorFailure(config.onFailure() == BlindspotConfig.OnFailure.QUARANTINE
        ? FailurePolicy.REDACT_DOCUMENT
        : FailurePolicy.THROW);
    Operator operator = operator(config, environment);
    PiiScanner scanner = builder.build();
    BUILDS.incrementAndGet();
    return new ConfiguredScanner(scanner, operator);
  }

  /**
   * Scans and redacts one text.
   *
   * @param text the text, not null
   * @param language its language tag, or null; a value that is not a language tag counts as none
   * @return the redacted text and the findings, or the failure under {@link
   *     BlindspotConfig.OnFailure#QUARANTINE}
   * @throws dev.blindspot.ScanException if a detector fails under {@link
   *     BlindspotConfig.OnFailure#FAIL}; its message names the detector, never the text
   */
  Result process(String text, String language) {
    List<Finding> findings = scanner.scan(text, validLanguage(language));
    if (findings.size() == 1 && findings.get(0).type().equals(FailurePolicy.FAILURE_TYPE)) {
      return new Result(null, findings, findings.get(0).detectorId());
    }
    return new Result(Redaction.apply(text, findings, operator), findings, null);
  }

  /**
   * The outcome of one text.
   *
   * @param redacted the redacted text, or null if a detector failed on it
   * @param findings the findings, offsets into the original text
   * @param failedDetector the id of the detector that failed, or null
   */
  record Result(String redacted, List<Finding> findings, String failedDetector) {
    boolean failed() {
      return redacted == null;
    }
  }

  private static String validLanguage(String language) {
    if (language == null) {
      return null;
    }
    try {
      ScanContext.normalizeLanguage(language);
      return language;
    } catch (IllegalArgumentException e) {
      return null; // one malformed "lang" value must not stop a job: the text is scanned without
    }
  }

  private static Detector instantiate(String className) {
    ClassLoader loader = Thread.currentThread().getContextClassLoader();
    try {
      Class<?> type = Class.forName(className, true,
          loader != null ? loader : ConfiguredScanner.class.getClassLoader());
      if (!Detector.class.isAssignableFrom(type)) {
        throw new IllegalArgumentException(
            "detector class " + className + " does not implement " + Detector.class.getName());
      }
      return (Detector) type.getConstructor().newInstance();
    } catch (ClassNotFoundException e) {
      throw new IllegalArgumentException("detector class " + className + " is not on the class path");
    } catch (NoSuchMethodException | InstantiationException | IllegalAccessException e) {
      throw new IllegalArgumentException(
          "detector class " + className + " needs a public no-argument constructor");
    } catch (InvocationTargetException e) {
      throw new IllegalStateException("the constructor of detector class " + className
          + " failed (" + e.getCause().getClass().getName() + ")");
    }
  }

  private static Operator operator(BlindspotConfig config, Function<String, String> environment) {
    switch (config.operator()) {
      case PSEUDONYM:
        return Operators.pseudonyms();
      case MASK:
        return Operators.mask();
      case HMAC:
        byte[] key = hmacKey(config.hmacKeyFile(), environment);
        try {
          return Operators.hmac(key);
        } finally {
          Arrays.fill(key, (byte) 0);
        }
      default:
        return Operators.typeTag();
    }
  }

  private static byte[] hmacKey(String file, Function<String, String> environment) {
    byte[] key;
    if (file != null) {
      Path path = keyPath(file);
      try {
        key = Operators.readHmacKey(path);
      } catch (NoSuchFileException e) {
        throw new IllegalArgumentException("cannot read the HMAC key file '" + file
            + "': no such file here or among the files shipped with --files");
      } catch (IOException e) {
        throw new IllegalArgumentException(
            "cannot read the HMAC key file '" + file + "' (" + e.getClass().getSimpleName() + ")");
      }
    } else {
      String value = environment.apply(BlindspotConfig.HMAC_KEY_VARIABLE);
      if (value == null || value.isEmpty()) {
        throw new IllegalArgumentException("the hmac operator needs a key: set "
            + BlindspotConfig.HMAC_KEY_VARIABLE + " or give a key file (never the key itself)");
      }
      key = value.getBytes(StandardCharsets.UTF_8);
    }
    if (key.length < Operators.MIN_HMAC_KEY_BYTES) {
      int length = key.length;
      Arrays.fill(key, (byte) 0);
      throw new IllegalArgumentException("the HMAC key must be at least "
          + Operators.MIN_HMAC_KEY_BYTES + " bytes, got " + length);
    }
    return key;
  }

  /**
   * The key file as given if it exists, else, for a bare file name, the copy Spark made of a file
   * shipped with {@code --files}.
   */
  private static Path keyPath(String file) {
    Path path = Path.of(file);
    if (Files.exists(path) || path.getParent() != null) {
      return path;
    }
    try {
      Path shipped = Path.of(SparkFiles.get(file));
      return Files.exists(shipped) ? shipped : path;
    } catch (RuntimeException e) {
      return path; // no Spark context in this JVM: the path as given, which does not exist
    }
  }
}
