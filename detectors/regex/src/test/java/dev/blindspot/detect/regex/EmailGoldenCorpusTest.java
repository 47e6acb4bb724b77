package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.PiiType;
import dev.blindspot.spi.ScanContext;
import java.io.BufferedReader;
import java.io.IOException;
import java.io.InputStream;
import java.io.InputStreamReader;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Objects;
import java.util.stream.Stream;
import org.junit.jupiter.api.DynamicTest;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.TestFactory;

/**
 * Runs the e-mail detector on the golden corpus {@code email-golden.txt}: every marked address is
 * found with its exact offsets, and nothing else is found.
 */
class EmailGoldenCorpusTest {

  private static final char OPEN = '⟦';
  private static final char CLOSE = '⟧';

  /** One corpus line: the text without markers and the expected spans. */
  record Case(int lineNumber, String text, List<int[]> expected) {}

  static List<Case> corpus() throws IOException {
    List<Case> cases = new ArrayList<>();
    try (InputStream in =
            Objects.requireNonNull(EmailGoldenCorpusTest.class.getResourceAsStream("email-golden.txt"));
        BufferedReader reader =
            new BufferedReader(new InputStreamReader(in, StandardCharsets.UTF_8))) {
      String line;
      int number = 0;
      while ((line = reader.readLine()) != null) {
        number++;
        if (line.isBlank() || line.startsWith("#")) {
          continue;
        }
        StringBuilder text = new StringBuilder();
        List<int[]> spans = new ArrayList<>();
        int open = -1;
        for (int i = 0; i < line.length(); i++) {
          char c = line.charAt(i);
          if (c == OPEN) {
            open = text.length();
          } else if (c == CLOSE) {
            spans.add(new int[] {open, text.length()});
          } else {
            text.append(c);
          }
        }
        cases.add(new Case(number, text.toString(), spans));
      }
    }
    return cases;
  }

  @Test
  void corpusHasEnoughPositivesAndNegatives() throws IOException {
    List<Case> cases = corpus();
    long positives = cases.stream().filter(c -> !c.expected().isEmpty()).count();
    long negatives = cases.stream().filter(c -> c.expected().isEmpty()).count();
    long internationalized =
        cases.stream()
            .flatMap(c -> c.expected().stream().map(s -> c.text().substring(s[0], s[1])))
            .filter(address -> address.chars().anyMatch(ch -> ch > 0x7f))
            .count();
    assertTrue(positives >= 40, "positives: " + positives);
    assertTrue(negatives >= 40, "negatives: " + negatives);
    assertTrue(internationalized >= 8, "internationalized: " + internationalized);
  }

  @TestFactory
  Stream<DynamicTest> everyLineGivesExactlyTheMarkedAddresses() throws IOException {
    EmailDetector detector = new EmailDetector();
    return corpus().stream()
        .map(
            c ->
                DynamicTest.dynamicTest(
                    "line " + c.lineNumber() + (c.expected().isEmpty() ? " (negative)" : ""),
                    () -> {
                      RecordingSink sink = new RecordingSink();
                      detector.detect(ScanContext.of(c.text(), "en"), sink);
                      assertEquals(
                          Spans.describe(c.text(), c.expected()),
                          Spans.describe(c.text(), sink.spans()),
                          "line " + c.lineNumber());
                      for (RecordingSink.Report r : sink.reports) {
                        assertEquals(PiiType.EMAIL_ADDRESS, r.type());
                        assertEquals(EmailDetector.SCORE, r.score());
                        assertEquals(EmailMatcher.RECOGNIZER, r.why().recognizer());
                        assertTrue(r.why().validations().containsAll(List.of("domain", "tld")));
                      }
                    }));
  }
}
