package dev.blindspot.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.FailurePolicy;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.apache.spark.sql.Dataset;
import org.apache.spark.sql.Row;
import org.apache.spark.sql.SparkSession;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The job end to end in {@code local[2]}: generated support lines in, files out. */
class BlindspotSparkJobTest {

  private static final long SEED = 20261128L;

  /** Rows of the large dataset; {@code -Dblindspot.spark.rows=N} changes it. */
  private static final int ROWS = Integer.getInteger("blindspot.spark.rows", 300_000);

  @TempDir Path dir;

  private final SparkSession spark = LocalSpark.session();

  @Test
  void redactsEveryLabeledValueAndKeepsEveryOtherCharOfAGeneratedDataset() throws IOException {
    Path input = dir.resolve("chats.jsonl");
    SupportLines.writeJsonl(input, SEED, ROWS);
    Path output = dir.resolve("redacted.parquet");
    int buildsBefore = ConfiguredScanner.builds();

    Run run = run("redact", "--input", input.toString(), "--output", output.toString(),
        "--language-column", "lang", "--detectors", "regex,fuzzy", "--languages", "en,fr",
        "--min-score", "0.5", "--findings", "--partitions", "4");

    assertEquals(0, run.status, run.err);
    // One scanner in this JVM for the whole job: built on the driver, shared by both task threads
    // (--min-score 0.5, the default, makes this configuration one no other test builds).
    assertEquals(buildsBefore + 1, ConfiguredScanner.builds());
    Dataset<Row> written = spark.read().parquet(output.toString());
    assertEquals(List.of("id", "lang", "text", "text_findings"), List.of(written.columns()));
    assertEquals(List.of("type", "start", "end", "score", "detector"),
        List.of(BlindspotSpark.FINDING.fieldNames()));
    List<Row> rows = written.collectAsList();
    assertEquals(ROWS, rows.size());

    int labels = 0;
    boolean[] seen = new boolean[ROWS];
    for (Row row : rows) {
      int id = (int) row.getLong(0);
      assertFalse(seen[id], "row " + id + " twice");
      seen[id] = true;
      SupportLines.Line line = SupportLines.line(SEED, id);
      assertEquals(expectedRedaction(line), row.getString(2), "row " + id);
      List<Row> findings = row.getList(3);
      assertEquals(line.labels().size(), findings.size(), "findings of row " + id);
      for (int k = 0; k < findings.size(); k++) {
        SupportLines.Label label = line.labels().get(k);
        Row finding = findings.get(k);
        assertEquals(label.type(), finding.getString(0), "row " + id);
        assertEquals(label.start(), finding.getInt(1), "row " + id);
        assertEquals(label.end(), finding.getInt(2), "row " + id);
        assertTrue(finding.getString(4).matches("(regex|fuzzy)\\.[a-z]+"), finding.getString(4));
      }
      labels += line.labels().size();
    }
    assertTrue(labels > ROWS / 2, "the dataset holds personal values: " + labels);
  }

  @Test
  void quarantinesARecordADetectorFailsOnWithoutItsText() throws IOException {
    Data data = dataWithFailingRecords(400);
    Path output = dir.resolve("out.jsonl");

    Run run = run("redact", "--input", data.input.toString(), "--output", output.toString(),
        "--language-column", "lang", "--detectors", "regex,fuzzy",
        "--detector-classes", FailingDetector.class.getName(),
        "--on-failure", "quarantine", "--findings");

    assertEquals(1, run.status);
    assertTrue(run.err.contains(data.failing.size() + " records were quarantined"), run.err);
    String written = allFiles(output);
    assertNoValueOf(data.failing, written + run.err);
    Dataset<Row> rows = spark.read().json(output.toString());
    assertEquals(400, rows.count());
    Map<Long, Row> byId = new HashMap<>();
    for (Row row : rows.select("id", "text", "blindspot_status", "text_findings").collectAsList()) {
      byId.put(row.getLong(0), row);
    }
    for (SupportLines.Line line : data.lines) {
      Row row = byId.get(line.id());
      if (data.failing.contains(line)) {
        assertNull(row.get(1), "quarantined text of row " + line.id());
        assertEquals(BlindspotSpark.QUARANTINED, row.getString(2));
        List<Row> findings = row.getList(3);
        assertEquals(1, findings.size());
        assertEquals(FailurePolicy.FAILURE_TYPE.name(), findings.get(0).getAs("type"));
        assertEquals("test.failing", findings.get(0).getAs("detector"));
      } else {
        assertEquals(expectedRedaction(line), row.getString(1));
        assertEquals(BlindspotSpark.OK, row.getString(2));
      }
    }
  }

