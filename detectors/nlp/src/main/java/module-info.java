/**
 * Blindspot named entities: detectors of person names, selected with the provider name {@code
 * "nlp"}.
 *
 * <p>Today the module holds the rule-based half of the person detector (honorifics and announcing
 * phrases); the statistical half, with OpenNLP models, joins it behind the same provider.
 */
module dev.blindspot.nlp {
  requires transitive dev.blindspot.core;

  exports dev.blindspot.detect.nlp;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.detect.nlp.NlpDetectorProvider;
}
