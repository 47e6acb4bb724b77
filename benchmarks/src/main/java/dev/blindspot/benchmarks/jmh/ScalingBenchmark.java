package dev.blindspot.benchmarks.jmh;

import dev.blindspot.Finding;
import dev.blindspot.benchmarks.SinglePassBaseline;
import dev.blindspot.benchmarks.corpus.Corpus;
import dev.blindspot.benchmarks.corpus.CorpusKind;
import dev.blindspot.benchmarks.corpus.Density;
import dev.blindspot.benchmarks.corpus.LangMix;
import java.io.IOException;
import java.io.StringReader;
import java.io.Writer;
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
 * Whether the cost per megabyte stays flat from 1 KB documents to 100 MB ones: the full scanner on
 * one document at a time, in memory and streamed through {@code redact(Reader, Writer)}, beside
 * the single-pass baseline, on chats of medium density.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s
 * java -jar benchmarks/target/benchmarks.jar ScalingBenchmark -f 1 -wi 2 -i 3 -w 2s -r 2s -p size=1KB,1MB,100MB
 * </pre>
 *
 * <p>The default sizes are 1 KB and 1 MB; 100 MB is left out of the default run because one
 * operation then takes seconds (and the fork gets 6 GB of heap for it): add it with {@code -p}.
 * Small sizes rotate through up to 1,000 different documents so that caches and branch predictors
 * see fresh text. An operation is one document, so read MB/s from the {@code :megabytes} rows,
 * not from the ops/s score; with {@code -prof gc}, bytes allocated per MB are {@code
 * gc.alloc.rate.norm} divided by the document size in MB.
 */
@State(Scope.Benchmark)
@BenchmarkMode(Mode.Throughput)
@OutputTimeUnit(TimeUnit.SECONDS)
@Warmup(iterations = 2, time = 2)
@Measurement(iterations = 3, time = 2)
@Fork(value = 1, jvmArgsAppend = {"-Xmx6g"})
public class ScalingBenchmark {

  /** Size of each document: 1KB, 64KB, 1MB, 100MB, ... (decimal units). */
  @Param({"1KB", "1MB"})
  public String size;

  private String[] documents;
  private double megabytesPerDocument;

  /** Creates the benchmark (JMH does). */
  public ScalingBenchmark() {}

  /** The next document each thread scans. */
  @State(Scope.Thread)
  public static class Cursor {
    private int next;

    /** Creates the cursor (JMH does). */
    public Cursor() {}

    String next(String[] documents) {
      String d = documents[next];
      next = next + 1 == documents.length ? 0 : next + 1;
      return d;
    }
  }

  /** Generates the documents: together about 1 MB, at least one. */
  @Setup(Level.Trial)
  public void corpus() {
    long bytes = Corpus.parseSize(size);
    int count = (int) Math.max(1, Math.min(1_000, 1_000_000 / bytes));
    documents = new String[count];
    for (int i = 0; i < count; i++) {
      documents[i] = Corpus.generate(CorpusKind.CHAT, Density.MEDIUM, LangMix.ALL, bytes, ThroughputBenchmark.SEED + i);
    }
    megabytesPerDocument = bytes / 1e6;
  }

  /**
   * One pass classifying every char of a document: the reference.
   *
   * @param c the document cursor
   * @param mb counts the megabytes processed
   * @return the sum of the chars' classes
   */
  @Benchmark
  public long baseline(Cursor c, MegabytesCounter mb) {
    mb.megabytes += megabytesPerDocument;
    return SinglePassBaseline.classify(c.next(documents));
  }

  /**
   * The full scanner on one document in memory.
   *
   * @param c the document cursor
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @return the findings
   */
  @Benchmark
  public List<Finding> fullScanner(Cursor c, Scanners.Full s, MegabytesCounter mb) {
    mb.megabytes += megabytesPerDocument;
    return s.scanner.scan(c.next(documents));
  }

  /**
   * The full scanner redacting one document streamed in chunks, in constant memory.
   *
   * @param c the document cursor
   * @param s the scanner
   * @param mb counts the megabytes processed
   * @throws IOException never: the reader and writer are in memory
   */
  @Benchmark
  public void streamingRedact(Cursor c, Scanners.Full s, MegabytesCounter mb) throws IOException {
    mb.megabytes += megabytesPerDocument;
    s.scanner.redact(new StringReader(c.next(documents)), Writer.nullWriter());
  }
}
