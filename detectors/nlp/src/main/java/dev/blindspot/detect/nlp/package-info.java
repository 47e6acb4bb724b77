/**
 * Detectors of person names, postal addresses and places of residence, and companies and
 * employers, selected as a family with the provider name {@code "nlp"}.
 *
 * <p>Public types: {@link dev.blindspot.detect.nlp.NlpDetectorProvider}, found by {@link
 * java.util.ServiceLoader} (users select it with {@code PiiScanner.builder().detectors("nlp")}),
 * and {@link dev.blindspot.detect.nlp.PersonDetector}, the hybrid detector, whose builder takes
 * user-supplied OpenNLP models from memory or a stream. Everything else is internal: the rules
 * (titles and announcing phrases) and their word lists {@code person-<language>.txt}, the
 * gazetteer {@code names.txt}, the sentence and token segmentation of each language, the shipped
 * models {@code opennlp-<language>-person.bin} with their training record {@code
 * opennlp-<language>-person.properties}, and the scan that merges the signals; the location and
 * organization rules ({@code nlp.location}, {@code nlp.organization}) with their word list {@code
 * places-and-companies.txt} (street types, legal forms, business nouns, known places, and the
 * phrases that announce a residence, an address or an employer).
 */
package dev.blindspot.detect.nlp;
