package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.spi.Detector;
import dev.blindspot.testing.Canary;
import dev.blindspot.testing.TestDetectors;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Under {@link FailurePolicy#REDACT_DOCUMENT} a detector failure turns the text (in streaming: the
 * rest of the stream from the failing window on) into one {@code REDACTED_ON_FAILURE} finding or
 * tag, on every path, and no char of the failing window is ever written. {@link ScanFailureTest}
 * covers the default policy, {@link FailurePolicy#THROW}, on the same paths.
 */
class FailClosedTest {

  private static final String MARKER = "ERREUR";

  /** Fails, quoting the text, on any text that holds the marker. */
  private static final Detector FAILS_ON_MARKER = TestDetectors.of(
      "test.marker",
      Set.of(TestDetectors.DIGIT_RUN),
      (context, sink) -> {
        if (context.text().toString().contains(MARKER)) {
          throw new IllegalStateException("cannot read " + context.text());
        }
      });

  private static PiiScanner.Builder base() {
    return PiiScanner.builder().detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.9))
        .languages("fr", "en");
  }

  private static PiiScanner failClosed() {
    return base().detector(FAILS_ON_MARKER).onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).build();
  }

  /** Many chat lines with canaries, the marker and more canaries after it. */
  private static String longText(int linesBefore) {
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < linesBefore; i++) {
      sb.append("Client : commande ").append(48213377 + i).append(", mail ").append(Canary.EMAIL).append('\n');
    }
    sb.append("Agent : ").append(MARKER).append(" interne, merci de patienter 🙏\n");
    for (int i = 0; i < 40; i++) {
      sb.append(Canary.line()).append('\n');
    }
    return sb.toString();
  }

  @Test
  void throwIsTheDefaultAndThePolicyIsSetOnce() {
    assertSame(FailurePolicy.THROW, base().build().failurePolicy());
    assertSame(FailurePolicy.REDACT_DOCUMENT, failClosed().failurePolicy());
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder()
        .onDetectorFailure(FailurePolicy.THROW).onDetectorFailure(FailurePolicy.REDACT_DOCUMENT));
    NullPointerException e =
        assertThrows(NullPointerException.class, () -> PiiScanner.builder().onDetectorFailure(null));
    assertEquals("policy", e.getMessage());
    assertTrue(failClosed().toString().contains("onDetectorFailure=REDACT_DOCUMENT"), failClosed().toString());
    assertEquals("<REDACTED_ON_FAILURE>", FailurePolicy.FAILURE_TAG);
    assertEquals("REDACTED_ON_FAILURE", FailurePolicy.FAILURE_TYPE.name());
  }

  @Test
  void scanReportsTheWholeTextAsOneFinding() {
    String text = Canary.line() + " " + MARKER;
    List<Finding> found = failClosed().scan(text);
    assertEquals(1, found.size(), "no finding of the detectors that did not fail");
    Finding f = found.get(0);
    assertEquals(FailurePolicy.FAILURE_TYPE, f.type());
    assertEquals(0, f.start());
    assertEquals(text.length(), f.end());
    assertEquals(1.0, f.score());
    assertEquals("test.marker", f.detectorId());
    assertEquals("detector-failure", f.explanation().recognizer());
    Canary.assertAbsent("failure finding", f.toString());
    assertEquals(found, failClosed().scan(text, "en"));
    // Texts the detector does not fail on are scanned as usual, also in a batch.
    List<List<Finding>> batch = failClosed().scanAll(List.of(Canary.line(), text, "rien"));
    assertEquals(base().build().scan(Canary.line()), batch.get(0));
    assertEquals(found, batch.get(1));
    assertEquals(List.of(), batch.get(2));
  }

  @Test
  void redactReturnsTheTagAloneWhateverTheOperator() {
    String text = Canary.line() + " " + MARKER + " 🙂";
    PiiScanner scanner = failClosed();
    List<Operator> operators = List.of(
        Operators.typeTag(), Operators.mask(), Operators.pseudonyms(),
        Operators.hmac("0123456789abcdef-fail-closed".getBytes(StandardCharsets.UTF_8)),
        (finding, value) -> value.toString()); // an operator that would leak everything
    for (Operator op : operators) {
      assertEquals("<REDACTED_ON_FAILURE>", scanner.redact(text, op), op.toString());
      assertEquals("<REDACTED_ON_FAILURE>", scanner.redact(text, "fr", op), op.toString());
    }
    assertEquals("<REDACTED_ON_FAILURE>", scanner.redact(text));
    assertEquals(base().build().redact(Canary.line()), scanner.redact(Canary.line()));
  }

  @Test
  void anEmptyTextHasNothingToRedact() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.failing("test.always", () -> new IllegalStateException("boom")))
        .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).build();
    assertEquals(List.of(), scanner.scan(""));
    assertEquals("", scanner.redact(""));
    assertEquals("<REDACTED_ON_FAILURE>", scanner.redact("x"));
  }

  @Test
  void everyKindOfDetectorFailureFailsClosed() throws IOException {
    String text = Canary.line();
    List<Detector> failures = List.of(
        TestDetectors.failing("test.quoting", () -> new IllegalStateException(text)),
        TestDetectors.failing("test.assert", () -> new AssertionError(Canary.EMAIL)),
        TestDetectors.failing("test.io", () -> new IOException(Canary.DIGITS)),
        TestDetectors.recursing("test.recursing"),
        TestDetectors.of("test.undeclared", Set.of(TestDetectors.DIGIT_RUN),
            (c, s) -> s.report(PiiType.PERSON, 0, 5, 0.9, Explanation.of("test"))));
    for (Detector failing : failures) {
      PiiScanner scanner = base().detector(failing).onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).build();
      assertEquals(List.of(PiiScanner.failureFinding(new ScanException(failing.id(), 0, new Error()), 0, text.length())),
          scanner.scan(text), failing.id());
      assertEquals("<REDACTED_ON_FAILURE>", scanner.redact(text), failing.id());
      StringWriter out = new StringWriter();
      scanner.redact(new StringReader(text), out);
      assertEquals("<REDACTED_ON_FAILURE>", out.toString(), failing.id());
      List<Finding> streamed = new ArrayList<>();
      scanner.scan(new StringReader(text), streamed::add);
      assertEquals(scanner.scan(text), streamed, failing.id());
    }
  }

  @Test
  void outOfMemoryStillPropagates() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.failing("test.oom", () -> new OutOfMemoryError("Java heap space")))
        .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).build();
    assertThrows(OutOfMemoryError.class, () -> scanner.scan("x"));
    assertThrows(OutOfMemoryError.class, () -> scanner.redact(new StringReader("x"), new StringWriter()));
  }

  @Test
  void streamingScanReportsTheRestOfTheStreamFromTheFailingWindowOn() throws IOException {
    String text = longText(120);
    int marker = text.indexOf(MARKER);
    PiiScanner clean = base().build();
    for (int chunk : new int[] {1, 64, 500, 1000, 4000, 1 << 16}) {
      PiiScanner scanner = base().detector(FAILS_ON_MARKER)
          .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).streamWindow(chunk, 100).build();
      CountingReader reader = new CountingReader(text);
      List<Finding> found = new ArrayList<>();
      scanner.scan(reader, found::add);
      assertTrue(reader.atEnd, "the stream is read to its end");
      Finding failure = found.get(found.size() - 1);
      String context = "chunk " + chunk;
      assertEquals(FailurePolicy.FAILURE_TYPE, failure.type(), context);
      assertEquals(text.length(), failure.end(), context);
      assertTrue(failure.start() <= marker, context);
      List<Finding> before = found.subList(0, found.size() - 1);
      // Exactly the findings of a clean scan that end before the failing window.
      assertEquals(clean.scan(text).stream().filter(f -> f.end() <= failure.start()).toList(), before, context);
      if (!before.isEmpty()) {
        assertTrue(before.get(before.size() - 1).end() <= failure.start(), context);
      }
    }
  }

  @Test
  void streamingRedactionWritesNoCharOfTheFailingWindow() throws IOException {
    String text = longText(120);
    PiiScanner clean = base().build();
    String redactedClean = clean.redact(text);
    for (int chunk : new int[] {1, 64, 500, 1000, 4000, 1 << 16}) {
      PiiScanner scanner = base().detector(FAILS_ON_MARKER)
          .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).streamWindow(chunk, 100).build();
      List<Finding> found = new ArrayList<>();
      scanner.scan(new StringReader(text), found::add);
      int from = found.get(found.size() - 1).start(); // where the failing window starts owning

      CountingReader reader = new CountingReader(text);
      RecordingWriter out = new RecordingWriter();
      scanner.redact(reader, out, Operators.typeTag());
      assertTrue(reader.atEnd, "the stream is read to its end");
      String written = out.toString();
      String context = "chunk " + chunk;
      assertTrue(written.endsWith(FailurePolicy.FAILURE_TAG), context);
      String prefix = written.substring(0, written.length() - FailurePolicy.FAILURE_TAG.length());
      // Before the tag: exactly the redacted text before the failing window, nothing of it after.
      assertEquals(clean.redact(text.substring(0, from)), prefix, context);
      assertTrue(redactedClean.startsWith(prefix), context);
      Canary.assertAbsent("output of " + context, written);
      assertTrue(!written.contains(MARKER), context);
      // The tag came in one write, after every write of redacted text.
      assertEquals(FailurePolicy.FAILURE_TAG, out.writes.get(out.writes.size() - 1), context);
    }
  }

  @Test
  void aFailureInTheFirstWindowRedactsTheWholeStream() throws IOException {
    String text = MARKER + "\n" + longText(200);
    PiiScanner scanner = base().detector(FAILS_ON_MARKER)
        .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).streamWindow(256, 64).build();
    StringWriter out = new StringWriter();
    scanner.redact(new StringReader(text), out, Operators.mask());
    assertEquals("<REDACTED_ON_FAILURE>", out.toString());
    List<Finding> found = new ArrayList<>();
    scanner.scan(new StringReader(text), found::add);
    assertEquals(scanner.scan(text), found);
  }

  @Test
  void streamSummariesCountCharsAndFindingsAndNameTheFailedDetector() throws IOException {
    String text = longText(50);
    PiiScanner clean = base().streamWindow(700, 100).build();
    StreamSummary cleanScan = clean.scan(new StringReader(text), f -> {});
    assertEquals(new StreamSummary(text.length(), clean.scan(text).size(), java.util.Optional.empty()),
        cleanScan);
    StreamSummary cleanRedact = clean.redact(new StringReader(text), new StringWriter());
    assertEquals(cleanScan, cleanRedact);
    assertTrue(!cleanRedact.failed());

    PiiScanner failing = base().detector(FAILS_ON_MARKER)
        .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).streamWindow(700, 100).build();
    List<Finding> found = new ArrayList<>();
    StreamSummary failedScan = failing.scan(new StringReader(text), found::add);
    assertTrue(failedScan.failed());
    assertEquals(java.util.Optional.of("test.marker"), failedScan.failedDetectorId());
    assertEquals(text.length(), failedScan.chars());
    assertEquals(found.size() - 1, failedScan.findings(), "the failure finding is not counted");
    StreamSummary failedRedact = failing.redact(new StringReader(text), new StringWriter());
    assertEquals(failedScan, failedRedact);
    Canary.assertAbsent("summary", failedRedact.toString());
  }

  /** A reader over a string that records whether it was read to its end. */
  private static final class CountingReader extends Reader {
    private final String text;
    private int pos;
    boolean atEnd;

    CountingReader(String text) {
      this.text = text;
    }

    @Override
    public int read(char[] buf, int off, int len) {
      if (pos == text.length()) {
        atEnd = true;
        return -1;
      }
      int n = Math.min(len, text.length() - pos);
      text.getChars(pos, pos + n, buf, off);
      pos += n;
      return n;
    }

    @Override
    public void close() {}
  }

  /** Keeps every write apart, to check what each one held. */
  private static final class RecordingWriter extends Writer {
    final List<String> writes = new ArrayList<>();

    @Override
    public void write(char[] buf, int off, int len) {
      writes.add(new String(buf, off, len));
    }

    @Override
    public void write(String s) {
      writes.add(s);
    }

    @Override
    public void flush() {}

    @Override
    public void close() {}

    @Override
    public String toString() {
      return String.join("", writes);
    }
  }
}
