package dev.blindspot.benchmarks.jmh;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.benchmarks.DetectorFamilies;
import dev.blindspot.benchmarks.ScanSanity;
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
import org.openjdk.jmh.infra.BenchmarkParams;

/**
 * The pathological case: 1 MB of adversarial input (long runs, candidate floods, invisible and
 * malformed chars, one very long line) against 1 MB of plain chats without personal data, for each
 * detector family alone, the full scanner, the naive floor and the baseline.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar AdversarialBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 *
 * <p>One operation scans the whole 1,000,000-byte input: ops/s is MB/s. A linear-time scanner
 * keeps the same order of magnitude on both inputs (the target: adversarial input costs at most
 * three times plain chats per MB, for every family; {@link dev.blindspot.benchmarks.JmhReport}
 * prints that ratio); the naive floor's e-mail pattern backtracks quadratically on the long runs. Before any measurement the setup scans the input once and
 * checks the result with {@link ScanSanity} (in bounds, sorted, not overlapping, plausible
 * lengths and counts, redactable): a failing check fails the benchmark.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class AdversarialBenchmark {

  /** ADVERSARIAL input, or PLAIN chats without personal data for comparison. */
  @Param({"ADVERSARIAL", "PLAIN"})
  public String input;

  private String text;

  /** Creates the benchmark (JMH does). */
  public AdversarialBenchmark() {}

  static String corpus(String input) {
    return switch (input) {
      case "ADVERSARIAL" -> Corpus.generate(CorpusKind.ADVERSARIAL, Density.NONE, LangMix.ALL,
          ThroughputBenchmark.SIZE, ThroughputBenchmark.SEED);
      case "PLAIN" -> Corpus.generate(CorpusKind.CHAT, Density.NONE, LangMix.ALL,
          ThroughputBenchmark.SIZE, ThroughputBenchmark.SEED);
      default -> throw new IllegalArgumentException("input must be ADVERSARIAL or PLAIN, got " + input);
    };
  }

  /** Generates the input. */
  @Setup(Level.Trial)
  public void generate() {
    text = corpus(input);
  }

  /**
   * Builds a scanner, scans the benchmark's input once and checks the result with {@link
   * ScanSanity}: a failing check fails the benchmark before anything is timed.
   */
  private static PiiScanner checked(PiiScanner scanner, String subject, BenchmarkParams params) {
    String input = params.getParam("input");
    String text = corpus(input);
    System.out.println("# " + subject + " on " + input + ": sane findings by type "
        + ScanSanity.check(text, scanner.scan(text)));
    return scanner;
  }

  /** The full scanner, checked once on the input before it is timed. */
  @State(Scope.Benchmark)
  public static class CheckedScanner {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public CheckedScanner() {}

    /**
     * Builds the full scanner and checks it on the benchmark's input.
     *
     * @param params the benchmark's parameters, for its {@code input}
     */
    @Setup(Level.Trial)
    public void buildAndCheck(BenchmarkParams params) {
      scanner = checked(DetectorFamilies.full(), "full scanner", params);
    }
  }

  /** The structured family alone, checked once on the input before it is timed. */
  @State(Scope.Benchmark)
  public static class CheckedRegex {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public CheckedRegex() {}

    /**
     * Builds the scanner and checks it on the benchmark's input, or fails naming the family.
     *
     * @param params the benchmark's parameters, for its {@code input}
     */
    @Setup(Level.Trial)
    public void buildAndCheck(BenchmarkParams params) {
      scanner = checked(DetectorFamilies.require("regex"), "regex", params);
    }
  }

  /** The fuzzy family alone, checked once on the input before it is timed. */
  @State(Scope.Benchmark)
  public static class CheckedFuzzy {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public CheckedFuzzy() {}

    /**
     * Builds the scanner and checks it on the benchmark's input, or fails naming the family.
     *
     * @param params the benchmark's parameters, for its {@code input}
     */
    @Setup(Level.Trial)
    public void buildAndCheck(BenchmarkParams params) {
      scanner = checked(DetectorFamilies.require("fuzzy"), "fuzzy", params);
    }
  }

  /** The named-entity family alone, checked once on the input before it is timed. */
  @State(Scope.Benchmark)
  public static class CheckedNlp {
    /** The scanner. */
    public PiiScanner scanner;

    /** Creates the state (JMH does). */
    public CheckedNlp() {}

    /**
     * Builds the scanner and checks it on the benchmark's input, or fails naming the family.
     *
     * @param params the benchmark's parameters, for its {@code input}
     */
    @Setup(Level.Trial)
    public void buildAndCheck(BenchmarkParams params) {
      scanner = checked(DetectorFamilies.require("nlp"), "nlp", params);
    }
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
   * The hand-written java.util.regex floor.
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
   * The structured family alone.
   *
   * @param s the checked scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> regex(CheckedRegex s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The fuzzy family alone.
   *
   * @param s the checked scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> fuzzy(CheckedFuzzy s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The named-entity family alone.
   *
   * @param s the checked scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> nlp(CheckedNlp s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }

  /**
   * The full scanner.
   *
   * @param s the checked scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> fullScanner(CheckedScanner s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(text);
  }
}
