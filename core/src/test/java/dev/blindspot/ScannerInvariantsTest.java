package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.redact.Operators;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.testing.SupportChat;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.text.TextView;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.BitSet;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.concurrent.ExecutorService;
import java.util.concurrent.Executors;
import java.util.concurrent.Future;
import org.junit.jupiter.api.Test;

/**
 * Seeded property tests of the scanner's invariants on adversarial text (chat lines mixed with
 * lone surrogates, emoji, NUL and control chars, right-to-left overrides, zero-width chars, "at"
 * and "dot" words, digit floods), with detectors that report arbitrary spans on the original text
 * and on views, halves of surrogate pairs included:
 *
 * <ul>
 *   <li>findings are inside the text, sorted, not overlapping, and never split a surrogate pair;
 *   <li>every char a detector reported is inside a finding, and redaction removes exactly those
 *       chars and keeps every other one, in order;
 *   <li>results are deterministic, across scans and across scanners built alike;
 *   <li>streaming gives the in-memory results whatever the chunk size;
 *   <li>a scanner shared by four threads gives the sequential results.
 * </ul>
 *
 * <p>jqwik is not used: see the report of issue 7 (its 1.10 engine refuses AI-agent use). Each
 * property runs on {@value #TRIES} generated cases from a fixed seed; a failure names the case.
 * {@link OverlapResolutionTest}, {@link StreamingScanTest}, {@link ConcurrentScanTest} and the
 * random tests of redaction and views check the same invariants one layer down or on clean chats.
 */
class ScannerInvariantsTest {

  private static final int TRIES = 300;
  private static final char MARK = '\uE000';
  private static final String[] PIECES = {
    "\uD800", "\uDC00", "\uDBFF", "\uD83D\uDE00", "\uD83C\uDDEB\uD83C\uDDF7", "\u0000", "\u0007", "\u001B",
    "\u202E", "\u202D", "\u2066", "\u200B", "\u00AD", "\uFEFF", "\r\n", "\t", " at ", " dot ", " [at] ",
    " arobase ", " point ", "@", ".", "0", "12345", "4821337755", "é", "Ω", "\uFFFF", "\uFFFE",
  };

  /** Reports spans derived from the text alone, on the original and on both test views. */
  private static final Detector ARBITRARY = TestDetectors.of(
      "test.arbitrary", Set.of(PiiType.PERSON, PiiType.LOCATION), ScannerInvariantsTest::reportArbitrary);

  private static void reportArbitrary(ScanContext context, FindingSink sink) {
    for (int[] s : arbitrarySpans(context.text())) {
      sink.report(s[2] == 0 ? PiiType.PERSON : PiiType.LOCATION, s[0], s[1], s[3] / 10.0, Explanation.of("test"));
    }
    TextView view = context.view(TestDetectors.AT_DOT_WORDS);
    for (int[] s : arbitrarySpans(view.text())) {
      sink.report(view, PiiType.LOCATION, s[0], s[1], s[3] / 10.0, Explanation.of("test"));
    }
  }

  /** Spans {start, end, type, score * 10} that depend only on the text. */
  private static List<int[]> arbitrarySpans(CharSequence text) {
    List<int[]> spans = new ArrayList<>();
    int n = text.length();
    if (n == 0) {
      return spans;
    }
    Random rnd = new Random(text.toString().hashCode());
    for (int k = rnd.nextInt(6); k > 0; k--) {
      int start = rnd.nextInt(n);
      int end = Math.min(n, start + 1 + rnd.nextInt(12));
      spans.add(new int[] {start, end, rnd.nextInt(2), rnd.nextInt(11)});
    }
    return spans;
  }

  private static PiiScanner.Builder scanner() {
    return StreamingScanTest.supportDesk().detector(ARBITRARY);
  }

  private static final PiiScanner SCANNER = scanner().build();

  /** Chat lines, adversarial pieces and random code points, up to about 2,500 chars. */
  static String adversarialText(Random rnd) {
    StringBuilder sb = new StringBuilder();
    for (int parts = rnd.nextInt(40); parts > 0; parts--) {
      switch (rnd.nextInt(4)) {
        case 0 -> sb.append(SupportChat.line(rnd)).append('\n');
        case 1 -> sb.append(PIECES[rnd.nextInt(PIECES.length)]);
        case 2 -> sb.append(String.valueOf(PIECES[rnd.nextInt(PIECES.length)]).repeat(1 + rnd.nextInt(30)));
        default -> {
          for (int i = rnd.nextInt(20); i > 0; i--) {
            int cp = rnd.nextInt(4) == 0 ? rnd.nextInt(0x110000) : rnd.nextInt(0x250);
            if (Character.isValidCodePoint(cp)) {
              sb.appendCodePoint(cp);
            }
          }
        }
      }
    }
    return sb.toString();
  }

  private static List<String> texts(long seed) {
    Random rnd = new Random(seed);
    List<String> texts = new ArrayList<>();
    for (int i = 0; i < TRIES; i++) {
      texts.add(adversarialText(rnd));
    }
    return texts;
  }

