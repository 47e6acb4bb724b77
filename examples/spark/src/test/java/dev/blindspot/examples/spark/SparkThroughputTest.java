package dev.blindspot.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.Locale;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/**
 * Not a test but the measuring tool of the figures in docs/PERFORMANCE.md: times the job (JSONL in,
 * redacted Parquet with findings out) on {@code local[1]} and {@code local[2]} and prints rows/s
 * and MB/s of text. Skipped unless given a row count:
 *
 * <pre>
 * mvn -q -pl examples/spark test -Dtest=SparkThroughputTest -Dblindspot.spark.throughput.rows=100000 \
 *     [-Dblindspot.spark.throughput.detectors="regex,fuzzy;regex,fuzzy,nlp"]
 * </pre>
 *
 * <p>The rows are spread over 4 partitions, so that {@code local[2]} keeps both cores busy. Run it
 * alone: it starts its own sessions (one Spark context per JVM at a time). The scanner is
 * built and the JIT warmed on a small run first, so the figures are those of a long job's steady
 * state. Wall-clock figures: on a shared machine, compare only runs made together.
 */
class SparkThroughputTest {

  private static final long SEED = 7L;
  private static final int WARM_UP_ROWS = 10_000;

  @TempDir Path dir;

  @Test
  void measure() throws IOException {
    int rows = Integer.getInteger("blindspot.spark.throughput.rows", 0);
    assumeTrue(rows > 0, "a measuring tool: give -Dblindspot.spark.throughput.rows=N to run it");
    String detectorSets = System.getProperty(
        "blindspot.spark.throughput.detectors", "regex,fuzzy;regex,fuzzy,nlp");
    Path input = dir.resolve("chats.jsonl");
    long textBytes = SupportLines.writeJsonl(input, SEED, rows);
    Path warmUp = dir.resolve("warm-up.jsonl");
    SupportLines.writeJsonl(warmUp, SEED + 1, WARM_UP_ROWS);
    System.out.printf(Locale.ROOT, "%n%,d rows, %.1f MB of text (UTF-8), %.1f MB of JSONL, %d cores,"
        + " Java %s%n%n", rows, textBytes / 1e6, Files.size(input) / 1e6,
        Runtime.getRuntime().availableProcessors(), Runtime.version());
    System.out.println("| detectors | master | seconds | rows/s | MB/s of text |");
    System.out.println("|---|---|---:|---:|---:|");
    for (String detectors : detectorSets.split(";")) {
      for (String master : new String[] {"local[1]", "local[2]"}) {
        SparkSession spark = SparkSession.builder().master(master).appName("throughput")
            .config("spark.ui.enabled", "false").getOrCreate();
        try {
          job(spark, warmUp, detectors, "warm-" + master);
          long start = System.nanoTime();
          job(spark, input, detectors, master);
          double seconds = (System.nanoTime() - start) / 1e9;
          System.out.printf(Locale.ROOT, "| %s | %s | %.1f | %,.0f | %.2f |%n",
              detectors, master, seconds, rows / seconds, textBytes / 1e6 / seconds);
        } finally {
          spark.stop();
        }
      }
    }
  }

  private void job(SparkSession spark, Path input, String detectors, String name) {
    Path output = dir.resolve(name.replaceAll("[^a-z0-9-]", "") + "-" + detectors.replace(',', '-'));
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = BlindspotSparkJob.run(spark, new String[] {"redact", "--input", input.toString(),
        "--output", output.toString(), "--language-column", "lang", "--detectors", detectors,
        "--languages", "en,fr", "--findings", "--overwrite", "--partitions", "4"},
        new PrintStream(err, true, StandardCharsets.UTF_8));
    assertEquals(0, status, err.toString(StandardCharsets.UTF_8));
  }
}
