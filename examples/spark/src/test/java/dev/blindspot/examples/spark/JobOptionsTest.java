package dev.blindspot.examples.spark;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.examples.spark.JobOptions.Format;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The job's command line. */
class JobOptionsTest {

  @Test
  void defaultsFollowThePaths() throws JobException {
    JobOptions options = JobOptions.parse(
        new String[] {"redact", "--input", "s3a://b/chats.parquet/", "--output", "out.jsonl"});

    assertFalse(options.scan());
    assertEquals(Format.PARQUET, options.inputFormat());
    assertEquals(Format.JSONL, options.outputFormat());
    assertEquals(List.of("text"), options.columns());
    assertNull(options.languageColumn());
    assertEquals(BlindspotConfig.builder().build(), options.config());

    JobOptions other = JobOptions.parse(new String[] {"scan", "--input=chats", "--output=out",
        "--columns", "body, subject", "--language-column", "lang", "--detectors", "regex,fuzzy",
        "--languages", "en,fr", "--min-score", "0.7", "--on-failure", "quarantine",
        "--partitions", "64"});
    assertTrue(other.scan());
    assertEquals(Format.JSONL, other.inputFormat());
    assertEquals(Format.PARQUET, other.outputFormat());
    assertEquals(List.of("body", "subject"), other.columns());
    assertEquals(64, other.partitions());
    assertEquals(BlindspotConfig.builder().detectors("regex", "fuzzy").languages("en", "fr")
        .minScore(0.7).onFailure(BlindspotConfig.OnFailure.QUARANTINE).build(), other.config());
  }

  @Test
  void badCommandLinesFailWithoutEchoingValues() {
    assertUsage("missing command: scan or redact (see --help)", "--input", "a", "--output", "b");
    assertUsage("missing --output PATH (see --help)", "redact", "--input", "a");
    String pasted = "--zoe.lambert@orange.fr";
    assertUsage("unknown option '(" + pasted.length() + " chars)' (see --help)", "redact",
        "--input", "a", "--output", "b", pasted);
    assertUsage("--findings applies to redact only (scan always writes findings)",
        "scan", "--input", "a", "--output", "b", "--findings");
    assertUsage("--language-column must name a column that is not a text column",
        "redact", "--input", "a", "--output", "b", "--language-column", "text");
    assertUsage("option --columns is given twice",
        "redact", "--input", "a", "--output", "b", "--columns", "x", "--columns", "y");
    assertUsage("--min-score must be a number in [0, 1]",
        "redact", "--input", "a", "--output", "b", "--min-score", "high");
    assertUsage("an HMAC key file applies to the hmac operator only",
        "redact", "--input", "a", "--output", "b", "--hmac-key-file", "k");
    assertUsage("--partitions must be a positive number",
        "redact", "--input", "a", "--output", "b", "--partitions", "0");
    assertUsage("--on-failure must be fail or quarantine",
        "redact", "--input", "a", "--output", "b", "--on-failure", "ignore");
  }

  private static void assertUsage(String message, String... args) {
    JobException e = assertThrows(JobException.class, () -> JobOptions.parse(args));
    assertEquals(JobException.USAGE, e.status());
    assertEquals(message, e.getMessage());
  }
}
