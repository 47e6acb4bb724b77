/**
 * The Blindspot API: build a {@link dev.blindspot.PiiScanner} once, then {@code scan} texts for
 * {@link dev.blindspot.Finding}s or {@code redact} them.
 *
 * <pre>{@code
 * static final PiiScanner SCANNER = PiiScanner.builder().build(); // every detector on the class path
 *
 * List<Finding> found = SCANNER.scan("Mail me at john.smith @outlook.com");
 * String clean = SCANNER.redact("Mail me at john.smith @outlook.com"); // "Mail me at <EMAIL_ADDRESS>"
 * }</pre>
 *
 * <p>Everything in this package is immutable and thread-safe, and nothing in it puts personal data
 * into {@code toString()}, exception messages or logs.
 */
package dev.blindspot;
