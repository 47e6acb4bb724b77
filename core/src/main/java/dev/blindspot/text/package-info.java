/**
 * Text views: a text derived from the original (normalized, folded, decoded) together with an
 * {@link dev.blindspot.text.OffsetMap} that maps every view offset back to the original text.
 *
 * <p>Views compose: a view built on another view maps through it to the original, so callers never
 * do offset arithmetic. Detector implementers build views with {@link
 * dev.blindspot.text.TextView.Builder}; everything else here is immutable and thread-safe.
 */
package dev.blindspot.text;
