package dev.blindspot.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.List;
import org.junit.jupiter.api.Test;

class JmhReportTest {

  /** A JMH result entry of ScalingBenchmark at 1 KB: one operation is one 1 KB document. */
  private static String entry(String method, String ops, String megabytes, String alloc) {
    return "{\"benchmark\": \"dev.blindspot.benchmarks.jmh.ScalingBenchmark." + method + "\","
        + " \"threads\": 1, \"params\": {\"size\": \"1KB\"},"
        + " \"primaryMetric\": {\"rawData\": [[" + ops + "]]},"
        + " \"secondaryMetrics\": {\"megabytes\": {\"rawData\": [[" + megabytes + "]]}"
        + (alloc == null ? "" : ", \"gc.alloc.rate.norm\": {\"rawData\": [[" + alloc + "]]}")
        + "}}";
  }

  @Test
  void mediansRatiosToTheBaselineAndAllocationPerMegabyte() throws Exception {
    String json = "["
        + entry("baseline", "900000, 1000000, 100000", "900, 1000, 100", null) + ","
        + entry("fullScanner", "40000, 50000, 60000, 10000", "40, 50, 60, 10", "2000") + "]";
    List<JmhReport.Row> rows = JmhReport.rows(json);
    assertEquals(900, rows.get(0).megabytesPerSecond(), 1e-9); // median of 100, 900, 1000
    assertEquals(45, rows.get(1).megabytesPerSecond(), 1e-9); // median of 10, 40, 50, 60
    String table = JmhReport.markdown(rows);
    // 900 / 45 = 20 passes over the chars; 2000 B per 1 KB operation = 2,000,000 B per MB
    assertTrue(table.contains("| ScalingBenchmark.fullScanner | {size=1KB} | 1 | 45.0 | 20.0 | 2,000,000 |"), table);
    assertTrue(table.contains("| ScalingBenchmark.baseline | {size=1KB} | 1 | 900.0 | 1.0 | - |"), table);
  }

  private static String adversarial(String method, String input, String megabytes) {
    return "{\"benchmark\": \"dev.blindspot.benchmarks.jmh.AdversarialBenchmark." + method + "\","
        + " \"threads\": 1, \"params\": {\"input\": \"" + input + "\"},"
        + " \"primaryMetric\": {\"rawData\": [[" + megabytes + "]]},"
        + " \"secondaryMetrics\": {\"megabytes\": {\"rawData\": [[" + megabytes + "]]}}}";
  }

  @Test
  void adversarialCostPerMegabyteOverPlainCostPerSubject() throws Exception {
    String json = "["
        + adversarial("regex", "ADVERSARIAL", "100") + ","
        + adversarial("regex", "PLAIN", "250") + ","
        + adversarial("naiveRegex", "ADVERSARIAL", "0.5") + ","
        + adversarial("naiveRegex", "PLAIN", "10") + ","
        + adversarial("nlp", "PLAIN", "10") + "]";
    String table = JmhReport.markdown(JmhReport.rows(json));
    assertTrue(table.contains("| regex | 250.0 | 100.0 | 2.50 | yes |"), table);
    assertTrue(table.contains("| naiveRegex | 10.0 | 0.5 | 20.00 | NO |"), table);
    // nlp ran on plain text only: no ratio
    assertFalse(table.contains("| nlp |"), table);
  }

  @Test
  void noAdversarialTableWithoutBothInputs() throws Exception {
    String json = "[" + adversarial("regex", "PLAIN", "250") + "]";
    assertFalse(JmhReport.markdown(JmhReport.rows(json)).contains("adversarial cost"));
  }
}
