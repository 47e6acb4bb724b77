package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

class JsonLinesCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANARY = "zq-canary-7781";

  private static final String CHATS = String.join("\n",
      "{\"id\": 17, \"lang\": \"en\","
          + " \"text\": \"Hi, write to daniel.okafor@example.com please.\"}",
      "{\"id\": \"chat-0002-1\", \"lang\": \"fr\", \"text\": \"Bonjour, je n'ai pas d'adresse.\"}",
      "{\"lang\": \"fr\","
          + " \"text\": \"Écrivez à camille.lefevre@example.org ou à lea@example.net.\"}",
      "{\"id\": {\"chat\": 9, \"turn\": [1, 2]}, \"text\": \"ok\"}",
      "{\"id\": 1.10, \"text\": \"priya.raman@example.net\"}",
      "{\"id\": 123456789012345678901234567890, \"text\": \"nothing here\"}",
      "");

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  /** The findings of one output line as [type, start, end, detector] strings. */
  private static List<String> spans(JsonNode result) {
    List<String> spans = new ArrayList<>();
    for (JsonNode f : result.get("findings")) {
      spans.add(f.get("type").asText() + " " + f.get("start").asInt() + ".." + f.get("end").asInt()
          + " " + f.get("detector").asText());
    }
    return spans;
  }

  private static String span(String text, String value) {
    int start = text.indexOf(value);
    assertTrue(start >= 0, value);
    return "EMAIL_ADDRESS " + start + ".." + (start + value.length()) + " test.email";
  }

  @Test
  void scanKeepsOrderAndEchoesEveryKindOfId() {
    Cli.Result r = Cli.run(CHATS, "scan", "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    assertEquals("", r.stderr());
    List<String> lines = r.lines();
    assertEquals(6, lines.size());
    assertEquals("{\"id\":17,\"findings\":[{\"type\":\"EMAIL_ADDRESS\",\"start\":13,\"end\":38,"
        + "\"score\":0.9,\"detector\":\"test.email\"}]}", lines.get(0));
    assertEquals("{\"id\":\"chat-0002-1\",\"findings\":[]}", lines.get(1));
    JsonNode third = json(lines.get(2));
    assertTrue(third.get("id").isNull());
    String text = "Écrivez à camille.lefevre@example.org ou à lea@example.net.";
    assertEquals(List.of(span(text, "camille.lefevre@example.org"), span(text, "lea@example.net")),
        spans(third));
    assertTrue(lines.get(3).startsWith("{\"id\":{\"chat\":9,\"turn\":[1,2]},"), lines.get(3));
    assertTrue(lines.get(4).startsWith("{\"id\":1.10,"), lines.get(4));
    assertTrue(lines.get(5).startsWith("{\"id\":123456789012345678901234567890,"), lines.get(5));
  }

  @Test
  void redactReplacesTextAndKeepsEveryOtherFieldInOrder() {
    String input = "{\"lang\": \"en\", \"text\": \"Mail daniel.okafor@example.com now\", "
        + "\"id\": 3, \"meta\": {\"agent\": \"Priya\", \"score\": 1.50}}\n"
        + "{\"text\": \"no address\"}\n";
    Cli.Result r = Cli.run(input, "redact", "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(List.of(
        "{\"lang\":\"en\",\"text\":\"Mail <EMAIL_ADDRESS> now\",\"id\":3,"
            + "\"meta\":{\"agent\":\"Priya\",\"score\":1.50}}",
        "{\"text\":\"no address\"}"), r.lines());
  }

  @Test
  void offsetsAreUtf16IndexesAfterEmoji() {
    String raw = "{\"id\": 1, \"text\": \"\uD83D\uDE00\uD83C\uDF89 mail: ana@example.com\"}";
    String escaped =
        "{\"id\": 2, \"text\": \"\\ud83d\\ude00\\ud83c\\udf89 mail: ana@example.com\"}";
    Cli.Result r = Cli.run(raw + "\n" + escaped + "\n", "scan", "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    for (String line : r.lines()) {
      JsonNode f = json(line).get("findings").get(0);
      assertEquals(11, f.get("start").asInt()); // two emoji of two UTF-16 units each, then 7 chars
      assertEquals(26, f.get("end").asInt());
    }
  }

  @Test
  void blankLinesAreSkippedAndCrLfAndByteOrderMarkAccepted() {
    String input =
        "\uFEFF{\"id\": 1, \"text\": \"a@example.com\"}\r\n\r\n   \n{\"id\": 2, \"text\": \"x\"}";
    Cli.Result r = Cli.run(input, "scan", "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    List<String> lines = r.lines();
    assertEquals(2, lines.size());
    assertEquals(1, json(lines.get(0)).get("id").asInt());
    assertEquals(2, json(lines.get(1)).get("id").asInt());
  }

  @Test
  void malformedLineStopsWithItsNumberAndNoInputFragment() {
    String input = "{\"id\": 1, \"text\": \"a@example.com\"}\n"
        + "\n"
        + "{\"id\": 2, \"text\": \"b@example.com\"}\n"
        + "{\"id\": 3, \"text\": \"" + CANARY + " b@example.com\", oops " + CANARY + "}\n"
        + "{\"id\": 4, \"text\": \"c@example.com\"}\n";
    for (String command : List.of("scan", "redact")) {
      Cli.Result r = Cli.run(input, command, "--detectors", "test-email");
      assertEquals(2, r.status());
      assertTrue(r.stderr().startsWith("blindspot: line 4: not valid JSON"), r.stderr());
      assertEquals(1, r.stderr().lines().count(), r.stderr());
      assertFalse(r.stderr().contains(CANARY), r.stderr());
      assertFalse(r.stderr().contains("oops"), r.stderr());
      assertFalse(r.stderr().contains("example"), r.stderr());
      assertEquals(2, r.lines().size()); // the lines before it, each complete
      assertFalse(r.stdout().contains(CANARY));
    }
  }

  @Test
  void recordsThatAreNotWhatTheFormatSaysAreUsageErrors() {
    Map<String, String> cases = Map.of(
        "{\"id\": 1, \"body\": \"" + CANARY + "\"}", "line 1: no \"text\" field",
        "{\"id\": 1, \"text\": 42}", "line 1: \"text\" must be a string, not number",
        "[\"" + CANARY + "\"]", "line 1: expected a JSON object, not array",
        "{\"text\": \"" + CANARY + "\"} {\"text\": \"x\"}", "line 1: not valid JSON",
        "{\"text\": \"" + CANARY + "\", \"text\": \"x\"}", "line 1: a field is repeated",
        "{\"text\": \"x\", \"lang\": 7}", "line 1: \"lang\" must be a string, not number",
        "{\"text\": \"x\", \"lang\": \"English: " + CANARY + "\"}",
        "line 1: \"lang\" must be a language tag",
        "\"" + CANARY + "\"", "line 1: expected a JSON object, not string");
    cases.forEach((line, message) -> {
      Cli.Result r = Cli.run(line + "\n", "scan", "--detectors", "test-email");
      assertEquals(2, r.status(), line);
      assertTrue(r.stderr().startsWith("blindspot: " + message), r.stderr());
      assertFalse(r.stderr().contains(CANARY), r.stderr());
      assertEquals("", r.stdout());
    });
  }

  @Test
  void invalidUtf8IsAnErrorOnItsLineNotAReplacement() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    input.writeBytes("{\"id\": 1, \"text\": \"a@example.com\"}\n".getBytes(StandardCharsets.UTF_8));
    input.writeBytes("{\"id\": 2, \"text\": \"caf".getBytes(StandardCharsets.UTF_8));
    input.write(0xE9); // Latin-1 é: not UTF-8
    input.writeBytes("\"}\n{\"id\": 3, \"text\": \"x\"}\n".getBytes(StandardCharsets.UTF_8));
    Cli.Result r = Cli.run(input.toByteArray(), Map.of(), "scan", "--detectors", "test-email");
    assertEquals(2, r.status());
    assertEquals("blindspot: line 2: the input is not valid UTF-8 (byte 57)\n", r.stderr());
    assertEquals(1, r.lines().size());
    assertFalse(r.stdout().contains("\uFFFD"));
  }

  @Test
  void aTruncatedSequenceAtTheEndIsInvalidToo() {
    byte[] bytes = "{\"text\": \"x\"}\n\u00E9".getBytes(StandardCharsets.UTF_8);
    byte[] truncated = Arrays.copyOf(bytes, bytes.length - 1);
    Cli.Result r = Cli.run(truncated, Map.of(), "scan", "--detectors", "test-email");
    assertEquals(2, r.status());
    assertEquals("blindspot: line 2: the input is not valid UTF-8 (byte 14)\n", r.stderr());
  }

  @Test
  void aFailingDetectorIsAnInternalErrorNamingItAndNothingFollows() {
    String input = "{\"id\": 1, \"text\": \"hello Mallory\"}\n"
        + "{\"id\": 2, \"text\": \"BOOM " + CANARY + "\"}\n"
        + "{\"id\": 3, \"text\": \"fine\"}\n";
    Cli.Result r = Cli.run(input, "scan", "--detectors", "test-failing");
    assertEquals(1, r.status());
    assertTrue(r.stderr().startsWith("blindspot: line 2: detector 'test.failing' failed"),
        r.stderr());
    assertEquals(1, r.stderr().lines().count());
    assertFalse(r.stderr().contains(CANARY), r.stderr());
    assertEquals(List.of("{\"id\":1,\"findings\":[{\"type\":\"PERSON\",\"start\":6,\"end\":13,"
        + "\"score\":0.8,\"detector\":\"test.failing\"}]}"), r.lines());
  }

  @Test
  void unpairedSurrogatesSurviveRedaction() {
    String input = "{\"id\": \"\\ud800\", \"text\": \"x\\udc00 a@example.com \\u00e9\"}\n";
    Cli.Result r = Cli.run(input, "redact", "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    JsonNode out = json(r.lines().get(0));
    assertEquals("\uD800", out.get("id").textValue());
    assertEquals("x\uDC00 <EMAIL_ADDRESS> \u00e9", out.get("text").textValue());
  }

  @Test
  void minScoreFiltersFindings() {
    String input = "{\"text\": \"a@example.com\"}\n";
    assertEquals("{\"id\":null,\"findings\":[]}\n",
        Cli.run(input, "scan", "--detectors", "test-email", "--min-score", "0.95").stdout());
    assertTrue(Cli.run(input, "scan", "--detectors", "test-email", "--min-score=0.9").stdout()
        .contains("EMAIL_ADDRESS"));
    Cli.Result bad = Cli.run(input, "scan", "--detectors", "test-email", "--min-score", "1.5");
    assertEquals(2, bad.status());
    assertEquals("blindspot: minScore must be in [0, 1], got 1.5\n", bad.stderr());
  }

  @Test
  void pseudonymsAreNumberedPerRecord() {
    String input = "{\"text\": \"b@example.com, a@example.com, B@example.com\"}\n"
        + "{\"text\": \"a@example.com\"}\n";
    Cli.Result r = Cli.run(input, "redact", "--detectors", "test-email", "--operator", "pseudonym");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(List.of(
        "{\"text\":\"<EMAIL_ADDRESS_1>, <EMAIL_ADDRESS_2>, <EMAIL_ADDRESS_1>\"}",
        "{\"text\":\"<EMAIL_ADDRESS_1>\"}"), r.lines());
  }

  @Test
  void maskKeepsTheShape() {
    Cli.Result r = Cli.run("{\"text\": \"to john.smith@example.com\"}\n",
        "redact", "--detectors", "test-email", "--operator", "mask");
    assertEquals(List.of("{\"text\":\"to j***.*****@*******.com\"}"), r.lines());
  }

  @Test
  void hmacKeyComesFromTheEnvironmentOrAFile(@TempDir Path dir) throws Exception {
    byte[] input = "{\"text\": \"a@example.com\"}\n".getBytes(StandardCharsets.UTF_8);
    String key = "correct horse battery staple";
    Cli.Result fromEnv = Cli.run(input, Map.of("BLINDSPOT_HMAC_KEY", key),
        "redact", "--detectors", "test-email", "--operator", "hmac");
    assertEquals(0, fromEnv.status(), fromEnv.stderr());
    String tag = json(fromEnv.lines().get(0)).get("text").textValue();
    assertTrue(tag.matches("<EMAIL_ADDRESS:[0-9a-f]{32}>"), tag);

    Path keyFile = dir.resolve("hmac.key");
    Files.writeString(keyFile, key + "\n"); // the final newline is not part of the key
    Cli.Result fromFile = Cli.run(input, Map.of("BLINDSPOT_HMAC_KEY", "another key, long enough"),
        "redact", "--detectors", "test-email", "--operator", "hmac",
        "--hmac-key-file", keyFile.toString());
    assertEquals(0, fromFile.status(), fromFile.stderr());
    assertEquals(fromEnv.stdout(), fromFile.stdout());

    Cli.Result otherKey = Cli.run(input, Map.of("BLINDSPOT_HMAC_KEY", "another key, long enough"),
        "redact", "--detectors", "test-email", "--operator", "hmac");
    assertNotEquals(fromEnv.stdout(), otherKey.stdout());
  }

  @Test
  void hmacKeyProblemsAreUsageErrorsThatNeverShowTheKey(@TempDir Path dir) throws Exception {
    byte[] input = "{\"text\": \"a@example.com\"}\n".getBytes(StandardCharsets.UTF_8);
    Cli.Result missing = Cli.run(input, Map.of(), "redact", "--operator", "hmac",
        "--detectors", "test-email");
    assertEquals(2, missing.status());
    assertTrue(missing.stderr().contains("BLINDSPOT_HMAC_KEY"), missing.stderr());

    Cli.Result shortKey = Cli.run(input, Map.of("BLINDSPOT_HMAC_KEY", "s3cret-short"),
        "redact", "--operator", "hmac", "--detectors", "test-email");
    assertEquals(2, shortKey.status());
    assertEquals("blindspot: the HMAC key must be at least 16 bytes, got 12\n", shortKey.stderr());

    Cli.Result noFile = Cli.run(input, Map.of(), "redact", "--operator", "hmac",
        "--hmac-key-file", dir.resolve("nope.key").toString(), "--detectors", "test-email");
    assertEquals(2, noFile.status());
    assertTrue(noFile.stderr().endsWith("nope.key': no such file\n"), noFile.stderr());

    Cli.Result keyOnScan = Cli.run(input, Map.of(), "scan", "--operator", "hmac");
    assertEquals(2, keyOnScan.status());
    assertEquals("blindspot: --operator applies to redact only\n", keyOnScan.stderr());
    for (Cli.Result r : List.of(missing, shortKey, noFile)) {
      assertEquals("", r.stdout());
    }
  }

  @Test
  void readsAFileOrStandardInputGivenAsDash(@TempDir Path dir) throws Exception {
    Path file = dir.resolve("chats.jsonl");
    Files.writeString(file, CHATS);
    Cli.Result fromFile = Cli.run("", "scan", "--detectors", "test-email", file.toString());
    Cli.Result fromDash = Cli.run(CHATS, "scan", "--detectors", "test-email", "-");
    Cli.Result fromStdin = Cli.run(CHATS, "scan", "--detectors", "test-email");
    assertEquals(0, fromFile.status(), fromFile.stderr());
    assertEquals(6, fromFile.lines().size());
    assertEquals(fromFile.stdout(), fromDash.stdout());
    assertEquals(fromFile.stdout(), fromStdin.stdout());
  }

  @Test
  void anUnreadableFileIsAUsageError(@TempDir Path dir) {
    Cli.Result missing = Cli.run("", "scan", "--detectors", "test-email",
        dir.resolve("missing.jsonl").toString());
    assertEquals(2, missing.status());
    assertTrue(missing.stderr().endsWith("missing.jsonl': no such file\n"), missing.stderr());
    Cli.Result directory = Cli.run("", "scan", "--detectors", "test-email", dir.toString());
    assertEquals(2, directory.status());
    assertTrue(directory.stderr().endsWith("': it is a directory\n"), directory.stderr());
  }

  @Test
  void theLanguageOfARecordReachesTheDetectors() {
    String input = "{\"text\": \"x\", \"lang\": \"fr-CA\"}\n{\"text\": \"x\"}\n"
        + "{\"text\": \"x\", \"lang\": null}\n";
    Cli.Result r = Cli.run(input, "scan", "--detectors", "test-language", "--languages", "en,fr");
    assertEquals(0, r.status(), r.stderr());
    List<String> types = r.lines().stream()
        .map(line -> json(line).get("findings").get(0).get("type").asText()).toList();
    // A record without "lang", under several languages: undetermined, every language is tried.
    assertEquals(List.of("LANG_FR", "LANG_UND", "LANG_UND"), types);
    Cli.Result one = Cli.run("{\"text\": \"x\"}\n", "scan", "--detectors", "test-language",
        "--languages", "fr");
    assertTrue(one.stdout().contains("LANG_FR"), one.stdout());
    Cli.Result undetermined =
        Cli.run("{\"text\": \"x\"}\n", "scan", "--detectors", "test-language");
    assertTrue(undetermined.stdout().contains("LANG_UND"), undetermined.stdout());
    Cli.Result badTag = Cli.run("{\"text\": \"x\"}\n", "scan", "--detectors", "test-language",
        "--languages", "e1");
    assertEquals(2, badTag.status());
    assertTrue(badTag.stderr().startsWith("blindspot: language must be a BCP 47 tag"),
        badTag.stderr());
  }
}
