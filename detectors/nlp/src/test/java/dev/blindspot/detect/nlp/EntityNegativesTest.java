package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

/**
 * The location and organization detectors find nothing in the PII-free support lines of the
 * benchmark ({@code benchmarks/src/main/resources/eval/negatives-<language>.jsonl}, read from
 * this repository by relative path).
 */
class EntityNegativesTest {

  private static final Path EVAL = Path.of("../../benchmarks/src/main/resources/eval");

  @ParameterizedTest
  @ValueSource(strings = {"en", "fr", "de", "es"})
  void findsNothingInTheBenchmarkNegatives(String language) throws IOException {
    List<String> lines =
        Files.readAllLines(EVAL.resolve("negatives-" + language + ".jsonl"), StandardCharsets.UTF_8);
    assertTrue(lines.size() >= 200, "negatives-" + language + ": " + lines.size() + " lines");
    List<String> alarms = new ArrayList<>();
    for (String line : lines) {
      String text = textOf(line);
      for (Finding f : EntityEvaluationTest.SCANNER.scan(text)) {
        alarms.add(f.type() + " '" + text.substring(f.start(), f.end()) + "' in: " + text);
      }
    }
    assertEquals(List.of(), alarms);
  }

  /** The value of the "text" member of a JSON line, its escapes decoded. */
  static String textOf(String json) {
    int i = json.indexOf("\"text\":\"");
    if (i < 0) {
      throw new IllegalArgumentException("no text member");
    }
    StringBuilder out = new StringBuilder();
    for (i += 8; json.charAt(i) != '"'; i++) {
      char c = json.charAt(i);
      if (c != '\\') {
        out.append(c);
        continue;
      }
      char e = json.charAt(++i);
      switch (e) {
        case 'n' -> out.append('\n');
        case 't' -> out.append('\t');
        case 'r' -> out.append('\r');
        case 'b' -> out.append('\b');
        case 'f' -> out.append('\f');
        case 'u' -> {
          out.append((char) Integer.parseInt(json.substring(i + 1, i + 5), 16));
          i += 4;
        }
        default -> out.append(e);
      }
    }
    return out.toString();
  }
}
