package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.PiiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Objects;
import java.util.TreeMap;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the structured recognizers on the golden corpus ({@code structured-golden*.txt}, one file
 * per group of types): every marked value is found with its exact offsets and type at or above the
 * default threshold, and nothing else reaches the threshold.
 */
class StructuredGoldenCorpusTest {

  private static final double THRESHOLD = 0.5;
  private static final StructuredRecognizers RECOGNIZERS = StructuredRecognizers.of(List.of());

  /** The files of the corpus; every file follows the format described in the first one. */
  private static final List<String> FILES = List.of(
      "structured-golden.txt", "structured-golden-europe.txt", "structured-golden-world.txt");

  /** One corpus line: file, section, language, text without markers, "TYPE start..end" expected. */
  record Case(String file, int lineNumber, PiiType section, String language, String text,
      List<String> expected) {}

  static List<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    for (String file : FILES) {
      read(file, cases);
    }
    return cases;
  }

  private static void read(String file, List<Case> cases) throws IOException {
    try (InputStream in = Objects.requireNonNull(
            StructuredGoldenCorpusTest.class.getResourceAsStream(file), file);
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      PiiType section = null;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.startsWith("## ")) {
          section = PiiType.of(line.substring(3).trim());
          continue;
        }
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        int bar = line.indexOf('|');
        String language = line.substring(0, bar);
        StringBuilder text = new StringBuilder();
        List<String> expected = new ArrayList<>();
        int open = -1;
        PiiType type = section;
        for (int i = bar + 1; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c == '⟦') {
            open = text.length();
            type = section;
            int sign = line.indexOf('§', i);
            int close = line.indexOf('⟧', i);
            if (sign > 0 && sign < close) {
              type = PiiType.of(line.substring(i + 1, sign));
              i = sign;
            }
          } else if (c == '⟧') {
            expected.add(type + " " + open + ".." + text.length() + "=" + text.substring(open));
          } else {
            text.append(c);
          }
        }
        cases.add(new Case(file, number, section, language, text.toString(), expected));
      }
    }
  }

  static List<String> found(String text, String language) {
    List<String> out = new ArrayList<>();
    RECOGNIZERS.scan(text, language, (type, start, end, score, why) -> {
      if (score >= THRESHOLD) {
        out.add(type + " " + start + ".." + end + "=" + text.substring(start, end));
      }
    });
    return out;
  }

  @Test
  void everyTypeHasTenPositivesAndTenNegatives() throws IOException {
    Map<String, List<Case>> bySection =
        corpus().stream().collect(Collectors.groupingBy(c -> c.section().name(), TreeMap::new,
            Collectors.toList()));
    assertEquals(RECOGNIZERS.types().size(), bySection.size(), bySection.keySet().toString());
    bySection.forEach((type, cases) -> {
      long positives = cases.stream().filter(c -> !c.expected().isEmpty()).count();
      long negatives = cases.size() - positives;
      assertTrue(positives >= 10, type + " positives: " + positives);
      assertTrue(negatives >= 10, type + " negatives: " + negatives);
      assertTrue(cases.stream().anyMatch(c -> c.language().equals("fr")), type + " in French");
      assertTrue(cases.stream().anyMatch(c -> c.language().equals("en")), type + " in English");
    });
  }

  @TestFactory
  Stream<DynamicTest> everyLineGivesExactlyTheMarkedValues() throws IOException {
    return corpus().stream().map(c -> DynamicTest.dynamicTest(
        c.section() + " " + c.file() + ":" + c.lineNumber()
            + (c.expected().isEmpty() ? " (negative)" : ""),
        () -> assertEquals(c.expected(), found(c.text(), c.language()),
            c.file() + ":" + c.lineNumber())));
  }
}
