package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.FailurePolicy;
import dev.blindspot.PiiScanner;
import java.nio.charset.StandardCharsets;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

/**
 * {@code --on-detector-failure}: with {@code redact}, a record (or the rest of a document) that a
 * detector fails on is replaced whole, the run goes on and ends with status 1 and a count; the
 * failing detector's message, which quotes the text and a canary, never reaches stdout or stderr.
 */
class DetectorFailureCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final String CANARY = "zq-canary-5093";
  private static final String TAG = FailurePolicy.FAILURE_TAG;

  /** Four chat turns, English and French; the third makes the failing detector throw. */
  private static final String FAILING_TEXT =
      "Bonjour, BOOM : mon adresse est " + CANARY + "@example.fr, merci Mallory";
  private static final String CHATS = String.join("\n",
      "{\"id\": \"c1-1\", \"lang\": \"en\", \"text\": \"Hi Mallory, write to lea@example.com.\"}",
      "{\"id\": \"c1-2\", \"lang\": \"fr\", \"text\": \"Je n'ai pas reçu la facture.\"}",
      "{\"id\": \"c1-3\", \"lang\": \"fr\", \"text\": \"" + FAILING_TEXT + "\"}",
      "{\"id\": \"c1-4\", \"lang\": \"en\", \"text\": \"Thanks, camille.lefevre@example.org.\"}",
      "");

  private static JsonNode json(String line) {
    try {
      return JSON.readTree(line);
    } catch (Exception e) {
      throw new AssertionError("not JSON: " + line, e);
    }
  }

  private static void assertNoCanary(Cli.Result r) {
    assertFalse(r.stdout().contains(CANARY), "canary in stdout");
    assertFalse(r.stderr().contains(CANARY), "canary in stderr");
    assertFalse(r.stderr().contains("BOOM"), "input quoted in stderr: " + r.stderr());
  }

  @Test
  void jsonlRedactReplacesTheFailingRecordsTextAndGoesOn() {
    Cli.Result r = Cli.run(CHATS, "redact", "--detectors", "test-email,test-failing",
        "--on-detector-failure", "redact");
    assertEquals(1, r.status());
    assertNoCanary(r);
    List<String> lines = r.lines();
    assertEquals(4, lines.size());
    assertEquals("Hi <PERSON>, write to <EMAIL_ADDRESS>.", json(lines.get(0)).get("text").asText());
    assertEquals("Je n'ai pas reçu la facture.", json(lines.get(1)).get("text").asText());
    assertEquals("{\"id\":\"c1-3\",\"lang\":\"fr\",\"text\":\"" + TAG + "\"}", lines.get(2));
    assertEquals("Thanks, <EMAIL_ADDRESS>.", json(lines.get(3)).get("text").asText());
    assertEquals("blindspot: 1 record failed (detector test.failing failed): the \"text\" of each"
        + " was replaced by " + TAG + "\n", r.stderr());
  }

  @Test
  void theFailureTagReplacesTheWholeTextWhateverTheOperator() {
    // A mask would keep the punctuation and length of the text: the failing text goes whole.
    Cli.Result r = Cli.run(CHATS + CHATS, "redact", "--detectors", "test-email,test-failing",
        "--operator", "mask", "--on-detector-failure", "redact");
    assertEquals(1, r.status());
    assertNoCanary(r);
    assertEquals(TAG, json(r.lines().get(2)).get("text").asText());
    assertEquals(TAG, json(r.lines().get(6)).get("text").asText());
    assertTrue(r.stderr().startsWith("blindspot: 2 records failed"), r.stderr());
    assertEquals(1, r.stderr().lines().count());
  }

  @Test
  void jsonlScanGivesTheFailingRecordOneFindingOfItsWholeText() {
    Cli.Result r = Cli.run(CHATS, "scan", "--detectors", "test-email,test-failing",
        "--on-detector-failure", "redact");
    assertEquals(1, r.status());
    assertNoCanary(r);
    List<String> lines = r.lines();
    assertEquals(4, lines.size());
    assertEquals("{\"id\":\"c1-3\",\"findings\":[{\"type\":\"REDACTED_ON_FAILURE\",\"start\":0,"
        + "\"end\":" + FAILING_TEXT.length() + ",\"score\":1.0,\"detector\":\"test.failing\"}]}",
        lines.get(2));
    assertEquals(2, json(lines.get(0)).get("findings").size());
    assertEquals(1, json(lines.get(3)).get("findings").size());
    assertEquals("blindspot: 1 record failed (detector test.failing failed): each has one"
        + " REDACTED_ON_FAILURE finding of its whole text instead of its findings\n", r.stderr());
  }

  @Test
  void throwIsTheDefaultAndStopsAtTheFailingRecord() {
    for (String[] policy : List.of(new String[0], new String[] {"--on-detector-failure=throw"})) {
      String[] args = new String[3 + policy.length];
      args[0] = "redact";
      args[1] = "--detectors";
      args[2] = "test-email,test-failing";
      System.arraycopy(policy, 0, args, 3, policy.length);
      Cli.Result r = Cli.run(CHATS, args);
      assertEquals(1, r.status());
      assertNoCanary(r);
      assertEquals(2, r.lines().size(), "nothing from the failing record on");
      assertTrue(r.stderr().startsWith("blindspot: line 3: detector 'test.failing' failed"),
          r.stderr());
    }
  }

  @Test
  void aBadPolicyIsAUsageError() {
    Cli.Result r = Cli.run(CHATS, "scan", "--on-detector-failure", "ignore");
    assertEquals(2, r.status());
    assertEquals("blindspot: --on-detector-failure must be throw or redact\n", r.stderr());
    assertEquals("", r.stdout());
  }

  @Test
  void helpDocumentsThePolicy() {
    String help = Cli.run("", "--help").stdout();
    assertTrue(help.contains("--on-detector-failure throw|redact"), help);
    assertTrue(help.contains(TAG), help);
  }

  /** About 300 KB of French and English chat with addresses: five streaming chunks. */
  private static String document() {
    Random random = new Random(7_341L);
    String[] lines = {
      "Client : je n'ai pas reçu la facture de février, pouvez-vous la renvoyer ?",
      "Agent: Thanks, I'm checking with the courier now \uD83D\uDE9A.",
      "Agent : la facture FAC-2024-0392 vous a été renvoyée.",
    };
    String[] names = {"daniel.okafor", "camille.lefevre", "t.becker"};
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 300_000) {
      sb.append(lines[random.nextInt(lines.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(" Écrivez à ").append(names[random.nextInt(names.length)])
            .append("@example.org.");
      }
      sb.append('\n');
    }
    return sb.toString();
  }

  private static String withFailureAt(String document, int at) {
    return document.substring(0, at) + "Customer: " + FAILING_TEXT + "\n" + document.substring(at);
  }

  @Test
  void textRedactEndsWithTheTagInPlaceOfTheRestOfTheInput() {
    String document = document();
    String failing = withFailureAt(document, 150_000);
    Cli.Result r = Cli.run(failing.getBytes(StandardCharsets.UTF_8), Map.of(), "redact",
        "--format", "text", "--detectors", "test-email,test-failing",
        "--on-detector-failure", "redact");
    assertEquals(1, r.status());
    assertNoCanary(r);
    String out = r.stdout();
    assertTrue(out.endsWith(TAG), "ends with the tag");
    String before = out.substring(0, out.length() - TAG.length());
    assertFalse(before.contains("@example."), "an address written unredacted");
    assertFalse(before.contains("Mallory"), "a name written unredacted");
    // What comes before the tag is the redaction of a prefix of the input that ends before the
    // failing record, and more than the first chunk of it.
    PiiScanner reference = PiiScanner.builder().detectors("test-email").build();
    assertTrue(reference.redact(document).startsWith(before), "a redacted prefix");
    assertTrue(before.length() > 65_536 / 2, "prefix of " + before.length() + " chars");
    assertEquals("blindspot: the document failed (detector test.failing failed): the rest of it, from the"
        + " failing chunk on, was replaced by " + TAG + "\n", r.stderr());
  }

  @Test
  void textScanEndsWithOneFailureFindingToTheEndOfTheInput() throws Exception {
    String failing = withFailureAt(document(), 150_000);
    Cli.Result r = Cli.run(failing.getBytes(StandardCharsets.UTF_8), Map.of(), "scan",
        "--format", "text", "--detectors", "test-email,test-failing",
        "--on-detector-failure", "redact");
    assertEquals(1, r.status());
    assertNoCanary(r);
    List<String> lines = r.lines();
    JsonNode last = json(lines.get(lines.size() - 1));
    assertEquals("REDACTED_ON_FAILURE", last.get("type").asText());
    assertEquals(failing.length(), last.get("end").asInt());
    assertTrue(last.get("start").asInt() <= failing.indexOf("BOOM"));
    assertEquals("test.failing", last.get("detector").asText());
    for (String line : lines.subList(0, lines.size() - 1)) {
      assertTrue(json(line).get("end").asInt() <= last.get("start").asInt(), line);
    }
    assertTrue(r.stderr().startsWith("blindspot: the document failed (detector test.failing"
        + " failed): the rest of it"), r.stderr());
  }

  @Test
  void anInputThatQuotesTheTagIsNotAFailure() {
    String text = "Le journal dit " + TAG + "\n" + TAG;
    Cli.Result r = Cli.run(text, "redact", "--format", "text",
        "--detectors", "test-email,test-failing", "--on-detector-failure", "redact");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(text, r.stdout());
    assertEquals("", r.stderr());
  }
}
