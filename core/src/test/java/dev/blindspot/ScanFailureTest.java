package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertNotNull;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.spi.Detector;
import dev.blindspot.testing.Canary;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.text.TextView;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.UncheckedIOException;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * A detector that breaks its contract or throws makes the scan throw a {@link ScanException} that
 * names the detector and quotes nothing of the text, in its message or anywhere in its causes.
 */
class ScanFailureTest {

  private static final String TEXT = Canary.line();

  private static ScanException scanFails(Detector detector) {
    PiiScanner scanner = PiiScanner.builder()
        .detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.9), detector)
        .build();
    ScanException e = assertThrows(ScanException.class, () -> scanner.scan(TEXT));
    assertEquals(detector.id(), e.detectorId());
    assertTrue(e.getMessage().contains("'" + detector.id() + "'"), e.getMessage());
    assertTrue(e.getMessage().contains(TEXT.length() + " chars"), e.getMessage());
    Canary.assertNoLeak(e);
    // The redacting paths fail the same way: no text comes out as if it were clean.
    Canary.assertNoLeak(assertThrows(ScanException.class, () -> scanner.redact(TEXT)));
    StringWriter out = new StringWriter();
    Canary.assertNoLeak(
        assertThrows(ScanException.class, () -> scanner.redact(new StringReader(TEXT), out)));
    assertEquals("", out.toString());
    List<Finding> streamed = new ArrayList<>();
    Canary.assertNoLeak(
        assertThrows(ScanException.class, () -> scanner.scan(new StringReader(TEXT), streamed::add)));
    return e;
  }

  private static RuntimeException quoting(String text) {
    RuntimeException e = new IllegalStateException(
        "cannot parse '" + text + "'", new IllegalArgumentException("bad token " + Canary.EMAIL));
    e.addSuppressed(new RuntimeException("while reading " + Canary.DIGITS));
    return e;
  }

  @Test
  void aRuntimeExceptionQuotingTheTextIsSanitized() {
    ScanException e = scanFails(TestDetectors.failing("test.quoting", () -> quoting(TEXT)));
    // The cause chain keeps the classes and stack traces, not the messages.
    Throwable cause = e.getCause();
    assertNotNull(cause);
    assertTrue(cause.getMessage().contains(IllegalStateException.class.getName()), cause.getMessage());
    assertTrue(cause.getStackTrace().length > 0);
    assertNotNull(cause.getCause());
    assertTrue(cause.getCause().getMessage().contains(IllegalArgumentException.class.getName()));
    assertTrue(e.getMessage().contains(IllegalStateException.class.getName()), e.getMessage());
  }

  @Test
  void aNullPointerExceptionIsWrapped() {
    scanFails(TestDetectors.failing("test.npe", () -> new NullPointerException(Canary.EMAIL + " is null")));
  }

  @Test
  void aStackOverflowIsWrapped() {
    ScanException e = scanFails(TestDetectors.recursing("test.recursing"));
    assertTrue(e.getMessage().contains(StackOverflowError.class.getName()), e.getMessage());
  }

  @Test
  void anAssertionErrorQuotingTheTextIsWrapped() {
    scanFails(TestDetectors.failing("test.assert", () -> new AssertionError("unexpected " + TEXT)));
  }

  @Test
  void aSneakyCheckedExceptionIsWrapped() {
    scanFails(TestDetectors.failing("test.io", () -> new IOException("model read failed near " + Canary.EMAIL)));
  }

  @Test
  void anUncheckedIoExceptionWithACauseIsWrapped() {
    Supplier<Throwable> failure =
        () -> new UncheckedIOException(new IOException("at " + Canary.DIGITS));
    scanFails(TestDetectors.failing("test.unchecked-io", failure));
  }

  @Test
  void aFailingStaticInitializerIsWrapped() {
    scanFails(TestDetectors.failing(
        "test.init", () -> new ExceptionInInitializerError(new IllegalStateException(TEXT))));
  }

  @Test
  void outOfMemoryIsNotTheDetectorsFaultAndPropagatesAsItIs() {
    PiiScanner scanner = PiiScanner.builder().noProviders()
        .detector(TestDetectors.failing("test.oom", () -> new OutOfMemoryError("Java heap space")))
        .build();
    assertThrows(OutOfMemoryError.class, () -> scanner.scan(TEXT));
  }

  @Test
  void reportingAnUndeclaredTypeFails() {
    ScanException e = scanFails(TestDetectors.of(
        "test.undeclared",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> sink.report(PiiType.PHONE_NUMBER, 0, 4, 0.9, Explanation.of("test"))));
    assertTrue(e.getMessage().contains(IllegalArgumentException.class.getName()), e.getMessage());
  }

  @Test
  void reportingASpanPastTheEndFails() {
    scanFails(TestDetectors.of(
        "test.past-end",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> sink.report(
            TestDetectors.DIGIT_RUN, 3, context.text().length() + 1, 0.9, Explanation.of("test"))));
  }

  @Test
  void reportingANegativeOrEmptySpanFails() {
    scanFails(TestDetectors.of(
        "test.negative",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> sink.report(TestDetectors.DIGIT_RUN, -1, 4, 0.9, Explanation.of("test"))));
    scanFails(TestDetectors.of(
        "test.empty-span",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> sink.report(TestDetectors.DIGIT_RUN, 5, 5, 0.9, Explanation.of("test"))));
  }

  @Test
  void reportingASpanPastTheEndOfAViewFails() {
    scanFails(TestDetectors.of(
        "test.view-past-end",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> {
          TextView view = context.view(TestDetectors.AT_DOT_WORDS);
          sink.report(view, TestDetectors.DIGIT_RUN, 0, view.length() + 1, 0.9, Explanation.of("test"));
        }));
  }

  @Test
  void reportingAScoreOutsideZeroToOneFails() {
    scanFails(TestDetectors.of(
        "test.score",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> sink.report(TestDetectors.DIGIT_RUN, 0, 4, 1.5, Explanation.of("test"))));
    scanFails(TestDetectors.of(
        "test.nan",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> sink.report(TestDetectors.DIGIT_RUN, 0, 4, Double.NaN, Explanation.of("test"))));
  }

  @Test
  void aFailureAfterTheFirstWindowStopsStreamingRedactionAtRedactedText() throws IOException {
    // The detector fails on the window holding "ERREUR"; what was written before is fully redacted.
    StringBuilder sb = new StringBuilder();
    for (int i = 0; sb.length() < 3000; i++) {
      sb.append("Client : commande ").append(48213377 + i).append(", mail ").append(Canary.EMAIL).append('\n');
    }
    sb.append("ERREUR\n").append(Canary.line());
    String text = sb.toString();
    Detector failsOnMarker = TestDetectors.of(
        "test.marker",
        Set.of(TestDetectors.DIGIT_RUN),
        (context, sink) -> {
          if (context.text().toString().contains("ERREUR")) {
            throw new IllegalStateException("saw " + context.text());
          }
        });
    PiiScanner.Builder base = PiiScanner.builder().detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.9));
    String clean = base.build().redact(text);
    PiiScanner failing = PiiScanner.builder().detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.9), failsOnMarker)
        .streamWindow(500, 100)
        .build();
    StringWriter out = new StringWriter();
    Canary.assertNoLeak(assertThrows(ScanException.class, () -> failing.redact(new StringReader(text), out)));
    String written = out.toString();
    assertTrue(written.length() > 1000, "the windows before the failure were written");
    assertTrue(clean.startsWith(written), "what was written is a prefix of the redacted text");
    Canary.assertAbsent("partial output", written);
  }
}
