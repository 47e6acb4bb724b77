/**
 * Obfuscated values: the {@code "fuzzy"} detector family.
 *
 * <p>Only {@link dev.blindspot.detect.fuzzy.FuzzyDetectorProvider}, found by {@link
 * java.util.ServiceLoader}, is public. The machinery is package-private and built as a pipeline of
 * normalization views, each a {@code static final} {@link dev.blindspot.text.ViewFactory} whose
 * view maps every offset back exactly (a replaced span maps as one unit, so a finding never
 * splits a source char or a surrogate pair), each checking a cheap pre-filter first and returning
 * its input unchanged when it has nothing to undo:
 *
 * <ol>
 *   <li>The shared base, {@code NormalizedView}, built once per scan through the scan context:
 *       {@code HtmlEntityView} ({@code &#64;}, {@code &commat;}), {@code UrlDecodeView} ({@code
 *       %40}, UTF-8 escapes), {@code InvisibleCharsView} (zero-width chars, soft hyphens, bidi
 *       controls), {@code UnicodeFoldView} (fullwidth forms, Unicode dashes, spaces and digits,
 *       Cyrillic and Greek homoglyphs; one pass over {@code FoldTable}, a compact table generated
 *       from ICU4J by a generator kept with the tests, so that ICU never runs at scan time).
 *   <li>Value-specific views on top of it: {@code ObfuscatedEmailView} (at and dot words in ten
 *       languages, bracketed forms, spaces and line breaks around {@code '@'} and {@code '.'}) and
 *       {@code ObfuscatedUrlView} (defanged "hxxps://" and "[.]", read-out "www dot ... slash"),
 *       {@code DigitsView} (numbers in words, O/0 and l/1 swaps, separators and line breaks inside
 *       digit runs removed, or unified to the dots and colons of IP and MAC addresses and dates,
 *       each kind its own step).
 * </ol>
 *
 * <p>{@code fuzzy.structured} runs the recognizers only on the {@code ChangedWindows} of its view
 * (the stretches that normalization changed, with margins), never over the whole text again.
 *
 * <p>The detectors run the regex module's recognizers on those views: {@code EmailMatcher} for
 * {@code fuzzy.email}, {@code StructuredRecognizers} for {@code fuzzy.structured}. They report
 * view offsets, which the scanner maps back to original offsets, and leave to the regex family
 * every value the views did not change. Validation is as strict as for clean text, and stricter
 * where the obfuscation itself is ambiguous (the English word "at"). Explanations name each
 * technique undone: the view steps that changed the value, plus the finer techniques (which kind
 * of separator, which kind of Unicode fold).
 */
package dev.blindspot.detect.fuzzy;