  @Test
  void findingsAreInBoundsSortedAndNeverSplitAPair() {
    List<String> texts = texts(0x5A11L);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      int previousEnd = 0;
      for (Finding f : SCANNER.scan(text)) {
        String context = "case " + i + ", " + f;
        assertTrue(f.start() >= previousEnd, context);
        assertTrue(f.end() <= text.length(), context);
        assertTrue(!splitsPair(text, f.start()) && !splitsPair(text, f.end()), context);
        previousEnd = f.end();
      }
    }
  }

  @Test
  void redactionRemovesEveryReportedCharAndKeepsTheRestInOrder() {
    PiiScanner everything = StreamingScanTest.supportDesk().detector(ARBITRARY).minScore(0).build();
    List<String> texts = texts(0x4ED4C7L);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Finding> found = everything.scan(text);
      BitSet covered = new BitSet();
      found.forEach(f -> covered.set(f.start(), f.end()));
      String context = "case " + i;
      // What the arbitrary detector reported on the original text, and every digit run, is covered.
      for (int[] s : arbitrarySpans(text)) {
        assertEquals(s[1] - s[0], covered.get(s[0], s[1]).cardinality(), context + ", span " + s[0] + ".." + s[1]);
      }
      TextView view = ScanContext.of(text, "fr").view(TestDetectors.AT_DOT_WORDS);
      for (int[] s : arbitrarySpans(view.text())) {
        int start = view.originalStart(s[0]);
        int end = view.originalEnd(s[1]);
        assertEquals(Math.max(0, end - start), covered.get(start, Math.max(start, end)).cardinality(), context);
      }
      for (int at = 0; at < text.length(); at++) {
        if (isDigit(text, at) && (at == 0 || !isDigit(text, at - 1))) {
          int end = at;
          while (end < text.length() && isDigit(text, end)) {
            end++;
          }
          if (end - at >= 4) {
            assertEquals(end - at, covered.get(at, end).cardinality(), context + ", digits at " + at);
          }
        }
      }
      String marked = everything.redact(text, (f, v) -> String.valueOf(MARK));
      StringBuilder kept = new StringBuilder();
      for (int k = 0; k < text.length(); k++) {
        if (!covered.get(k)) {
          kept.append(text.charAt(k));
        }
      }
      assertEquals(kept.toString(), marked.replace(String.valueOf(MARK), ""), context + ": other chars in order");
      assertEquals(found.size(), marked.chars().filter(c -> c == MARK).count(), context + ": one mark a finding");
    }
  }

  @Test
  void resultsAreDeterministic() throws IOException {
    PiiScanner twin = scanner().build();
    List<String> texts = texts(0xD37L);
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Finding> first = SCANNER.scan(text);
      assertEquals(first, SCANNER.scan(text), "case " + i);
      assertEquals(first, twin.scan(text), "case " + i);
      assertEquals(SCANNER.redact(text, Operators.pseudonyms()), twin.redact(text, Operators.pseudonyms()), "case " + i);
    }
  }

  @Test
  void streamingGivesTheInMemoryResultsForAnyChunkSize() throws IOException {
    // Without the arbitrary detector: its spans depend on the whole text it is given, a window.
    PiiScanner whole = StreamingScanTest.supportDesk().build();
    Random rnd = new Random(0x57E4L);
    List<String> texts = texts(0x57E5L);
    for (int i = 0; i < texts.size(); i += 3) {
      String text = texts.get(i);
      int chunk = 1 + rnd.nextInt(rnd.nextBoolean() ? 40 : 3000);
      PiiScanner streaming = StreamingScanTest.supportDesk().streamWindow(chunk, 512).build();
      List<Finding> streamed = new ArrayList<>();
      streaming.scan(new StringReader(text), streamed::add);
      assertEquals(whole.scan(text), streamed, "case " + i + ", chunk " + chunk);
      StringWriter out = new StringWriter();
      streaming.redact(new StringReader(text), out, Operators.pseudonyms());
      assertEquals(whole.redact(text, Operators.pseudonyms()), out.toString(), "case " + i + ", chunk " + chunk);
    }
  }

  @Test
  void aScannerSharedByFourThreadsGivesTheSequentialResults() throws Exception {
    List<String> texts = texts(0x7EADL);
    List<List<Finding>> sequential = new ArrayList<>();
    for (String text : texts) {
      sequential.add(SCANNER.scan(text));
    }
    ExecutorService pool = Executors.newFixedThreadPool(4);
    try {
      List<Future<List<List<Finding>>>> futures = new ArrayList<>();
      for (int t = 0; t < 4; t++) {
        int offset = t * texts.size() / 4;
        futures.add(pool.submit(() -> {
          List<List<Finding>> results = new ArrayList<>(java.util.Collections.nCopies(texts.size(), List.of()));
          for (int k = 0; k < texts.size(); k++) {
            int i = (offset + k) % texts.size();
            results.set(i, SCANNER.scan(texts.get(i)));
          }
          return results;
        }));
      }
      for (Future<List<List<Finding>>> future : futures) {
        assertEquals(sequential, future.get());
      }
    } finally {
      pool.shutdownNow();
    }
  }

  private static boolean isDigit(String text, int at) {
    char c = text.charAt(at);
    return c >= '0' && c <= '9';
  }

  private static boolean splitsPair(String text, int at) {
    return at > 0 && at < text.length()
        && Character.isHighSurrogate(text.charAt(at - 1)) && Character.isLowSurrogate(text.charAt(at));
  }
}
