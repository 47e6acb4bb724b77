/**
 * Blindspot core: the API for finding and redacting personal data, the detector SPI, and text views
 * that map normalized offsets back to the original text.
 *
 * <p>Detector families are separate modules that provide {@link dev.blindspot.spi.DetectorProvider}.
 */
module dev.blindspot.core {
  exports dev.blindspot;
  exports dev.blindspot.spi;
  exports dev.blindspot.text;
  exports dev.blindspot.redact;

  uses dev.blindspot.spi.DetectorProvider;
}
