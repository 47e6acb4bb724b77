/**
 * Detectors of person names, selected as a family with the provider name {@code "nlp"}.
 *
 * <p>The only public type is {@link dev.blindspot.detect.nlp.NlpDetectorProvider}, found by
 * {@link java.util.ServiceLoader}; users select it with {@code
 * PiiScanner.builder().detectors("nlp")}. Everything else here is internal: the rule-based person
 * detector, its tokenizer, and the per-language word lists it loads once from the resources
 * {@code person-<language>.txt} of this package.
 */
package dev.blindspot.detect.nlp;
