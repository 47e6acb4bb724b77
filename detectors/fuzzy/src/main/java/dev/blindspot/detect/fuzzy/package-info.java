/**
 * Obfuscated values: the {@code "fuzzy"} detector family.
 *
 * <p>Only {@link dev.blindspot.detect.fuzzy.FuzzyDetectorProvider}, found by {@link
 * java.util.ServiceLoader}, is public. The machinery is package-private: a detector checks a cheap
 * pre-filter, asks the scan context for a normalized view (built once per scan by a {@code static
 * final} view factory and shared), runs a structured recognizer of the regex module on the view,
 * and reports view offsets, which the scanner maps back to exact original offsets. Validation is
 * as strict as for clean text, and stricter where the obfuscation itself is ambiguous (the English
 * word "at").
 */
package dev.blindspot.detect.fuzzy;
