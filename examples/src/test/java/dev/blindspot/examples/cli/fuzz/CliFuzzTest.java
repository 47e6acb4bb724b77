package dev.blindspot.examples.cli.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.examples.cli.BlindspotCli;
import java.io.ByteArrayInputStream;
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.regex.Pattern;

/**
 * A Jazzer fuzz target for the command line's input handling, through {@link BlindspotCli#run}:
 * JSON lines made of fuzzed records (odd ids: deep nesting, huge numbers, lone surrogates; texts
 * with escapes), raw bytes, invalid UTF-8, stray line ends and long lines, with a canary somewhere
 * and, sometimes, the trigger of the test detector that fails and quotes its text.
 *
 * <p>Invariants: the exit status is 0, 1 or 2 and no exception escapes; a run never ends in an
 * "internal error"; an error (status 1 or 2) is one line on standard error, and status 2 names the
 * line (jsonl) or the byte (text); standard error never holds the canary or the trigger, and is
 * empty on success; the output is complete lines of JSON in jsonl, and under redact no
 * {@code "text"} that the failing detector saw is ever written.
 *
 * <p>A normal test run replays the saved inputs under {@code
 * src/test/resources/dev/blindspot/examples/cli/fuzz/CliFuzzTestInputs/jsonLines/}; a crash found
 * while fuzzing is saved there and so becomes a regression input. To fuzz for real, for its {@code
 * maxDuration}:
 *
 * <pre>
 * cd examples &amp;&amp; JAZZER_FUZZ=1 ../mvnw test-compile surefire:test@fuzz-regression
 * </pre>
 *
 * <p>(generated inputs go to {@code examples/.cifuzz-corpus/}, which is not kept).
 */
class CliFuzzTest {

  private static final String CANARY = "zq-canary-3317";
  /** The test detector {@code test-failing} throws, quoting the text, on a text holding this. */
  private static final String TRIGGER = "BOOM";

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Pattern USAGE_JSONL =
      Pattern.compile("blindspot: line [1-9][0-9]*: [^\n]+\n");
  private static final Pattern USAGE_TEXT =
      Pattern.compile("blindspot: the input is not valid UTF-8 \\(byte [0-9]+\\)\n");

  private static final String[] DETECTORS = {
    "test-email", "test-email,test-failing", "test-failing"
  };
  private static final byte[][] INVALID_UTF8 = {
    {(byte) 0xC3, 0x28}, // a lead byte without its continuation
    {(byte) 0x80}, // a lone continuation byte
    {(byte) 0xC0, (byte) 0xAF}, // overlong '/'
    {(byte) 0xED, (byte) 0xA0, (byte) 0x80}, // an encoded surrogate
    {(byte) 0xF4, (byte) 0x90, (byte) 0x80, (byte) 0x80}, // beyond U+10FFFF
    {(byte) 0xE2, (byte) 0x82}, // truncated
    {(byte) 0xFF},
  };
  private static final String[] IDS = {
    "null", "17", "-0", "1.10", "1e999999999", "\"chat-0001-3\"", "\"\\ud800\"", "{\"a\":[1,2]}",
    "true", "\"\\u0000\"",
  };

  @FuzzTest(maxDuration = "3m")
  void jsonLines(FuzzedDataProvider data) throws IOException {
    boolean redact = data.consumeBoolean();
    boolean text = data.consumeInt(0, 7) == 0;
    boolean failClosed = data.consumeBoolean();
    String detectors = data.pickValue(DETECTORS);
    byte[] input = input(data);

    List<String> args = new ArrayList<>(List.of(redact ? "redact" : "scan",
        "--detectors", detectors, "--on-detector-failure", failClosed ? "redact" : "throw"));
    if (text) {
      args.add("--format=text");
    }
    ByteArrayOutputStream out = new ByteArrayOutputStream();
    ByteArrayOutputStream err = new ByteArrayOutputStream();
    int status;
    try (PrintStream o = new PrintStream(out, false, StandardCharsets.UTF_8);
        PrintStream e = new PrintStream(err, true, StandardCharsets.UTF_8)) {
      status = BlindspotCli.run(
          args.toArray(String[]::new), new ByteArrayInputStream(input), o, e);
    }
    String stdout = out.toString(StandardCharsets.UTF_8);
    String stderr = err.toString(StandardCharsets.UTF_8);

    assertTrue(status == 0 || status == 1 || status == 2, "status " + status);
    assertFalse(stderr.contains(CANARY), "the input is quoted on standard error");
    assertFalse(stderr.contains(TRIGGER), "the input is quoted on standard error");
    assertFalse(stderr.startsWith("blindspot: internal error"), stderr);
    if (status == 0) {
      assertEquals("", stderr);
    } else {
      assertTrue(stderr.startsWith("blindspot: ") && stderr.indexOf('\n') == stderr.length() - 1,
          "one line on standard error: " + stderr.length() + " chars");
    }
    if (status == 2) {
      assertTrue((text ? USAGE_TEXT : USAGE_JSONL).matcher(stderr).matches(), stderr);
    }
    if (status == 1 && failClosed) {
      assertTrue(detectors.contains("test-failing"), stderr);
    }
    if (!text) {
      checkJsonLines(stdout, redact, detectors.contains("test-failing"));
    } else if (redact && detectors.contains("test-failing")) {
      assertFalse(stdout.contains(TRIGGER), "a chunk the detector failed on was written");
    }
  }

