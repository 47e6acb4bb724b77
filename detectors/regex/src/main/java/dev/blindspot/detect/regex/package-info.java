/**
 * Structured identifiers: the {@code "regex"} detector family.
 *
 * <p>Public here are only {@link dev.blindspot.detect.regex.RegexDetectorProvider}, found by
 * {@link java.util.ServiceLoader}, and {@link dev.blindspot.detect.regex.EmailMatcher}, the e-mail
 * recognizer that the fuzzy detectors reuse on normalized views. Everything else is
 * package-private: each identifier type is one {@code StructuredDetector} subclass listed in the
 * provider's catalogue, with a cheap pre-filter (a trigger char), bounded expansions around it and
 * validators; no regular expression ever runs over a whole text.
 */
package dev.blindspot.detect.regex;
