package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import java.io.IOException;
import java.nio.ByteBuffer;
import java.nio.charset.CharacterCodingException;
import java.nio.charset.CodingErrorAction;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.util.TreeMap;
import org.junit.jupiter.api.Test;

/** The sample data is what the format says, and the example detector works on it end to end. */
class ExampleDataCliTest {

  private static final ObjectMapper JSON = new ObjectMapper();
  private static final Path CHATS = Path.of("data/support-chats.jsonl");
  private static final Path TRANSCRIPT = Path.of("data/support-chat.txt");

  private static String strictUtf8(Path file) throws IOException {
    try {
      return StandardCharsets.UTF_8.newDecoder()
          .onMalformedInput(CodingErrorAction.REPORT)
          .decode(ByteBuffer.wrap(Files.readAllBytes(file))).toString();
    } catch (CharacterCodingException e) {
      throw new AssertionError(file + " is not UTF-8", e);
    }
  }

  @Test
  void supportChatsAreWellFormedConsecutiveTurnsInSeveralLanguages() throws IOException {
    List<String> lines = strictUtf8(CHATS).lines().toList();
    assertTrue(lines.size() >= 55 && lines.size() <= 70, "lines: " + lines.size());
    Map<String, Integer> byLanguage = new TreeMap<>();
    Set<String> ids = new HashSet<>();
    Set<String> finishedChats = new HashSet<>();
    String chat = null;
    int turn = 0;
    for (String line : lines) {
      JsonNode node = JSON.readTree(line);
      List<String> fields = new ArrayList<>();
      node.fieldNames().forEachRemaining(fields::add);
      assertEquals(List.of("id", "lang", "text"), fields, line);
      String id = node.get("id").asText();
      assertTrue(id.matches("chat-\\d{4}-\\d+"), id);
      assertTrue(ids.add(id), "duplicate id " + id);
      String thisChat = id.substring(0, id.lastIndexOf('-'));
      if (!thisChat.equals(chat)) {
        assertTrue(chat == null || finishedChats.add(chat), "turns of " + thisChat + " split");
        chat = thisChat;
        turn = 0;
      }
      assertEquals(++turn, Integer.parseInt(id.substring(id.lastIndexOf('-') + 1)), id);
      byLanguage.merge(node.get("lang").asText(), 1, Integer::sum);
      assertTrue(node.get("text").asText().length() > 0, id);
    }
    assertEquals(Set.of("de", "en", "es", "fr"), byLanguage.keySet());
    assertTrue(byLanguage.get("en") >= 20 && byLanguage.get("fr") >= 20, byLanguage.toString());
    String all = String.join("\n", lines);
    assertTrue(all.contains("john.smith @outlook.com"));
    assertTrue(all.contains("marie [at] orange [point] fr"));
  }

  @Test
  void theCustomDetectorFindsTheEmployeeIdsOfTheTranscript() throws IOException {
    String text = strictUtf8(TRANSCRIPT);
    Cli.Result r = Cli.run(new byte[0], Map.of(), "scan", "--format", "text",
        "--detectors", "employee-id", TRANSCRIPT.toString());
    assertEquals(0, r.status(), r.stderr());
    List<String> ids = new ArrayList<>();
    for (String line : r.lines()) {
      JsonNode f = JSON.readTree(line);
      assertEquals("EMPLOYEE_ID", f.get("type").asText());
      ids.add(text.substring(f.get("start").asInt(), f.get("end").asInt()));
    }
    assertEquals(List.of("EMP-033126", "EMP-007369", "EMP-007369"), ids);
  }

  @Test
  void theCustomDetectorRedactsTheChatsThroughTheCommandLine() throws IOException {
    Cli.Result r = Cli.run(new byte[0], Map.of(), "redact", "--detectors", "employee-id",
        CHATS.toString());
    assertEquals(0, r.status(), r.stderr());
    List<String> lines = r.lines();
    assertEquals(strictUtf8(CHATS).lines().count(), lines.size());
    JsonNode escalation = JSON.readTree(lines.stream()
        .filter(l -> l.contains("\"chat-0011-2\"")).findFirst().orElseThrow());
    assertTrue(escalation.get("text").asText()
        .endsWith("her employee ID is <EMPLOYEE_ID> if you need to reference it."));
  }
}
