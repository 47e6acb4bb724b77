/**
 * The JMH suite, one class per question: {@link dev.blindspot.benchmarks.jmh.ThroughputBenchmark}
 * (each family, the full scanner and the naive floor per density), {@link
 * dev.blindspot.benchmarks.jmh.ScalingBenchmark} (1 KB to 100 MB), {@link
 * dev.blindspot.benchmarks.jmh.ConcurrencyBenchmark} (two threads sharing one scanner) and {@link
 * dev.blindspot.benchmarks.jmh.AdversarialBenchmark} (hostile input against plain text). Each
 * measures the single-pass baseline in the same run and counts megabytes processed (the {@code
 * :megabytes} rows, in MB/s). The run command is in each class's Javadoc and in {@code
 * docs/PERFORMANCE.md}.
 */
package dev.blindspot.benchmarks.jmh;
