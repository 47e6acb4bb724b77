package dev.blindspot.benchmarks;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.LinkedHashMap;
import java.util.List;
import java.util.Locale;
import java.util.Map;
import java.util.TreeMap;

/**
 * Turns a JMH result file into the table of docs/PERFORMANCE.md: the median MB/s of each
 * benchmark, its cost relative to the single-pass baseline measured in the same run, and, when
 * the run used {@code -prof gc}, the bytes it allocates per MB.
 *
 * <pre>
 * java -jar benchmarks/target/benchmarks.jar -f 1 -wi 2 -i 3 -w 2s -r 2s -rf json -rff jmh.json
 * java -cp benchmarks/target/benchmarks.jar dev.blindspot.benchmarks.JmhReport jmh.json
 * </pre>
 *
 * <p>Medians are taken over every measurement iteration of every fork, which resists the
 * outliers of a shared machine better than JMH's mean. MB/s comes from the {@code megabytes}
 * counter. "× baseline" is the baseline's median MB/s divided by the benchmark's: how many passes
 * over the chars one scan costs. The baseline of a benchmark is the method of the same class whose
 * name starts with {@code baseline}, with the same parameters and thread count.
 *
 * <p>When the file holds {@link dev.blindspot.benchmarks.jmh.AdversarialBenchmark} on both inputs,
 * a second table gives, for each subject, the cost of one MB of adversarial input divided by the
 * cost of one MB of plain chats (plain MB/s over adversarial MB/s), and whether it is within the
 * bound of {@value #ADVERSARIAL_BOUND}.
 */
public final class JmhReport {

  /** One benchmark run: class, method, parameters, threads and medians. */
  record Row(String benchmarkClass, String method, String params, int threads,
      double megabytesPerSecond, double opsPerSecond, double allocBytesPerOp) {

    String baselineKey() {
      return benchmarkClass + "|" + params + "|" + threads;
    }
  }

  /** The largest acceptable cost of adversarial input per MB, as a multiple of plain text's. */
  static final double ADVERSARIAL_BOUND = 3.0;

  private static final String ADVERSARIAL = "AdversarialBenchmark";

  private JmhReport() {}

  /**
   * Prints the table for a JMH JSON result file as Markdown.
   *
   * @param args the file written with {@code -rf json -rff FILE}
   * @throws IOException if the file cannot be read
   */
  public static void main(String[] args) throws IOException {
    if (args.length != 1) {
      System.err.println("usage: JmhReport JMH_RESULT.json");
      System.exit(2);
      return;
    }
    PrintStream out = new PrintStream(System.out, true, StandardCharsets.UTF_8);
    out.print(markdown(rows(Files.readString(Path.of(args[0]), StandardCharsets.UTF_8))));
  }

  /**
   * Reads the rows of a JMH JSON result.
   *
   * @param json the content of a file written with {@code -rf json}
   * @return one row per benchmark and parameter set, in file order
   * @throws IOException if the JSON is malformed
   */
  static List<Row> rows(String json) throws IOException {
    List<Row> rows = new ArrayList<>();
    for (JsonNode b : new ObjectMapper().readTree(json)) {
      String full = b.get("benchmark").asText();
      int dot = full.lastIndexOf('.');
      String cls = full.substring(full.lastIndexOf('.', dot - 1) + 1, dot);
      Map<String, String> params = new TreeMap<>();
      for (Map.Entry<String, JsonNode> e : b.path("params").properties()) {
        params.put(e.getKey(), e.getValue().asText());
      }
      JsonNode secondary = b.path("secondaryMetrics");
      double ops = median(b.path("primaryMetric").path("rawData"));
      rows.add(new Row(cls, full.substring(dot + 1), params.isEmpty() ? "" : params.toString(),
          b.path("threads").asInt(1), median(secondary.path("megabytes").path("rawData")), ops,
          median(secondary.path("gc.alloc.rate.norm").path("rawData"))));
    }
    return rows;
  }

