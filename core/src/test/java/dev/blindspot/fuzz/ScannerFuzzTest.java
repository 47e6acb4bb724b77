package dev.blindspot.fuzz;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import com.code_intelligence.jazzer.api.FuzzedDataProvider;
import com.code_intelligence.jazzer.junit.FuzzTest;
import dev.blindspot.FailurePolicy;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.ScanException;
import dev.blindspot.StreamWindows;
import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import dev.blindspot.testing.DigitsProvider;
import dev.blindspot.testing.SupportChat;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.testing.WordsProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;

/**
 * Jazzer fuzz targets for the scanner: {@code scan} and {@code redact} in memory, streaming, and
 * the builder's configuration, with the test detectors (core depends on no detector module).
 *
 * <p>A normal test run replays the saved inputs under {@code
 * src/test/resources/dev/blindspot/fuzz/ScannerFuzzTestInputs/<target>/} (Jazzer's regression
 * mode); a crash found while fuzzing is saved there and so becomes a regression fixture. To fuzz
 * one target for real, for the duration given by its {@code maxDuration}:
 *
 * <pre>
 * cd core &amp;&amp; JAZZER_FUZZ=1 ../mvnw test -Dtest=ScannerFuzzTest#scanAndRedact
 * </pre>
 *
 * <p>(or {@code #streamingRedact}, {@code #builderConfiguration}; generated inputs go to {@code
 * core/.cifuzz-corpus/}, which is not kept).
 */
class ScannerFuzzTest {

  private static final char MARK = '\uE000';

  private static PiiScanner.Builder supportDesk() {
    return PiiScanner.builder()
        .detectors(DigitsProvider.NAME, WordsProvider.NAME)
        .configure(WordsProvider.NAME, "words", SupportChat.CODE_WORDS)
        .detector(TestDetectors.emailLike("test.email", 0.45),
            TestDetectors.obfuscatedEmail("test.obfuscated-email", 0.45))
        .languages("fr", "en")
        .allow(SupportChat.SUPPORT_ADDRESS)
        .deny(PiiType.PERSON, SupportChat.DENIED_NAMES.toArray(new String[0]))
        .contextWords(PiiType.EMAIL_ADDRESS, SupportChat.EMAIL_CONTEXT.toArray(new String[0]));
  }

  private static final PiiScanner SCANNER = supportDesk().build();
  private static final int OVERLAP = 512;

  private static String text(FuzzedDataProvider data) {
    return data.consumeBoolean() ? data.consumeRemainingAsAsciiString() : data.consumeRemainingAsString();
  }

  @FuzzTest(maxDuration = "3m")
  void scanAndRedact(FuzzedDataProvider data) {
    String text = text(data);
    List<Finding> found = SCANNER.scan(text);
    checkFindings(text, found);
    assertEquals(found, SCANNER.scan(text), "deterministic");
    assertEquals(Redaction.apply(text, found, Operators.typeTag()), SCANNER.redact(text));
    BitSet covered = covered(found);
    // Every run of 4+ ASCII digits (what the digit detector finds) is covered.
    for (int i = 0; i < text.length(); ) {
      int end = i;
      while (end < text.length() && text.charAt(end) >= '0' && text.charAt(end) <= '9') {
        end++;
      }
      if (end - i >= 4) {
        assertEquals(end - i, covered.get(i, end).cardinality(), "digit run at " + i);
      }
      i = Math.max(end, i + 1);
    }
    // Redaction keeps every other char, in order.
    String marked = SCANNER.redact(text, (f, v) -> String.valueOf(MARK));
    StringBuilder kept = new StringBuilder();
    for (int i = 0; i < text.length(); i++) {
      if (!covered.get(i)) {
        kept.append(text.charAt(i));
      }
    }
    if (text.indexOf(MARK) < 0) {
      assertEquals(kept.toString(), marked.replace(String.valueOf(MARK), ""));
      assertEquals(found.size(), marked.chars().filter(c -> c == MARK).count());
    }
  }

