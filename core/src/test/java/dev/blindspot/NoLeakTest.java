package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.testing.Canary;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.text.TextView;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Set;
import org.junit.jupiter.api.Test;

/**
 * Canary values scanned and redacted never come out of toString() or an exception: only counts,
 * offsets, names of types, detectors and steps do.
 */
class NoLeakTest {

  private static PiiScanner.Builder canaryAware() {
    return PiiScanner.builder()
        .detectors("test-digits")
        .detector(TestDetectors.emailLike("test.email", 0.6), TestDetectors.obfuscatedEmail("test.obfuscated", 0.6))
        .languages("fr", "en")
        .allow("canary.7f3a@leak-test.example.org")
        .deny(PiiType.PERSON, "Canary Seven")
        .contextWords(PiiType.EMAIL_ADDRESS, "e-mail");
  }

  @Test
  void findingsAndExplanationsShowNoValue() throws IOException {
    String text = Canary.line()
        + "\nClient : ou bien canary.7f3a at leak-test dot example,"
        + " canary\u200B.7f3a [at] leak-test [dot] example";
    PiiScanner scanner = canaryAware().build();
    List<Finding> found = scanner.scan(text);
    List<String> values = found.stream().map(f -> f.text(text)).toList();
    assertTrue(values.contains(Canary.EMAIL), "the e-mail canary is found");
    assertTrue(values.contains(Canary.DIGITS), "the digit canary is found");
    assertEquals(4, found.size());
    List<Finding> streamed = new ArrayList<>();
    canaryAware().streamWindow(16, 512).build().scan(new StringReader(text), streamed::add);
    assertEquals(found, streamed);
    for (Finding f : found) {
      Canary.assertAbsent("Finding.toString", f.toString());
      Canary.assertAbsent("Explanation.toString", f.explanation().toString());
      Canary.assertAbsent("PiiType.toString", f.type().toString());
    }
  }

  @Test
  void scannerBuilderViewsAndContextsShowNoValue() {
    PiiScanner.Builder builder = canaryAware()
        .allow(Canary.EMAIL, Canary.DIGITS)
        .deny(PiiType.EMAIL_ADDRESS, Canary.EMAIL)
        .contextWords(TestDetectors.DIGIT_RUN, Canary.DIGITS);
    Canary.assertAbsent("PiiScanner.Builder.toString", builder.toString());
    PiiScanner scanner = builder.build();
    Canary.assertAbsent("PiiScanner.toString", scanner.toString());
    assertEquals(List.of(), scanner.scan(Canary.line()), "both canaries are allowed");

    String text = Canary.line();
    TextView original = TextView.of(text);
    TextView view = TextView.builder(original, "digits-dropped").copy(text.indexOf(Canary.DIGITS))
        .skip(text.indexOf(Canary.DIGITS) + Canary.DIGITS.length()).build();
    Canary.assertAbsent("TextView.toString", original.toString());
    Canary.assertAbsent("derived TextView.toString", view.toString());
    Canary.assertAbsent("OffsetMap.toString", view.map().toString());
    Canary.assertAbsent("TextView.Builder.toString", TextView.builder(view, "again").copy(5).toString());
    ScanContext context = ScanContext.of(text, "fr");
    context.view(TestDetectors.AT_DOT_WORDS);
    Canary.assertAbsent("ScanContext.toString", context.toString());
    Canary.assertAbsent("DetectorConfig.toString", DetectorConfig.empty(List.of("fr")).toString());
  }

  @Test
  void exceptionsShowNoValue() {
    String text = Canary.line();
    PiiScanner scanner = canaryAware().build();
    List<Throwable> thrown = new ArrayList<>();

    // A language tag taken from user input.
    thrown.add(assertThrows(IllegalArgumentException.class, () -> scanner.scan(text, Canary.EMAIL)));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> ScanContext.normalizeLanguage(Canary.DIGITS)));
    thrown.add(assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().languages(Canary.EMAIL)));
    // Findings that do not fit the text.
    Finding late = new Finding(PiiType.EMAIL_ADDRESS, 10, text.length() + 5, 0.9, "test", Explanation.of("test"));
    thrown.add(assertThrows(IndexOutOfBoundsException.class, () -> late.text(text)));
    thrown.add(assertThrows(
        IllegalArgumentException.class, () -> Redaction.apply(text, List.of(late), Operators.mask())));
    // Offsets outside a view of the text.
    TextView view = TextView.of(text);
    thrown.add(assertThrows(IndexOutOfBoundsException.class, () -> view.originalStart(text.length() + 1)));
    thrown.add(assertThrows(
        IndexOutOfBoundsException.class, () -> TextView.builder(view, "x").copy(text.length() + 1)));
    thrown.add(assertThrows(IndexOutOfBoundsException.class, () -> view.stepsChanging(3, text.length() + 1)));
    // Detectors that fail on the text, in every way ScanFailureTest covers.
    for (dev.blindspot.spi.Detector failing : List.of(
        TestDetectors.failing("test.quoting", () -> new IllegalStateException("bad input: " + text)),
        TestDetectors.failing("test.assert", () -> new AssertionError(Canary.EMAIL)),
        TestDetectors.recursing("test.recursing"),
        TestDetectors.of("test.undeclared", Set.of(TestDetectors.DIGIT_RUN),
            (c, s) -> s.report(PiiType.PERSON, 0, 5, 0.9, Explanation.of("test"))))) {
      PiiScanner broken = canaryAware().detector(failing).build();
      thrown.add(assertThrows(ScanException.class, () -> broken.scan(text)));
      thrown.add(assertThrows(ScanException.class, () -> broken.redact(new StringReader(text), new StringWriter())));
    }
    // Builder mistakes with canary-like input.
    thrown.add(assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().allow(Canary.EMAIL, " ")));
    thrown.add(assertThrows(
        IllegalArgumentException.class, () -> PiiScanner.builder().deny(PiiType.PERSON, Canary.DIGITS, "")));

    assertEquals(18, thrown.size());
    for (Throwable t : thrown) {
      Canary.assertNoLeak(t);
    }
  }
}
