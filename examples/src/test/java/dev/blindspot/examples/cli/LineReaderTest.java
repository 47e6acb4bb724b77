package dev.blindspot.examples.cli;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.io.BufferedReader;
import java.io.IOException;
import java.io.StringReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Arrays;
import java.util.List;
import java.util.Map;
import java.util.Random;
import org.junit.jupiter.api.Test;

class LineReaderTest {

  private static List<String> lines(JsonLines.LineReader reader) throws IOException {
    List<String> lines = new ArrayList<>();
    for (String line; (line = reader.readLine()) != null; ) {
      lines.add(line);
    }
    return lines;
  }

  private static List<String> reference(String text) throws IOException {
    return new BufferedReader(new StringReader(text)).lines().toList();
  }

  @Test
  void splitsLinesAsBufferedReaderDoes() throws IOException {
    Random random = new Random(91L);
    String[] pieces = {"\n", "\r", "\r\n", "\n\n", "é", "{\"text\": \"Écrivez-moi\"}", "x", " "};
    for (int round = 0; round < 300; round++) {
      StringBuilder text = new StringBuilder();
      for (int i = random.nextInt(40); i > 0; i--) {
        text.append(pieces[random.nextInt(pieces.length)]);
      }
      if (round % 10 == 0) {
        text.append("y".repeat(70_000)).append("\r").append("\n"); // "\r\n" across buffers
      }
      String s = text.toString();
      assertEquals(reference(s), lines(new JsonLines.LineReader(new StringReader(s), 1 << 20)),
          "round " + round);
    }
  }

  @Test
  void refusesALineLongerThanTheLimit() throws IOException {
    JsonLines.LineReader reader =
        new JsonLines.LineReader(new StringReader("short\n" + "z".repeat(101) + "\nnext\n"), 100);
    assertEquals("short", reader.readLine());
    InputFailure e = assertThrows(InputFailure.class, reader::readLine);
    assertEquals("the line is longer than 100 chars", e.getMessage());
    JsonLines.LineReader exact = new JsonLines.LineReader(new StringReader("z".repeat(100)), 100);
    assertEquals(100, exact.readLine().length());
  }

  @Test
  void aLineWithoutEndIsAClearErrorNotAnOutOfMemoryError() {
    byte[] input = new byte[JsonLines.MAX_LINE_CHARS + 10];
    Arrays.fill(input, (byte) 'q');
    byte[] first = "{\"text\": \"bonjour\"}\n".getBytes(StandardCharsets.UTF_8);
    byte[] all = new byte[first.length + input.length];
    System.arraycopy(first, 0, all, 0, first.length);
    System.arraycopy(input, 0, all, first.length, input.length);
    Cli.Result r = Cli.run(all, Map.of(), "scan", "--detectors", "test-email");
    assertEquals(2, r.status());
    assertEquals("blindspot: line 2: the line is longer than " + JsonLines.MAX_LINE_CHARS
        + " chars\n", r.stderr());
    assertEquals(List.of("{\"id\":null,\"findings\":[]}"), r.lines());
    assertTrue(r.stdout().length() < 100);
  }
}
