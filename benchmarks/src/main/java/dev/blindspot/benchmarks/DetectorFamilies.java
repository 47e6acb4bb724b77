package dev.blindspot.benchmarks;

import dev.blindspot.PiiScanner;
import dev.blindspot.spi.DetectorProvider;
import java.util.ArrayList;
import java.util.Collection;
import java.util.Iterator;
import java.util.List;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import java.util.Set;
import java.util.TreeSet;

/**
 * Finds which detector families are on the class path and builds scanners from those present, so
 * that the benchmarks and the evaluation run with whatever detectors a build holds: a family that
 * is missing is reported by name, never silently replaced.
 */
public final class DetectorFamilies {

  /** The three families of Blindspot, by provider name. */
  public static final List<String> FAMILIES = List.of("regex", "fuzzy", "nlp");

  /** The languages every benchmark and evaluation scanner is built for, the default first. */
  public static final List<String> LANGUAGES = List.of("en", "fr", "de", "es");

  private DetectorFamilies() {}

  /**
   * Returns the names of the detector providers found on the class path; a provider that fails
   * to load is left out.
   *
   * @return provider names, sorted
   */
  public static Set<String> available() {
    Set<String> names = new TreeSet<>();
    Iterator<ServiceLoader.Provider<DetectorProvider>> it =
        ServiceLoader.load(DetectorProvider.class, DetectorFamilies.class.getClassLoader()).stream().iterator();
    while (true) {
      try {
        if (!it.hasNext()) {
          return names;
        }
        names.add(it.next().get().name());
      } catch (ServiceConfigurationError e) {
        // a broken provider is reported as missing by the callers
      }
    }
  }

  /**
   * Returns the requested names that are not on the class path.
   *
   * @param requested provider names
   * @return the missing ones, in request order
   */
  public static List<String> missing(Collection<String> requested) {
    Set<String> present = available();
    List<String> missing = new ArrayList<>();
    for (String name : requested) {
      if (!present.contains(name)) {
        missing.add(name);
      }
    }
    return missing;
  }

  /**
   * Builds a scanner from the given families, all of which must be present.
   *
   * @param names provider names such as {@code "regex"}
   * @return the scanner, for {@link #LANGUAGES}
   * @throws IllegalStateException if a family is missing; the message names it and lists those
   *     present
   */
  public static PiiScanner require(String... names) {
    List<String> missing = missing(List.of(names));
    if (!missing.isEmpty()) {
      throw new IllegalStateException(
          "detector family " + String.join(", ", missing) + " is missing from the class path"
              + " (present: " + (available().isEmpty() ? "none" : String.join(", ", available()))
              + "); this benchmark is skipped");
    }
    return PiiScanner.builder()
        .detectors(names)
        .languages(LANGUAGES.toArray(new String[0]))
        .build();
  }

  /**
   * Builds the full scanner: every family of {@link #FAMILIES} that is present.
   *
   * @return the scanner
   * @throws IllegalStateException if no family is present
   */
  public static PiiScanner full() {
    List<String> present = new ArrayList<>(FAMILIES);
    present.removeAll(missing(FAMILIES));
    if (present.isEmpty()) {
      throw new IllegalStateException(
          "no detector family (regex, fuzzy, nlp) is on the class path; this benchmark is skipped");
    }
    return require(present.toArray(new String[0]));
  }
}
