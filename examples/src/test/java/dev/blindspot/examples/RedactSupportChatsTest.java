package dev.blindspot.examples;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import dev.blindspot.PiiScanner;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.regex.Matcher;
import java.util.regex.Pattern;
import org.junit.jupiter.api.Test;

class RedactSupportChatsTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path DATA = Path.of("data/support-chats.jsonl");
  /** A plain e-mail detector registered by the command-line tests. */
  private static final PiiScanner SCANNER = PiiScanner.builder().detectors("test-email").build();

  private static List<JsonNode> redact(String input, RedactSupportChats.Summary[] summary)
      throws IOException {
    StringWriter out = new StringWriter();
    summary[0] = RedactSupportChats.redact(
        SCANNER, new BufferedReader(new StringReader(input)), out);
    List<JsonNode> lines = new ArrayList<>();
    for (String line : out.toString().split("\n")) {
      lines.add(JSON.readTree(line));
    }
    return lines;
  }

  @Test
  void pseudonymsAreConsistentWithinAConversationAndRestartWithTheNext() throws IOException {
    String input = String.join("\n",
        "{\"id\": \"chat-0001-1\", \"lang\": \"en\", \"text\": \"I'm daniel.okafor@example.com\"}",
        "{\"id\": \"chat-0001-2\", \"lang\": \"en\","
            + " \"text\": \"Is it Daniel.Okafor@example.com?\"}",
        "{\"id\": \"chat-0001-3\", \"lang\": \"en\", \"text\": \"No: d.okafor@example.net, and"
            + " daniel.okafor@example.com is my old one.\"}",
        "",
        "{\"id\": \"chat-0002-1\", \"lang\": \"fr\","
            + " \"text\": \"Écrivez à camille@example.org\"}",
        "{\"id\": \"chat-0002-2\", \"lang\": \"fr\", \"text\": \"Merci.\"}");
    RedactSupportChats.Summary[] summary = new RedactSupportChats.Summary[1];
    List<JsonNode> lines = redact(input, summary);
    assertEquals(List.of(
        "I'm <EMAIL_ADDRESS_1>",
        "Is it <EMAIL_ADDRESS_1>?",
        "No: <EMAIL_ADDRESS_2>, and <EMAIL_ADDRESS_1> is my old one.",
        "Écrivez à <EMAIL_ADDRESS_1>",
        "Merci."), lines.stream().map(l -> l.get("text").asText()).toList());
    assertEquals("chat-0002-1", lines.get(3).get("id").asText());
    assertEquals("fr", lines.get(3).get("lang").asText());
    assertEquals(new RedactSupportChats.Summary(5, 2, Map.of("EMAIL_ADDRESS", 5)), summary[0]);
  }

  @Test
  void redactsTheSampleDataFile() throws IOException {
    String input = Files.readString(DATA, StandardCharsets.UTF_8);
    RedactSupportChats.Summary[] summary = new RedactSupportChats.Summary[1];
    List<JsonNode> lines = redact(input, summary);
    assertEquals(input.lines().count(), lines.size());
    assertEquals(13, summary[0].conversations());
    Pattern plainAddress = Pattern.compile("[A-Za-z0-9._-]+@[A-Za-z0-9.-]+\\.[a-z]+");
    for (JsonNode line : lines) {
      Matcher m = plainAddress.matcher(line.get("text").asText());
      assertFalse(m.find(), line.toString());
    }
    JsonNode turn = lines.stream()
        .filter(l -> l.get("id").asText().equals("chat-0009-3")).findFirst().orElseThrow();
    assertEquals("<EMAIL_ADDRESS_1>, and the card ends in 4417.", turn.get("text").asText());
    assertEquals(Map.of("EMAIL_ADDRESS", 3), summary[0].replacedByType()); // the clean ones
  }
}
