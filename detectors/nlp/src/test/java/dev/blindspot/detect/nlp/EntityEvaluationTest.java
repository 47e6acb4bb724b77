package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.io.UncheckedIOException;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.HashSet;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/**
 * Precision and recall of the location and organization detectors on hand-written support lines
 * ({@code entities/entities-*.txt}), where {@code [[L:...]]} marks a LOCATION and {@code [[O:...]]}
 * an ORGANIZATION. A found span counts only with its exact offsets and type.
 */
class EntityEvaluationTest {

  static final PiiScanner SCANNER =
      PiiScanner.builder()
          .noProviders()
          .detector(new LocationDetector(EntityLexicon.standard()))
          .detector(new OrganizationDetector(EntityLexicon.standard(), Gazetteer.standard()))
          .build();

  /** A line: its text without markers and the expected spans as "TYPE start end". */
  record Line(String source, String text, Set<String> expected) {}

  static List<Line> load(String resource) {
    List<Line> lines = new ArrayList<>();
    try (InputStream in = EntityEvaluationTest.class.getResourceAsStream("entities/" + resource)) {
      BufferedReader reader = new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8));
      int number = 0;
      for (String line = reader.readLine(); line != null; line = reader.readLine()) {
        number++;
        if (!line.isBlank() && !line.startsWith("#")) {
          lines.add(parse(resource + ":" + number, line));
        }
      }
    } catch (IOException e) {
      throw new UncheckedIOException(e);
    }
    return lines;
  }

  static Line parse(String source, String marked) {
    StringBuilder text = new StringBuilder();
    Set<String> expected = new HashSet<>();
    int i = 0;
    while (i < marked.length()) {
      if (marked.startsWith("[[", i)) {
        String type = marked.charAt(i + 2) == 'L' ? "LOCATION" : "ORGANIZATION";
        int close = marked.indexOf("]]", i);
        int start = text.length();
        text.append(marked, i + 4, close);
        expected.add(type + " " + start + " " + text.length());
        i = close + 2;
      } else {
        text.append(marked.charAt(i++));
      }
    }
    return new Line(source, text.toString(), expected);
  }

  /** Counts [true positives, found, expected] and prints the misses and false alarms. */
  static int[] score(List<Line> lines) {
    int[] counts = new int[3];
    for (Line line : lines) {
      Set<String> found = new HashSet<>();
      for (Finding f : SCANNER.scan(line.text())) {
        if (f.type().equals(PiiType.LOCATION) || f.type().equals(PiiType.ORGANIZATION)) {
          found.add(f.type().name() + " " + f.start() + " " + f.end());
        }
      }
      for (String f : found) {
        if (line.expected().contains(f)) {
          counts[0]++;
        } else {
          System.out.println("false alarm " + line.source() + " " + f);
        }
      }
      for (String e : line.expected()) {
        if (!found.contains(e)) {
          System.out.println("missed " + line.source() + " " + e);
        }
      }
      counts[1] += found.size();
      counts[2] += line.expected().size();
    }
    return counts;
  }

  @ParameterizedTest
  @CsvSource({
    "entities-en.txt, 0.95, 0.9",
    "entities-fr.txt, 0.95, 0.9",
    "entities-de-es.txt, 0.9, 0.8"
  })
  void reachesItsPrecisionAndRecall(String resource, double minPrecision, double minRecall) {
    List<Line> lines = load(resource);
    int[] c = score(lines);
    double precision = c[1] == 0 ? 0 : (double) c[0] / c[1];
    double recall = (double) c[0] / c[2];
    System.out.printf(
        "%s: %d lines, %d expected, %d found, %d right: P=%.3f R=%.3f%n",
        resource, lines.size(), c[2], c[1], c[0], precision, recall);
    assertTrue(precision >= minPrecision, () -> resource + " precision " + precision);
    assertTrue(recall >= minRecall, () -> resource + " recall " + recall);
  }

  @Test
  void theEnglishAndFrenchSetsHaveFiftyLinesEach() {
    assertTrue(load("entities-en.txt").size() >= 50);
    assertTrue(load("entities-fr.txt").size() >= 50);
  }

  @Test
  void markersGiveTheOffsetsOfTheOriginalText() {
    Line line = parse("t", "a [[L:12 rue X]] b");
    assertEquals("a 12 rue X b", line.text());
    assertEquals(Set.of("LOCATION 2 10"), line.expected());
  }
}
