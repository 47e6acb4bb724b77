package dev.blindspot.benchmarks;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import org.junit.jupiter.api.Test;

class EvaluateTest {

  private record Run(int status, String out, String err) {}

  private static Run run(String... args) {
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status = Evaluate.run(args, new PrintStream(out, true, StandardCharsets.UTF_8),
        new PrintStream(err, true, StandardCharsets.UTF_8));
    return new Run(status, out.toString(StandardCharsets.UTF_8), err.toString(StandardCharsets.UTF_8));
  }

  @Test
  void aMissingFamilyIsReportedAndTheFloorIsStillEvaluated() throws Exception {
    Run r = run("--json", "--detectors", "no-such-family", "--sets", "en");
    assertEquals(0, r.status(), r.err());
    JsonNode json = new ObjectMapper().readTree(r.out());
    assertEquals("no-such-family", json.at("/detectors/missing/0").asText());
    JsonNode set = json.at("/sets/0");
    assertEquals("en", set.get("set").asText());
    assertEquals(1, set.get("systems").size());
    JsonNode naive = set.at("/systems/0");
    assertEquals("naive-regex", naive.get("system").asText());
    // the floor finds every clean e-mail of the set and few obfuscated ones
    assertEquals(1.0, naive.at("/types/EMAIL_ADDRESS/clean/recall").asDouble(), 1e-9);
    assertTrue(naive.at("/types/EMAIL_ADDRESS/obfuscated/recall").asDouble() < 0.5);
    assertTrue(naive.at("/types/PERSON/emitted").isBoolean());
    assertTrue(json.at("/negatives/0/lines").asInt() >= 1000);
    assertTrue(json.at("/negatives/0/systems/0/per10kLines").isNumber());
  }

  @Test
  void theTextReportHasATablePerSetAndSystem() {
    Run r = run("--sets", "fr");
    assertEquals(0, r.status(), r.err());
    assertTrue(r.out().contains("== set fr: 600 records"), r.out());
    assertTrue(r.out().contains("-- naive-regex"));
    assertTrue(r.out().contains("negatives-fr"));
    assertTrue(r.out().contains("matching: same type, overlap >= 50%"));
  }

  @Test
  void badUsageExitsWithTwo() {
    assertEquals(2, run("--bogus").status());
    assertEquals(2, run("--sets", "xx").status());
    assertEquals(2, run("--detectors").status());
  }
}
