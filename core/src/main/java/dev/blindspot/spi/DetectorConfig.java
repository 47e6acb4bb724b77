package dev.blindspot.spi;

import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.Optional;
import java.util.TreeSet;

/**
 * Configuration handed to a {@link DetectorProvider}: the languages the scanner was built for and
 * the provider's own key-value settings. Immutable.
 */
public final class DetectorConfig {

  private final Map<String, String> values;
  private final List<String> languages;

  private DetectorConfig(Map<String, String> values, List<String> languages) {
    this.values = values;
    this.languages = languages;
  }

  /**
   * Creates a configuration.
   *
   * @param values the provider's settings, by key
   * @param languages languages the scanner expects, as lower-case ISO 639 codes, most likely first
   * @return the configuration
   */
  public static DetectorConfig of(Map<String, String> values, List<String> languages) {
    return new DetectorConfig(
        Map.copyOf(Objects.requireNonNull(values, "values")),
        List.copyOf(Objects.requireNonNull(languages, "languages")));
  }

  /**
   * Returns an empty configuration for the given languages.
   *
   * @param languages languages as lower-case ISO 639 codes
   * @return the configuration
   */
  public static DetectorConfig empty(List<String> languages) {
    return of(Map.of(), languages);
  }

  /**
   * Returns the languages the scanner expects, most likely first; empty when unknown.
   *
   * @return lower-case ISO 639 codes
   */
  public List<String> languages() {
    return languages;
  }

  /**
   * Returns the value of a setting.
   *
   * @param key the setting
   * @return its value, if set
   */
  public Optional<String> get(String key) {
    return Optional.ofNullable(values.get(Objects.requireNonNull(key, "key")));
  }

  /**
   * Returns the value of a numeric setting.
   *
   * @param key the setting
   * @param defaultValue the value when the setting is absent
   * @return the value
   * @throws IllegalArgumentException if the value is not a number
   */
  public double getDouble(String key, double defaultValue) {
    String value = values.get(Objects.requireNonNull(key, "key"));
    if (value == null) {
      return defaultValue;
    }
    try {
      return Double.parseDouble(value.trim());
    } catch (NumberFormatException e) {
      throw new IllegalArgumentException("setting '" + key + "' must be a number, got '" + value + "'");
    }
  }

  /**
   * Returns the value of a yes/no setting ({@code true} or {@code false}, any case).
   *
   * @param key the setting
   * @param defaultValue the value when the setting is absent
   * @return the value
   * @throws IllegalArgumentException if the value is neither {@code true} nor {@code false}
   */
  public boolean getBoolean(String key, boolean defaultValue) {
    String value = values.get(Objects.requireNonNull(key, "key"));
    if (value == null) {
      return defaultValue;
    }
    if (value.trim().equalsIgnoreCase("true")) {
      return true;
    }
    if (value.trim().equalsIgnoreCase("false")) {
      return false;
    }
    throw new IllegalArgumentException(
        "setting '" + key + "' must be true or false, got '" + value + "'");
  }

  /**
   * Returns the languages and the keys that are set, never their values: a value may be a list of
   * words (names of customers, say) that is personal data.
   */
  @Override
  public String toString() {
    return "DetectorConfig[languages=" + languages + ", keys=" + new TreeSet<>(values.keySet())
        + "]";
  }

  @Override
  public boolean equals(Object o) {
    return o instanceof DetectorConfig other
        && values.equals(other.values)
        && languages.equals(other.languages);
  }

  @Override
  public int hashCode() {
    return Objects.hash(values, languages);
  }
}
