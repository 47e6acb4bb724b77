/**
 * Blindspot named entities, selected with the provider name {@code "nlp"}: person names, found by
 * a hybrid of OpenNLP name-finder models (shipped for English and French, or supplied by the
 * user), a gazetteer of names of many cultures, and rules (titles, announcing phrases); locations
 * (street addresses, postal codes, announced places of residence) and organizations (legal forms,
 * announced employers), found by rules and word lists.
 */
module dev.blindspot.nlp {
  requires transitive dev.blindspot.core;
  requires transitive org.apache.opennlp.tools;

  exports dev.blindspot.detect.nlp;

  provides dev.blindspot.spi.DetectorProvider with
      dev.blindspot.detect.nlp.NlpDetectorProvider;
}
