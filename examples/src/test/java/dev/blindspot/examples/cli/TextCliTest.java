package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.redact.Operators;
import java.io.ByteArrayOutputStream;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.BeforeAll;
import org.junit.jupiter.api.Test;

class TextCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final PiiScanner SCANNER = PiiScanner.builder().detectors("test-email").build();
  private static String document;

  /** About 400 KB of chat lines, several streaming chunks, with addresses and emoji throughout. */
  @BeforeAll
  static void makeDocument() {
    Random random = new Random(20260314L);
    String[] lines = {
      "Customer: my order #A-58213 has not arrived yet.",
      "Agent: Thanks, I'm checking with the courier now \uD83D\uDE9A.",
      "Client : je n'ai pas reçu la facture de février, pouvez-vous la renvoyer ?",
      "Agent : bien sûr, la facture FAC-2024-0392 vous a été renvoyée.",
      "Kunde: Meine Bestellung kam beschädigt an \uD83D\uDE1E.",
    };
    String[] names = {"daniel.okafor", "camille.lefevre", "t.becker", "priya.raman", "lea"};
    String[] domains = {"example.com", "example.org", "example.net"};
    StringBuilder sb = new StringBuilder();
    while (sb.length() < 400_000) {
      sb.append(lines[random.nextInt(lines.length)]);
      if (random.nextInt(3) == 0) {
        sb.append(" Write to ").append(names[random.nextInt(names.length)]).append('@')
            .append(domains[random.nextInt(domains.length)]).append('.');
      }
      sb.append('\n');
    }
    document = sb.toString();
  }

  private static byte[] utf8(String s) {
    return s.getBytes(StandardCharsets.UTF_8);
  }

  @Test
  void scanOfAMultiChunkDocumentEqualsTheInMemoryScan() throws Exception {
    Cli.Result r = Cli.run(utf8(document), Map.of(), "scan", "--format", "text",
        "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    List<Finding> expected = SCANNER.scan(document);
    assertTrue(expected.size() > 1_000, "findings: " + expected.size());
    List<String> lines = r.lines();
    assertEquals(expected.size(), lines.size());
    for (int i = 0; i < lines.size(); i++) {
      JsonNode f = JSON.readTree(lines.get(i));
      Finding e = expected.get(i);
      assertEquals(e.type().name(), f.get("type").asText());
      assertEquals(e.start(), f.get("start").asInt());
      assertEquals(e.end(), f.get("end").asInt());
      assertEquals(e.score(), f.get("score").asDouble(), 1e-4);
      assertEquals(e.detectorId(), f.get("detector").asText());
    }
    JsonNode last = JSON.readTree(lines.get(lines.size() - 1));
    String value = document.substring(last.get("start").asInt(), last.get("end").asInt());
    assertTrue(value.matches("[a-z.]+@example\\.(com|org|net)"), value);
  }

  @Test
  void redactOfAMultiChunkDocumentEqualsTheInMemoryRedaction() {
    Cli.Result r = Cli.run(utf8(document), Map.of(), "redact", "--format", "text",
        "--detectors", "test-email");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(SCANNER.redact(document), r.stdout());
    assertFalse(r.stdout().contains("@example."));
  }

  @Test
  void pseudonymsAreNumberedOverTheWholeDocument() {
    Cli.Result r = Cli.run(utf8(document), Map.of(), "redact", "--format", "text",
        "--detectors", "test-email", "--operator", "pseudonym");
    assertEquals(0, r.status(), r.stderr());
    assertEquals(SCANNER.redact(document, Operators.pseudonyms()), r.stdout());
    assertTrue(r.stdout().contains("<EMAIL_ADDRESS_15>")); // 5 names x 3 domains, one numbering
    assertFalse(r.stdout().contains("<EMAIL_ADDRESS_16>"));
  }

  @Test
  void aDocumentWithoutFinalNewlineIsCopiedWhole() {
    Cli.Result r = Cli.run("Mail a@example.com\nbye", "redact", "--format", "text",
        "--detectors", "test-email");
    assertEquals("Mail <EMAIL_ADDRESS>\nbye", r.stdout());
  }

  @Test
  void invalidUtf8IsAUsageErrorAtItsByteOffset() {
    ByteArrayOutputStream input = new ByteArrayOutputStream();
    byte[] head = utf8(document.substring(0, 150_000));
    input.writeBytes(head);
    input.write(0xC3); // a lead byte followed by ASCII: malformed
    input.writeBytes(utf8("(oops) and more text"));
    for (String command : List.of("scan", "redact")) {
      Cli.Result r = Cli.run(input.toByteArray(), Map.of(), command, "--format", "text",
          "--detectors", "test-email");
      assertEquals(2, r.status());
      assertEquals("blindspot: the input is not valid UTF-8 (byte " + head.length + ")\n",
          r.stderr());
      assertFalse(r.stdout().contains("\uFFFD"));
      assertFalse(r.stdout().contains("oops"));
    }
  }

  @Test
  void aFailingDetectorStopsTheOutputAtACompleteLine() {
    StringBuilder doc = new StringBuilder(document.substring(0, 200_000));
    doc.append("Customer: BOOM zq-canary-7781 Mallory\n").append(document, 200_000, 300_000);
    Cli.Result r = Cli.run(utf8(doc.toString()), Map.of(), "redact", "--format", "text",
        "--detectors", "test-email,test-failing");
    assertEquals(1, r.status());
    assertTrue(r.stderr().startsWith("blindspot: detector 'test.failing' failed"), r.stderr());
    assertFalse(r.stderr().contains("canary"));
    String out = r.stdout();
    assertTrue(out.isEmpty() || out.endsWith("\n"), "partial line written");
    assertFalse(out.contains("canary"));
    assertFalse(out.contains("@example."));
    assertTrue(SCANNER.redact(doc).startsWith(out));
  }

  @Test
  void scanFindingsAreNotWrittenAfterAFailure() {
    String doc = "a@example.com\n" + "x".repeat(100_000) + " BOOM\n" + "b@example.com\n";
    Cli.Result r = Cli.run(utf8(doc), Map.of(), "scan", "--format", "text",
        "--detectors", "test-email,test-failing");
    assertEquals(1, r.status());
    List<String> lines = new ArrayList<>(r.lines());
    assertTrue(lines.size() <= 1, lines.toString());
  }

  @Test
  void theDocumentLanguageIsTheOnlyLanguageOrUndetermined() {
    Cli.Result r = Cli.run("Bonjour", "scan", "--format", "text", "--detectors", "test-language",
        "--languages", "fr");
    assertEquals(List.of("{\"type\":\"LANG_FR\",\"start\":0,\"end\":1,\"score\":1.0,"
        + "\"detector\":\"test.language\"}"), r.lines());
    Cli.Result several = Cli.run("Bonjour", "scan", "--format", "text", "--detectors",
        "test-language", "--languages", "fr,en");
    assertEquals(List.of("{\"type\":\"LANG_UND\",\"start\":0,\"end\":1,\"score\":1.0,"
        + "\"detector\":\"test.language\"}"), several.lines());
  }
}
