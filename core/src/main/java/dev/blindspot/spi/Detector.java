package dev.blindspot.spi;

import dev.blindspot.PiiType;
import java.util.Set;

/**
 * Finds one or more kinds of personal data in a text.
 *
 * <p>A detector is shared by every thread that uses the scanner: it must be immutable or confine
 * its mutable state to the calling thread (for example with a {@link ThreadLocal}). It reports
 * candidates to the sink with offsets on whichever view it read; the scanner maps them back to the
 * original text, applies context words, the score threshold and the allow list, and resolves
 * overlaps.
 *
 * <p>Detectors must run in time linear in the text length: check a cheap pre-filter first (an
 * {@code @}, a run of digits) so that text without candidates costs one pass at most, and run
 * regular expressions only on short bounded windows.
 *
 * <p>Never put the text or any part of it in an exception message or an {@link
 * dev.blindspot.Explanation}.
 */
public interface Detector {

  /**
   * Returns the id of this detector, unique among the scanner's detectors, such as {@code
   * "regex.email"}. Findings carry it.
   *
   * @return the id
   */
  String id();

  /**
   * Returns the types this detector may report; reporting another type is an error.
   *
   * @return a non-empty set of types
   */
  Set<PiiType> types();

  /**
   * Finds personal data in the context's text and reports each candidate to the sink.
   *
   * @param context the text to scan, its language and its shared views
   * @param sink where to report candidates
   */
  void detect(ScanContext context, FindingSink sink);
}
