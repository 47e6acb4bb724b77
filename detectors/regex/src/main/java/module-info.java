/**
 * Blindspot structured detectors: personal identifiers with a fixed shape (e-mail addresses, and
 * later phone numbers, payment cards, national ids), found by bounded pattern scans and
 * validators.
 *
 * <p>Select them by the provider name {@code "regex"}. The e-mail recognizer {@link
 * dev.blindspot.detect.regex.EmailMatcher} is public so that other detector families can run it
 * on normalized views.
 */
module dev.blindspot.regex {
  requires transitive dev.blindspot.core;

  exports dev.blindspot.detect.regex;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.detect.regex.RegexDetectorProvider;
}
