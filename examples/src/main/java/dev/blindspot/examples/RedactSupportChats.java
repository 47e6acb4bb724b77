package dev.blindspot.examples;

import com.fasterxml.jackson.databind.JsonNode;
import com.fasterxml.jackson.databind.ObjectMapper;
import com.fasterxml.jackson.databind.node.ObjectNode;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import java.io.BufferedReader;
import java.io.BufferedWriter;
import java.io.IOException;
import java.io.Writer;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.List;
import java.util.Map;
import java.util.TreeMap;

/**
 * Redacts a JSON-lines file of customer-support chat turns with pseudonyms that stay consistent
 * within each conversation: the customer who gives her address in turn 3 and again in turn 7 is
 * {@code <EMAIL_ADDRESS_1>} both times, so the redacted chat still reads sensibly, while the
 * numbering restarts with the next conversation, so nothing links two chats.
 *
 * <pre>
 * java -cp examples/target/blindspot.jar dev.blindspot.examples.RedactSupportChats \
 *     examples/data/support-chats.jsonl support-chats.redacted.jsonl
 * </pre>
 *
 * <p>Each line is {@code {"id": "chat-0001-3", "lang": "en", "text": "..."}}: the id is the
 * conversation's id, a hyphen and the turn number, and the turns of a conversation are consecutive.
 * The output has the same lines with {@code "text"} redacted.
 */
public final class RedactSupportChats {

  private RedactSupportChats() {}

  /**
   * Runs the example.
   *
   * @param args the input file (default {@code examples/data/support-chats.jsonl}) and the output
   *     file (default {@code support-chats.redacted.jsonl})
   * @throws IOException if a file cannot be read or written
   */
  public static void main(String[] args) throws IOException {
    Path in = Path.of(args.length > 0 ? args[0] : "examples/data/support-chats.jsonl");
    Path out = Path.of(args.length > 1 ? args[1] : "support-chats.redacted.jsonl");
    PiiScanner scanner = PiiScanner.builder().languages("en", "fr", "de", "es").build();
    Summary summary;
    try (BufferedReader reader = Files.newBufferedReader(in);
        BufferedWriter writer = Files.newBufferedWriter(out)) {
      summary = redact(scanner, reader, writer);
    }
    System.out.printf("%d turns of %d conversations written to %s; replaced: %s%n",
        summary.turns(), summary.conversations(), out, summary.replacedByType());
  }

  /**
   * What {@link #redact} did: counts only, no personal data.
   *
   * @param turns lines redacted
   * @param conversations conversations seen
   * @param replacedByType values replaced, by type name
   */
  public record Summary(int turns, int conversations, Map<String, Integer> replacedByType) {}

  /**
   * Redacts every turn read from {@code in} and writes it to {@code out}, one JSON object per line.
   *
   * @param scanner the scanner to find personal data with
   * @param in JSON lines of chat turns, grouped by conversation
   * @param out receives the redacted lines; not closed
   * @return what was done
   * @throws IOException if reading or writing fails, or a line is not JSON
   */
  public static Summary redact(PiiScanner scanner, BufferedReader in, Writer out)
      throws IOException {
    ObjectMapper json = new ObjectMapper();
    Map<String, Integer> replaced = new TreeMap<>();
    String conversation = null;
    Operator pseudonyms = null;
    int turns = 0;
    int conversations = 0;
    for (String line = in.readLine(); line != null; line = in.readLine()) {
      if (line.isBlank()) {
        continue;
      }
      ObjectNode turn = (ObjectNode) json.readTree(line);
      String id = turn.path("id").asText();
      String chat = id.substring(0, Math.max(0, id.lastIndexOf('-')));
      if (!chat.equals(conversation)) {
        conversation = chat;
        conversations++;
        // One numbering table per conversation. A lambda's forDocument() is the lambda itself, so
        // Redaction.apply below keeps using this table for every turn instead of starting afresh.
        Operator table = Operators.pseudonyms().forDocument();
        pseudonyms = table::replacement;
      }
      String text = turn.path("text").asText();
      JsonNode lang = turn.get("lang");
      List<Finding> findings = scanner.scan(text, lang != null ? lang.asText() : null);
      turn.put("text", Redaction.apply(text, findings, pseudonyms));
      out.write(json.writeValueAsString(turn));
      out.write('\n');
      turns++;
      for (Finding f : findings) {
        replaced.merge(f.type().name(), 1, Integer::sum);
      }
    }
    return new Summary(turns, conversations, replaced);
  }
}