  @Test
  void failsTheJobOnADetectorFailureAndCommitsNothing() throws IOException {
    Data data = dataWithFailingRecords(200);
    Path output = dir.resolve("out.jsonl");

    Run run = run("redact", "--input", data.input.toString(), "--output", output.toString(),
        "--detectors", "regex,fuzzy", "--detector-classes", FailingDetector.class.getName());

    assertEquals(1, run.status);
    assertTrue(run.err.contains("detector 'test.failing' failed"), run.err);
    assertTrue(run.err.contains("committed no output"), run.err);
    assertFalse(Files.exists(output.resolve("_SUCCESS")));
    assertNoValueOf(data.failing, allFiles(output) + run.err);
  }

  @Test
  void scanWritesFindingsOfEveryTextColumnAndNoText() throws IOException {
    Path input = dir.resolve("tickets.jsonl");
    List<SupportLines.Line> lines = new ArrayList<>();
    try (PrintStream out = new PrintStream(Files.newOutputStream(input), true, "UTF-8")) {
      for (int i = 0; i < 60; i++) {
        SupportLines.Line body = SupportLines.line(SEED, i);
        SupportLines.Line subject = SupportLines.line(SEED + 1, i);
        lines.add(body);
        lines.add(subject);
        out.println("{\"ticket\":\"T-" + i + "\",\"subject\":\"" + subject.text() + "\",\"lang\":\""
            + body.lang() + "\",\"body\":\"" + body.text() + "\"}");
      }
    }
    Path output = dir.resolve("findings.jsonl");

    Run run = run("scan", "--input", input.toString(), "--output", output.toString(),
        "--columns", "body,subject", "--detectors", "regex,fuzzy", "--languages", "en,fr");

    assertEquals(0, run.status, run.err);
    Dataset<Row> rows = spark.read().json(output.toString());
    assertEquals(List.of("lang", "ticket", "body_findings", "subject_findings"),
        List.of(rows.columns()).stream().sorted(BlindspotSparkJobTest::columnOrder)
            .collect(Collectors.toList()));
    assertEquals(60, rows.count());
    assertNoValueOf(lines, allFiles(output));
    long expected = lines.stream().mapToLong(l -> l.labels().size()).sum();
    long found = rows.selectExpr("size(body_findings) + size(subject_findings) as n")
        .collectAsList().stream().mapToLong(r -> r.getInt(0)).sum();
    assertEquals(expected, found);
  }

  @Test
  void hmacOperatorReadsTheKeyFromAFileAndGivesEqualValuesEqualTags() throws IOException {
    Path input = dir.resolve("same.jsonl");
    String email = "zoe.lambert@orange.fr";
    Files.writeString(input, "{\"id\":1,\"text\":\"Écrivez à " + email + " svp\"}\n"
        + "{\"id\":2,\"text\":\"My address is " + email + ", thanks\"}\n");
    Path key = dir.resolve("hmac.key");
    Files.writeString(key, "a-test-key-of-32-bytes-0123456789\n");
    Path output = dir.resolve("hmac.jsonl");

    Run run = run("redact", "--input", input.toString(), "--output", output.toString(),
        "--detectors", "regex", "--operator", "hmac", "--hmac-key-file", key.toString());

    assertEquals(0, run.status, run.err);
    List<String> texts = spark.read().json(output.toString()).orderBy("id")
        .select("text").as(org.apache.spark.sql.Encoders.STRING()).collectAsList();
    String tag1 = texts.get(0).substring("Écrivez à ".length(), texts.get(0).length() - 4);
    assertTrue(tag1.matches("<EMAIL_ADDRESS:[0-9a-f]+>"), tag1);
    assertEquals("My address is " + tag1 + ", thanks", texts.get(1));
    assertFalse(allFiles(output).contains(email));
  }

