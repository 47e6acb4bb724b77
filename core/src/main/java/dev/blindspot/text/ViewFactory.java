package dev.blindspot.text;

/**
 * Builds one kind of view of a text, such as "zero-width characters removed".
 *
 * <p>Detectors ask the scan context for views through a factory; the context builds each view at
 * most once per scan and shares it with every detector that asks, keyed by the factory instance. Keep
 * factories as constants ({@code static final}) so that sharing works. Factories must be
 * thread-safe.
 */
@FunctionalInterface
public interface ViewFactory {

  /**
   * Builds the view.
   *
   * @param original the original text of the scan, as a view
   * @return a view whose offsets map back to {@code original}; {@code original} itself when there
   *     is nothing to change
   */
  TextView create(TextView original);
}
