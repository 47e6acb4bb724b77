package dev.blindspot.detect.nlp;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import java.util.List;
import java.util.stream.Collectors;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.MethodSource;

/** The person rules against hand-written support-chat lines with exact offsets and scores. */
class GoldenCorpusTest {

  static Stream<GoldenLine> english() {
    return GoldenLine.load("golden-en.txt").stream();
  }

  static Stream<GoldenLine> french() {
    return GoldenLine.load("golden-fr.txt").stream();
  }

  static Stream<GoldenLine> germanAndSpanish() {
    return GoldenLine.load("golden-de-es.txt").stream();
  }

  static Stream<GoldenLine> negatives() {
    return GoldenLine.load("golden-negatives.txt").stream();
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("english")
  void findsEnglishNames(GoldenLine line) {
    assertFindings(line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("french")
  void findsFrenchNames(GoldenLine line) {
    assertFindings(line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("germanAndSpanish")
  void findsGermanAndSpanishNames(GoldenLine line) {
    assertFindings(line);
  }

  @ParameterizedTest(name = "{0}")
  @MethodSource("negatives")
  void findsNoNameInHardNegatives(GoldenLine line) {
    assertTrue(line.expected().isEmpty(), "a negative line has no marker");
    assertFindings(line);
  }

  @Test
  void corpusIsLargeEnough() {
    assertTrue(english().filter(l -> !l.expected().isEmpty()).count() >= 40);
    assertTrue(french().filter(l -> !l.expected().isEmpty()).count() >= 40);
    assertTrue(negatives().count() >= 40);
  }

  private static void assertFindings(GoldenLine line) {
    List<Finding> found = RecordingSink.detect(line.text());
    assertEquals(
        describe(line.text(), line.expected()),
        describe(line.text(), found.stream()
            .map(f -> new GoldenLine.Expected(f.start(), f.end(), f.score()))
            .collect(Collectors.toList())),
        line.source());
  }

  /** Shows spans with their text, so a failure reads "12..25 0.85 Sarah Johnson". */
  private static String describe(String text, List<GoldenLine.Expected> spans) {
    return spans.stream()
        .map(s -> s.start() + ".." + s.end() + " " + s.score() + " "
            + text.substring(s.start(), s.end()))
        .collect(Collectors.joining("\n"));
  }
}