  @Test
  void rejectsBadUsageBeforeWritingAnythingAndNeverQuotesTheData() throws IOException {
    Path input = dir.resolve("in.jsonl");
    Files.writeString(input, "{\"id\":1,\"text\":\"hello\",\"count\":3}\n");
    Path output = dir.resolve("out");

    Run unknownDetector = run("redact", "--input", input.toString(), "--output",
        output.toString(), "--detectors", "regex,nope");
    assertEquals(2, unknownDetector.status);
    assertTrue(unknownDetector.err.contains("unknown detector 'nope'"), unknownDetector.err);
    assertTrue(unknownDetector.err.contains("regex"), unknownDetector.err);

    Run noColumn = run("redact", "--input", input.toString(), "--output", output.toString(),
        "--detectors", "regex", "--columns", "body");
    assertEquals(2, noColumn.status);
    assertTrue(noColumn.err.contains("no text column named body; its columns: count, id, text"),
        noColumn.err);

    Run notText = run("redact", "--input", input.toString(), "--output", output.toString(),
        "--detectors", "regex", "--columns", "count");
    assertEquals(2, notText.status);
    assertTrue(notText.err.contains("must be a string, not bigint"), notText.err);

    Run noKey = run("redact", "--input", input.toString(), "--output", output.toString(),
        "--detectors", "regex", "--operator", "hmac", "--hmac-key-file",
        dir.resolve("missing.key").toString());
    assertEquals(2, noKey.status);
    assertTrue(noKey.err.contains("cannot read the HMAC key file"), noKey.err);
    assertFalse(Files.exists(output));

    Path malformed = dir.resolve("malformed.jsonl");
    Files.writeString(malformed, "{\"id\":1,\"text\":\"fine\"}\n"
        + "{\"id\":2,\"text\":\"call marc.dupont@free.fr\n");
    Run badJson = run("redact", "--input", malformed.toString(), "--output", output.toString(),
        "--detectors", "regex");
    assertEquals(2, badJson.status);
    assertTrue(badJson.err.contains("lines that are not JSON objects"), badJson.err);
    assertFalse(badJson.err.contains("marc.dupont"));
    assertFalse(Files.exists(output));

    Files.createDirectories(output);
    Run exists = run("redact", "--input", input.toString(), "--output", output.toString(),
        "--detectors", "regex");
    assertEquals(2, exists.status);
    assertTrue(exists.err.contains("already exists"), exists.err);
    assertTrue(exists.err.contains("(--overwrite replaces it)"), exists.err);
    assertEquals(0, run("redact", "--input", input.toString(), "--output", output.toString(),
        "--detectors", "regex", "--overwrite").status);
  }

  /** The line with every labeled value replaced by its type tag. */
  static String expectedRedaction(SupportLines.Line line) {
    List<String> kept = line.keptSegments();
    StringBuilder expected = new StringBuilder(kept.get(0));
    for (int k = 0; k < line.labels().size(); k++) {
      expected.append('<').append(line.labels().get(k).type()).append('>').append(kept.get(k + 1));
    }
    return expected.toString();
  }

  private record Data(Path input, List<SupportLines.Line> lines, List<SupportLines.Line> failing) {}

  /** Generated lines; every seventh one also holds the word that makes FailingDetector throw. */
  private Data dataWithFailingRecords(int count) throws IOException {
    Path input = dir.resolve("with-failures.jsonl");
    List<SupportLines.Line> lines = new ArrayList<>();
    List<SupportLines.Line> failing = new ArrayList<>();
    try (PrintStream out = new PrintStream(Files.newOutputStream(input), true, "UTF-8")) {
      for (int i = 0; i < count; i++) {
        SupportLines.Line line = SupportLines.line(SEED, i);
        if (i % 7 == 3) {
          line = new SupportLines.Line(line.id(), line.lang(),
              line.text() + " " + FailingDetector.TRIGGER, line.labels());
          failing.add(line);
        }
        lines.add(line);
        out.println("{\"id\":" + i + ",\"lang\":\"" + line.lang() + "\",\"text\":\""
            + line.text() + "\"}");
      }
    }
    assertTrue(failing.stream().anyMatch(l -> !l.labels().isEmpty()));
    return new Data(input, lines, failing);
  }

  private static void assertNoValueOf(List<SupportLines.Line> lines, String written) {
    for (SupportLines.Line line : lines) {
      for (SupportLines.Label label : line.labels()) {
        String value = line.text().substring(label.start(), label.end());
        assertFalse(written.contains(value), "a value of row " + line.id() + " was written");
      }
      assertFalse(written.contains(line.text()), "row " + line.id() + " was written whole");
    }
  }

  /** Every file under the directory, hidden ones too, as one string. */
  private static String allFiles(Path root) throws IOException {
    if (!Files.exists(root)) {
      return "";
    }
    StringBuilder all = new StringBuilder();
    try (Stream<Path> files = Files.walk(root)) {
      for (Path file : (Iterable<Path>) files.filter(Files::isRegularFile)::iterator) {
        all.append(new String(Files.readAllBytes(file), StandardCharsets.UTF_8)).append('\n');
      }
    }
    return all.toString();
  }

  private static int columnOrder(String a, String b) {
    return Boolean.compare(a.endsWith("_findings"), b.endsWith("_findings")) * 2
        + Integer.signum(a.compareTo(b));
  }

  private record Run(int status, String err) {}

  private Run run(String... args) {
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream stream = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = BlindspotSparkJob.run(spark, args, stream);
    }
    return new Run(status, err.toString(StandardCharsets.UTF_8));
  }
}
