/**
 * Detectors of person names, selected as a family with the provider name {@code "nlp"}.
 *
 * <p>Public types: {@link dev.blindspot.detect.nlp.NlpDetectorProvider}, found by {@link
 * java.util.ServiceLoader} (users select it with {@code PiiScanner.builder().detectors("nlp")}),
 * and {@link dev.blindspot.detect.nlp.PersonDetector}, the hybrid detector, whose builder takes
 * user-supplied OpenNLP models from memory or a stream. Everything else is internal: the rules
 * (titles and announcing phrases) and their word lists {@code person-<language>.txt}, the
 * gazetteer {@code names.txt}, the sentence and token segmentation of each language, the shipped
 * models {@code opennlp-<language>-person.bin} with their training record {@code
 * opennlp-<language>-person.properties}, and the scan that merges the signals.
 */
package dev.blindspot.detect.nlp;
