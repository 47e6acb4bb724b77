/**
 * Blindspot fuzzy detectors: normalized views of the text that undo obfuscation ("john [at]
 * outlook [dot] com", "jean.dupont arobase orange point fr"), with the structured recognizers of
 * {@code dev.blindspot.regex} run on them and every offset mapped back to the original text.
 *
 * <p>Select them by the provider name {@code "fuzzy"}.
 */
module dev.blindspot.fuzzy {
  requires transitive dev.blindspot.core;
  requires dev.blindspot.regex;

  exports dev.blindspot.detect.fuzzy;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.detect.fuzzy.FuzzyDetectorProvider;
}
