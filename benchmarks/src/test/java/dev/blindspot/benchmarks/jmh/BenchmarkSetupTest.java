package dev.blindspot.benchmarks.jmh;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.benchmarks.corpus.Density;
import org.junit.jupiter.api.Test;

/** Runs benchmark methods once outside JMH, to catch a broken setup before a long run. */
class BenchmarkSetupTest {

  @Test
  void throughputBenchmarkScansOneMegabytePerOperation() {
    ThroughputBenchmark b = new ThroughputBenchmark();
    b.density = Density.HIGH;
    b.corpus();
    MegabytesCounter mb = new MegabytesCounter();
    assertTrue(b.baseline(mb) > 0);
    assertTrue(b.naiveRegex(new Scanners.Naive(), mb).size() > 100);
    assertEquals(2.0, mb.megabytes, 1e-9);
  }

  @Test
  void scalingBenchmarkRotatesThroughDistinctSmallDocuments() {
    ScalingBenchmark b = new ScalingBenchmark();
    b.size = "1KB";
    b.corpus();
    ScalingBenchmark.Cursor cursor = new ScalingBenchmark.Cursor();
    MegabytesCounter mb = new MegabytesCounter();
    long first = b.baseline(cursor, mb);
    long second = b.baseline(cursor, mb);
    assertTrue(first != second, "two different documents");
    assertEquals(0.002, mb.megabytes, 1e-12);
  }

  @Test
  void adversarialAndPlainInputsAreOneMegabyteEach() {
    assertEquals(1_000_000, AdversarialBenchmark.corpus("PLAIN").getBytes(java.nio.charset.StandardCharsets.UTF_8).length);
    assertTrue(AdversarialBenchmark.corpus("ADVERSARIAL").length() > 300_000);
  }
}