  /** Median of every value of a JMH rawData array (forks of iterations); NaN if none. */
  static double median(JsonNode rawData) {
    List<Double> values = new ArrayList<>();
    for (JsonNode fork : rawData) {
      for (JsonNode v : fork) {
        values.add(v.asDouble());
      }
    }
    if (values.isEmpty()) {
      return Double.NaN;
    }
    values.sort(Double::compare);
    int n = values.size();
    return n % 2 == 1 ? values.get(n / 2) : (values.get(n / 2 - 1) + values.get(n / 2)) / 2;
  }

  /**
   * Formats rows as a Markdown table.
   *
   * @param rows the rows
   * @return the table, with a header
   */
  static String markdown(List<Row> rows) {
    Map<String, Row> baselines = new TreeMap<>();
    for (Row r : rows) {
      if (r.method().startsWith("baseline")) {
        baselines.put(r.baselineKey(), r);
      }
    }
    StringBuilder sb = new StringBuilder();
    sb.append("| benchmark | params | threads | MB/s (median) | × baseline | alloc B/MB |\n");
    sb.append("|---|---|---:|---:|---:|---:|\n");
    for (Row r : rows) {
      Row base = baselines.get(r.baselineKey());
      double cost = base == null ? Double.NaN : base.megabytesPerSecond() / r.megabytesPerSecond();
      double mbPerOp = r.megabytesPerSecond() / r.opsPerSecond();
      double allocPerMb = r.allocBytesPerOp() / mbPerOp;
      sb.append(String.format(Locale.ROOT, "| %s.%s | %s | %d | %s | %s | %s |%n",
          r.benchmarkClass(), r.method(), r.params().isEmpty() ? "-" : r.params(), r.threads(),
          format(r.megabytesPerSecond(), "%.1f"), format(cost, "%.1f"), format(allocPerMb, "%,.0f")));
    }
    sb.append(adversarialRatios(rows));
    return sb.toString();
  }

  /**
   * The table of adversarial over plain cost per subject of {@code AdversarialBenchmark}, empty
   * when the rows do not hold both inputs of any subject.
   */
  static String adversarialRatios(List<Row> rows) {
    Map<String, Row> plain = new LinkedHashMap<>();
    Map<String, Row> adversarial = new LinkedHashMap<>();
    for (Row r : rows) {
      if (r.benchmarkClass().equals(ADVERSARIAL)) {
        if (r.params().contains("input=PLAIN")) {
          plain.put(r.method() + "|" + r.threads(), r);
        } else if (r.params().contains("input=ADVERSARIAL")) {
          adversarial.put(r.method() + "|" + r.threads(), r);
        }
      }
    }
    StringBuilder sb = new StringBuilder();
    for (Map.Entry<String, Row> e : adversarial.entrySet()) {
      Row p = plain.get(e.getKey());
      if (p == null) {
        continue;
      }
      if (sb.length() == 0) {
        sb.append(String.format(Locale.ROOT, "%n| subject | plain MB/s | adversarial MB/s "
            + "| adversarial cost ÷ plain cost | within %.0f× |%n", ADVERSARIAL_BOUND));
        sb.append("|---|---:|---:|---:|---|\n");
      }
      double ratio = p.megabytesPerSecond() / e.getValue().megabytesPerSecond();
      sb.append(String.format(Locale.ROOT, "| %s | %s | %s | %s | %s |%n", e.getValue().method(),
          format(p.megabytesPerSecond(), "%.1f"), format(e.getValue().megabytesPerSecond(), "%.1f"),
          format(ratio, "%.2f"), Double.isNaN(ratio) ? "-" : ratio <= ADVERSARIAL_BOUND ? "yes" : "NO"));
    }
    return sb.toString();
  }

  private static String format(double v, String pattern) {
    return Double.isNaN(v) || Double.isInfinite(v) ? "-" : String.format(Locale.ROOT, pattern, v);
  }
}
