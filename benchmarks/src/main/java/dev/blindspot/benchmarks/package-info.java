/**
 * The Blindspot benchmark and evaluation harness: {@link dev.blindspot.benchmarks.Evaluate}
 * (accuracy on the labeled sets), {@link dev.blindspot.benchmarks.JmhReport} (medians and ratios
 * from a JMH result file), the {@link dev.blindspot.benchmarks.NaiveRegexScanner} floor, the
 * {@link dev.blindspot.benchmarks.SinglePassBaseline} every throughput is divided by, and {@link
 * dev.blindspot.benchmarks.DetectorFamilies}, which builds scanners from the detector families
 * present on the class path.
 *
 * <p>The JMH benchmarks live in {@code dev.blindspot.benchmarks.jmh}, the corpus generators in
 * {@code dev.blindspot.benchmarks.corpus}, the labeled-set format and scoring in {@code
 * dev.blindspot.benchmarks.eval}. See {@code docs/PERFORMANCE.md} for the commands.
 */
package dev.blindspot.benchmarks;
