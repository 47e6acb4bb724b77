/**
 * Blindspot structured detectors: personal identifiers with a fixed shape (e-mail addresses,
 * payment cards, IBANs, BICs, phone numbers, IP and MAC addresses, URLs, crypto wallets, dates of
 * birth, VAT numbers, national ids of over sixty countries and territories, vehicle
 * identification numbers, SIM card numbers), found by one bounded pass over the text, validators
 * and context words.
 *
 * <p>Select them by the provider name {@code "regex"}. Two classes are public for other detector
 * families, which run them on normalized views: {@link dev.blindspot.detect.regex.EmailMatcher}
 * and {@link dev.blindspot.detect.regex.StructuredRecognizers}.
 */
module dev.blindspot.regex {
  requires transitive dev.blindspot.core;
  requires com.google.i18n.phonenumbers.libphonenumber;

  exports dev.blindspot.detect.regex;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.detect.regex.RegexDetectorProvider;
}
