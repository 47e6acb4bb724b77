package dev.blindspot.redact;

import dev.blindspot.Finding;

/**
 * Decides what replaces a finding in the redacted text.
 *
 * <p>A stateless operator is a lambda: {@code (finding, value) -> "[" + finding.type() + "]"}. An
 * operator that keeps state across the findings of one document (such as numbered pseudonyms)
 * returns a fresh instance from {@link #forDocument()}; Blindspot calls it once per document and
 * uses the result for that document only, on one thread.
 */
@FunctionalInterface
public interface Operator {

  /**
   * Returns the text that replaces the finding.
   *
   * @param finding the finding being replaced
   * @param value the chars of the finding in the original text (personal data)
   * @return the replacement, not null; it must not contain the value
   */
  String replacement(Finding finding, CharSequence value);

  /**
   * Returns the operator to use for one document: this operator when it keeps no state, a fresh
   * instance otherwise.
   *
   * @return an operator confined to one document and one thread
   */
  default Operator forDocument() {
    return this;
  }
}
