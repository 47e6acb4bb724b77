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
import org.openjdk.jmh.annotations.Scope;
import org.openjdk.jmh.annotations.Setup;
import org.openjdk.jmh.annotations.State;
import org.openjdk.jmh.annotations.Threads;
import org.openjdk.jmh.annotations.Warmup;
import org.openjdk.jmh.infra.ThreadParams;

/**
 * Two threads sharing one scanner, each scanning its own 1 MB of chats (medium density), against
 * one thread in the same run; the baseline is measured the same way.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ConcurrencyBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * </pre>
 *
 * <p>Scores are aggregated over the threads: with two threads, ops/s is the MB/s of both together
 * (one operation is one 1 MB corpus). Two threads reach at most twice one thread's throughput;
 * less means contention in the scanner, or, on a shared 2-core machine, a core busy elsewhere:
 * compare with the baseline's own two-thread ratio.
 */
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xms2g", "-Xmx2g"})
public class ConcurrencyBenchmark {

  /** Creates the benchmark (JMH does). */
  public ConcurrencyBenchmark() {}

  /** Each thread's own corpus, generated with a seed of its own. */
  @State(Scope.Thread)
  public static class ThreadCorpus {
    private String text;

    /** Creates the state (JMH does). */
    public ThreadCorpus() {}

    /**
     * Generates this thread's corpus.
     *
     * @param thread which thread this is
     */
    @Setup(Level.Trial)
    public void corpus(ThreadParams thread) {
      text = Corpus.generate(CorpusKind.CHAT, Density.MEDIUM, LangMix.ALL, ThroughputBenchmark.SIZE,
          ThroughputBenchmark.SEED + thread.getThreadIndex());
    }
  }

  /**
   * The baseline on one thread.
   *
   * @param c this thread's corpus
   * @param mb counts the megabytes processed
   * @return the sum of the chars' classes
   */
  @Benchmark
  @Threads(1)
  public long baselineOneThread(ThreadCorpus c, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return SinglePassBaseline.classify(c.text);
  }

  /**
   * The baseline on two threads.
   *
   * @param c this thread's corpus
   * @param mb counts the megabytes processed
   * @return the sum of the chars' classes
   */
  @Benchmark
  @Threads(2)
  public long baselineTwoThreads(ThreadCorpus c, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return SinglePassBaseline.classify(c.text);
  }

  /**
   * The full scanner on one thread.
   *
   * @param c this thread's corpus
   * @param s the shared scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  @Threads(1)
  public List<Finding> fullScannerOneThread(ThreadCorpus c, Scanners.Full s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(c.text);
  }

  /**
   * Two threads sharing the full scanner.
   *
   * @param c this thread's corpus
   * @param s the shared scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  @Threads(2)
  public List<Finding> fullScannerTwoThreads(ThreadCorpus c, Scanners.Full s, MegabytesCounter mb) {
    mb.megabytes += 1.0;
    return s.scanner.scan(c.text);
  }
}
