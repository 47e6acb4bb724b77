/**
 * Redaction: operators that say what replaces each finding (a type tag, a numbered pseudonym, a
 * mask, a keyed hash, or your own), and {@link dev.blindspot.redact.Redaction} to apply them.
 *
 * <p>Redaction keeps every character outside the findings, in order, and replaces every character
 * inside them.
 */
package dev.blindspot.redact;