  /** Complete lines of JSON; under redact, no text the failing detector saw. */
  private static void checkJsonLines(String stdout, boolean redact, boolean failing) {
    if (stdout.isEmpty()) {
      return;
    }
    assertTrue(stdout.endsWith("\n"), "a partial line was written");
    for (String line : stdout.substring(0, stdout.length() - 1).split("\n", -1)) {
      JsonNode node;
      try {
        node = JSON.readTree(line);
      } catch (IOException e) {
        throw new AssertionError("an output line is not JSON", e);
      }
      if (redact) {
        assertTrue(node.get("text").isTextual());
        assertFalse(failing && node.get("text").textValue().contains(TRIGGER),
            "a text the detector failed on was written");
      } else {
        assertTrue(node.get("findings").isArray());
      }
    }
  }

  /** Builds the input from pieces, with the canary in at least one of them. */
  private static byte[] input(FuzzedDataProvider data) {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    int canaryAt = data.consumeInt(0, 7);
    for (int piece = 0, pieces = data.consumeInt(1, 8); piece < pieces; piece++) {
      if (piece == canaryAt % pieces) {
        input.writeBytes(data.pickValue(new String[] {CANARY, TRIGGER + " " + CANARY})
            .getBytes(StandardCharsets.UTF_8));
      }
      switch (data.consumeInt(0, 6)) {
        case 0 -> input.writeBytes(data.consumeBytes(256));
        case 1 -> input.writeBytes(record(data).getBytes(StandardCharsets.UTF_8));
        case 2 -> input.writeBytes(data.pickValue(INVALID_UTF8));
        case 3 -> input.writeBytes(data.pickValue(new String[] {"\n", "\r\n", "\r", "\n\n", " \t\n",
            "\uFEFF"}).getBytes(StandardCharsets.UTF_8));
        case 4 -> {
          // A long line: one short pattern repeated, up to a few MB.
          byte[] pattern = data.consumeBytes(8);
          int times = data.consumeInt(0, 1 << 18);
          for (int i = 0; i < times && pattern.length > 0; i++) {
            input.writeBytes(pattern);
          }
        }
        case 5 -> input.writeBytes(("[".repeat(data.consumeInt(0, 5000)))
            .getBytes(StandardCharsets.UTF_8));
        default -> input.writeBytes(data.consumeString(128).getBytes(StandardCharsets.UTF_8));
      }
    }
    return input.toByteArray();
  }

  /** A record that is often valid: an odd id, a text with escapes, the trigger, the canary. */
  private static String record(FuzzedDataProvider data) {
    StringBuilder sb = new StringBuilder("{");
    switch (data.consumeInt(0, 4)) {
      case 0 -> { }
      case 1 -> sb.append("\"id\":").append(data.pickValue(IDS)).append(',');
      case 2 -> sb.append("\"id\":").append("9".repeat(data.consumeInt(1, 3000))).append(',');
      case 3 -> sb.append("\"id\":").append("[".repeat(data.consumeInt(1, 3000))).append(',');
      default -> sb.append("\"id\":").append(data.consumeAsciiString(24)).append(',');
    }
    if (data.consumeBoolean()) {
      sb.append("\"lang\":").append(data.pickValue(new String[] {"\"fr\"", "\"en-GB\"", "\"\"",
          "\"x y\"", "3", "null"})).append(',');
    }
    sb.append("\"text\":\"");
    if (data.consumeBoolean()) {
      sb.append(TRIGGER).append(' ');
    }
    sb.append(escaped(data.consumeString(200)));
    if (data.consumeBoolean()) {
      sb.append(" écrivez à ").append(CANARY).append("@example.fr");
    }
    sb.append('"');
    if (data.consumeBoolean()) {
      sb.append(data.consumeAsciiString(16)); // trailing junk, or more fields
    }
    return sb.append("}\n").toString();
  }

  private static String escaped(String s) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < s.length(); i++) {
      char c = s.charAt(i);
      if (c == '"' || c == '\\' || c < 0x20 || Character.isSurrogate(c)) {
        sb.append(String.format("\\u%04x", (int) c));
      } else {
        sb.append(c);
      }
    }
    return sb.toString();
  }
}
