package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;
import static org.junit.jupiter.api.Assumptions.assumeTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.spi.DetectorProvider;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.ServiceConfigurationError;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/**
 * The command line with the real detector families on the sample data. Each test is skipped, by an
 * assumption, while the family it needs has no provider on the class path (the placeholder jars
 * hold none); run them again once the families are installed:
 * {@code mvn -o -pl examples test -Dtest=RealDetectorsEndToEndTest}.
 */
class RealDetectorsEndToEndTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CHATS = Path.of("data/support-chats.jsonl");
  private static final Path TRANSCRIPT = Path.of("data/support-chat.txt");

  private static boolean installed(String name) {
    try {
      return ServiceLoader.load(DetectorProvider.class).stream()
          .anyMatch(p -> p.get().name().equals(name));
    } catch (ServiceConfigurationError e) {
      return false;
    }
  }

  /** Scans the sample chats; returns the texts and the findings by turn id. */
  private static Map<String, List<JsonNode>> scanChats(String detectors,
      Map<String, String> texts) throws IOException {
    for (String line : Files.readAllLines(CHATS, StandardCharsets.UTF_8)) {
      JsonNode turn = JSON.readTree(line);
      texts.put(turn.get("id").asText(), turn.get("text").asText());
    }
    Cli.Result r = Cli.run(new byte[0], Map.of(), "scan", "--detectors", detectors,
        "--languages", "en,fr,de,es", CHATS.toString());
    assertEquals(0, r.status(), r.stderr());
    Map<String, List<JsonNode>> findings = new HashMap<>();
    for (String line : r.lines()) {
      JsonNode result = JSON.readTree(line);
      List<JsonNode> list = new ArrayList<>();
      result.get("findings").forEach(list::add);
      findings.put(result.get("id").asText(), list);
    }
    assertEquals(texts.size(), findings.size());
    return findings;
  }

  /** Asserts that a finding of the type covers exactly the value in the turn's text. */
  private static void assertFound(Map<String, List<JsonNode>> findings, Map<String, String> texts,
      String turn, String type, String value) {
    String text = texts.get(turn);
    int start = text.indexOf(value);
    assertTrue(start >= 0, value);
    boolean found = findings.get(turn).stream().anyMatch(f ->
        f.get("type").asText().equals(type)
            && f.get("start").asInt() == start
            && f.get("end").asInt() == start + value.length());
    assertTrue(found, turn + " should have " + type + " at " + start + ".."
        + (start + value.length()) + ", has " + findings.get(turn));
  }

  private static boolean hasType(List<JsonNode> findings, String type) {
    return findings.stream().anyMatch(f -> f.get("type").asText().equals(type));
  }

  @Test
  void regexFindsTheCleanAddressesOfTheSampleChats() throws IOException {
    assumeTrue(installed("regex"), "the regex detectors are not installed yet");
    Map<String, String> texts = new HashMap<>();
    Map<String, List<JsonNode>> findings = scanChats("regex", texts);
    assertFound(findings, texts, "chat-0001-3", "EMAIL_ADDRESS", "daniel.okafor@example.com");
    assertFound(findings, texts, "chat-0005-2", "EMAIL_ADDRESS", "support@example.com");
    assertFound(findings, texts, "chat-0009-3", "EMAIL_ADDRESS", "priya.raman@example.net");
    assertFalse(hasType(findings.get("chat-0007-3"), "EMAIL_ADDRESS")); // "Build 4.12.1 (2291)"
    assertTrue(findings.get("chat-0007-6").isEmpty());
  }

  @Test
  void fuzzyFindsTheObfuscatedAddressesButNotTheHardNegative() throws IOException {
    assumeTrue(installed("fuzzy"), "the fuzzy detectors are not installed yet");
    Map<String, String> texts = new HashMap<>();
    Map<String, List<JsonNode>> findings = scanChats("fuzzy", texts);
    assertFound(findings, texts, "chat-0003-3", "EMAIL_ADDRESS", "john.smith @outlook.com");
    assertFound(findings, texts, "chat-0004-3", "EMAIL_ADDRESS", "marie [at] orange [point] fr");
    assertFound(findings, texts, "chat-0002-3", "EMAIL_ADDRESS",
        "camille(dot)lefevre(at)example(dot)org");
    assertFound(findings, texts, "chat-0010-3", "EMAIL_ADDRESS",
        "nadia point benali arobase example point com");
    assertFalse(hasType(findings.get("chat-0007-5"), "EMAIL_ADDRESS"),
        "\"I looked at the screen dot by dot\" holds no address");
  }

  @Test
  void nlpFindsNamesIntroducedByMyNameIsAndHonorifics() throws IOException {
    assumeTrue(installed("nlp"), "the nlp detectors are not installed yet");
    Map<String, String> texts = new HashMap<>();
    Map<String, List<JsonNode>> findings = scanChats("nlp", texts);
    assertFound(findings, texts, "chat-0001-3", "PERSON", "Daniel Okafor");
    assertFound(findings, texts, "chat-0002-1", "PERSON", "Camille Lefèvre");
    assertFound(findings, texts, "chat-0005-1", "PERSON", "Thomas Becker");
    assertFound(findings, texts, "chat-0008-3", "PERSON", "Julien Marchand");
    assertFalse(hasType(findings.get("chat-0007-1"), "PERSON")); // "The app crashes when I open..."
  }

  @Test
  void everyFamilyTogetherRedactsTheTranscript() throws IOException {
    assumeTrue(installed("regex") && installed("fuzzy") && installed("nlp"),
        "the three detector families are not all installed yet");
    Cli.Result r = Cli.run(new byte[0], Map.of(), "redact", "--format", "text",
        "--languages", "en,fr", TRANSCRIPT.toString());
    assertEquals(0, r.status(), r.stderr());
    String redacted = r.stdout();
    // Clean and obfuscated addresses, and names introduced by a cue. (Bare later mentions such as
    // "Robert or Margaret Ellison" need a statistical name model; phone numbers a phone detector.)
    for (String value : List.of("margaret.ellison@example.org", "m.ellison at example dot com",
        "My name is Margaret Ellison", "Ms Ellison", "Mr. Tanaka")) {
      assertFalse(redacted.contains(value), value);
    }
    assertTrue(redacted.contains("My name is <PERSON> and my thermostat"), redacted);
    assertTrue(redacted.contains("firmware 3.8.2")); // versions are not personal data
    assertTrue(redacted.contains("I looked at the screen dot by dot"));
  }
}