  @FuzzTest(maxDuration = "3m")
  void streamingRedact(FuzzedDataProvider data) throws IOException {
    int chunk = data.consumeInt(1, 3000);
    boolean typeTags = data.consumeBoolean();
    String text = text(data);
    PiiScanner streaming = StreamWindows.window(supportDesk(), chunk, OVERLAP).build();
    List<Finding> expected = SCANNER.scan(text);
    List<Finding> streamed = new ArrayList<>();
    streaming.scan(new StringReader(text), streamed::add);
    checkFindings(text, streamed);
    StringWriter out = new StringWriter();
    streaming.redact(new StringReader(text), out, typeTags ? Operators.typeTag() : Operators.pseudonyms());
    boolean shortValues = expected.stream().allMatch(f -> f.length() <= OVERLAP);
    if (shortValues) {
      // Values no longer than the overlap are found whole, wherever the chunk boundaries fall.
      assertEquals(expected, streamed, "chunk " + chunk);
      assertEquals(SCANNER.redact(text, typeTags ? Operators.typeTag() : Operators.pseudonyms()),
          out.toString(), "chunk " + chunk);
    } else {
      // Longer values may be cut in pieces; none of their chars is left out.
      assertTrue(covered(streamed).equals(covered(expected)) || coversAll(streamed, expected), "chunk " + chunk);
    }
  }

  @FuzzTest(maxDuration = "3m")
  void builderConfiguration(FuzzedDataProvider data) throws IOException {
    PiiScanner.Builder builder = PiiScanner.builder();
    PiiScanner scanner = null;
    try {
      for (int steps = data.consumeInt(0, 12); steps > 0; steps--) {
        switch (data.consumeInt(0, 10)) {
          case 0 -> builder.detectors(strings(data, 3));
          case 1 -> builder.languages(strings(data, 3));
          case 2 -> builder.minScore(data.consumeRegularDouble());
          case 3 -> builder.allow(strings(data, 3));
          case 4 -> builder.deny(PiiType.of(data.consumeString(20)), strings(data, 3));
          case 5 -> builder.contextWords(PiiType.of(data.consumeString(20)), strings(data, 3));
          case 6 -> builder.configure(data.consumeString(20), data.consumeString(20), data.consumeString(40));
          case 7 -> builder.noProviders();
          case 8 -> builder.onDetectorFailure(data.pickValue(FailurePolicy.values()));
          case 9 -> builder.detector(TestDetectors.digitRuns(data.consumeString(20), data.consumeProbabilityDouble()));
          default -> builder.configure(WordsProvider.NAME, data.pickValue(new String[] {"words", "score"}),
              data.consumeString(40));
        }
      }
      scanner = builder.build();
    } catch (IllegalArgumentException | IllegalStateException e) {
      return; // a clear refusal of a bad configuration
    }
    String text = data.consumeRemainingAsString();
    List<Finding> found;
    try {
      found = scanner.scan(text);
    } catch (ScanException e) {
      // Only the fuzzed detectors' contract can break: a digit detector's id may not be reported.
      throw new AssertionError("scan failed: " + e.getMessage(), e);
    }
    checkFindings(text, found);
    StringWriter out = new StringWriter();
    scanner.redact(new StringReader(text), out);
    assertEquals(scanner.redact(text), out.toString());
  }

  private static String[] strings(FuzzedDataProvider data, int max) {
    String[] out = new String[data.consumeInt(0, max)];
    for (int i = 0; i < out.length; i++) {
      out[i] = data.consumeString(24);
    }
    return out;
  }

  /** Sorted, not overlapping, inside the text, never splitting a surrogate pair, scores in [0, 1]. */
  private static void checkFindings(String text, List<Finding> found) {
    int previousEnd = 0;
    for (Finding f : found) {
      assertTrue(f.start() >= previousEnd, "sorted and not overlapping");
      assertTrue(f.end() <= text.length(), "inside the text");
      assertTrue(f.score() >= 0 && f.score() <= 1);
      assertTrue(!splitsPair(text, f.start()) && !splitsPair(text, f.end()), "no surrogate pair split");
      previousEnd = f.end();
    }
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }

  private static BitSet covered(List<Finding> found) {
    BitSet covered = new BitSet();
    for (Finding f : found) {
      covered.set(f.start(), f.end());
    }
    return covered;
  }

  private static boolean coversAll(List<Finding> streamed, List<Finding> expected) {
    BitSet missing = covered(expected);
    missing.andNot(covered(streamed));
    return missing.isEmpty();
  }
}
