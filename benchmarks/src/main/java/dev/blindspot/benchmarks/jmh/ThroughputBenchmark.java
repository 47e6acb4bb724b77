package dev.blindspot.benchmarks.jmh;

import dev.blindspot.Finding;
import dev.blindspot.benchmarks.SinglePassBaseline;
import dev.blindspot.benchmarks.corpus.Corpus;
import dev.blindspot.benchmarks.corpus.CorpusKind;
import dev.blindspot.benchmarks.corpus.Density;
import dev.blindspot.benchmarks.corpus.LangMix;
import java.util.List;
import java.util.concurrent.TimeUnit;
import org.openjdk.jmh.annotations.Benchmark;
import org.openjdk.jmh.annotations.BenchmarkMode;
import org.openjdk.jmh.annotations.Fork;
import org.openjdk.jmh.annotations.Level;
import org.openjdk.jmh.annotations.Measurement;
import org.openjdk.jmh.annotations.Mode;
import org.openjdk.jmh.annotations.OutputTimeUnit;
import org.openjdk.jmh.annotations.Param;
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Warmup;

/**
 * How fast each detector family, the full scanner and the naive floor scan customer-support chats,
 * beside the single-pass baseline measured in the same run, at three densities of personal data.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ThroughputBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 *
 * <p>One operation scans one corpus of exactly 1,000,000 UTF-8 bytes (English, French, German and
 * Spanish conversations): the score in ops/s is MB/s, as is the {@code :megabytes} row, and with
 * {@code -prof gc} the {@code gc.alloc.rate.norm} row (B/op) is bytes allocated per MB. Divide
 * the {@code baseline} score by a subject's score at the same density for its cost relative to
 * one pass over the chars.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ThroughputBenchmark {

  /** Size of the corpus, in UTF-8 bytes. */
  static final int SIZE = 1_000_000;

  /** The seed of every benchmark corpus. */
  static final long SEED = 42;

  /** Share of chat lines with personal data. */
  @Param({"LOW", "MEDIUM", "HIGH"})
  public Density density;

  private String text;

  /** Creates the benchmark (JMH does). */
  public ThroughputBenchmark() {}

  /** Generates the corpus. */
  @Setup(Level.Trial)
  public void corpus() {
    text = Corpus.generate(CorpusKind.CHAT, density, LangMix.ALL, SIZE, SEED);
  }

  /**
   * One pass classifying every char: the reference.
   *
   * @param mb counts the megabytes processed
   * @return the sum of the chars' classes
   */
  @Benchmark
  public long baseline(MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return SinglePassBaseline.classify(text);
  }

  /**
   * The hand-written java.util.regex scanner: the floor.
   *
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> naiveRegex(Scanners.Naive s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The structured-identifier family alone.
   *
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> regex(Scanners.Regex s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The obfuscation-aware family alone.
   *
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> fuzzy(Scanners.Fuzzy s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The structured and obfuscation-aware families together: every detector without names.
   *
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> regexFuzzy(Scanners.RegexFuzzy s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The named-entity family alone.
   *
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> nlp(Scanners.Nlp s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * Every family present, as users run Blindspot by default.
   *
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> fullScanner(Scanners.Full s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }
}
