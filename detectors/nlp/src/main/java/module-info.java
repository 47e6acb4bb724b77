/**
 * Blindspot named entities: detectors of person names, selected with the provider name {@code
 * "nlp"}: a hybrid of OpenNLP name-finder models (shipped for English and French, or supplied by
 * the user), a gazetteer of names of many cultures, and rules (titles, announcing phrases).
 */
module dev.blindspot.nlp {
  requires transitive dev.blindspot.core;
  requires transitive org.apache.opennlp.tools;

  exports dev.blindspot.detect.nlp;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.detect.nlp.NlpDetectorProvider;
}
