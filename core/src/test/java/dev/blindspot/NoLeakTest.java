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
import java.io.ByteArrayOutputStream;
import java.io.IOException;
import java.io.PrintStream;
import java.io.StringReader;
import java.io.StringWriter;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.List;
import java.util.Map;
import java.util.Set;
import java.lang.module.ModuleDescriptor;
import java.nio.file.Files;
import java.nio.file.Path;
import java.util.stream.Stream;
import org.junit.jupiter.api.Test;

/**
 * Canary values scanned and redacted never come out of toString() or an exception: only counts,
 * offsets, names of types, detectors and steps do. Core logs nothing and prints nothing, and the
 * descriptions of builders, scanners and configurations (what a metrics or debug page would show)
 * hold no configured word or value.
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

  /** Every public way to scan and redact, failing detectors and both failure policies included. */
  private static void scanEveryWay() throws IOException {
    String text = Canary.line() + "\nClient : ou bien canary.7f3a at leak-test dot example";
    for (FailurePolicy policy : FailurePolicy.values()) {
      for (boolean failing : new boolean[] {false, true}) {
        PiiScanner.Builder builder = canaryAware().onDetectorFailure(policy);
        if (failing) {
          builder.detector(TestDetectors.failing("test.quoting", () -> new IllegalStateException(text)));
        }
        PiiScanner scanner = builder.build();
        try {
          scanner.scan(text);
          scanner.redact(text, Operators.pseudonyms());
          scanner.scan(new StringReader(text), f -> {});
          scanner.redact(new StringReader(text), new StringWriter(), Operators.mask());
          scanner.scanAll(List.of(text, text));
        } catch (ScanException e) {
          Canary.assertNoLeak(e);
        }
      }
    }
  }

  @Test
  void nothingIsPrintedOrLogged() throws IOException {
    scanEveryWay(); // loads every class first, so that a class-loading agent's messages are not counted
    PrintStream out = System.out;
    PrintStream err = System.err;
    ByteArrayOutputStream printed = new ByteArrayOutputStream();
    PrintStream capture = new PrintStream(printed, true, StandardCharsets.UTF_8);
    System.setOut(capture);
    System.setErr(capture);
    try {
      scanEveryWay();
    } finally {
      System.setOut(out);
      System.setErr(err);
    }
    assertEquals("", printed.toString(StandardCharsets.UTF_8), "core prints nothing");
  }

  @Test
  void coreHasNoWayToLog() throws IOException {
    // The module reads java.base only: no java.logging, no logging library.
    Path classes = Path.of(PiiScanner.class.getProtectionDomain().getCodeSource().getLocation().getPath());
    ModuleDescriptor descriptor;
    try (var in = Files.newInputStream(classes.resolve("module-info.class"))) {
      descriptor = ModuleDescriptor.read(in);
    }
    assertEquals(Set.of("java.base"),
        descriptor.requires().stream().map(ModuleDescriptor.Requires::name).collect(java.util.stream.Collectors.toSet()));
    // And no class of core refers to java.base's own ways out: System.Logger, System.out/err, printStackTrace.
    List<String> classFiles;
    try (Stream<Path> files = Files.walk(classes)) {
      classFiles = files.filter(f -> f.toString().endsWith(".class")).map(Path::toString).toList();
    }
    assertTrue(classFiles.size() > 20, "found the classes of core: " + classFiles.size());
    for (String file : classFiles) {
      String constants = new String(Files.readAllBytes(Path.of(file)), StandardCharsets.ISO_8859_1);
      for (String banned : List.of("java/lang/System$Logger", "java/io/PrintStream", "printStackTrace")) {
        assertTrue(!constants.contains(banned), file + " refers to " + banned);
      }
    }
  }

  @Test
  void descriptionsOfConfigurationShowNoValue() {
    PiiScanner.Builder builder = canaryAware()
        .configure("test-digits", "words", Canary.EMAIL)
        .onDetectorFailure(FailurePolicy.REDACT_DOCUMENT);
    Canary.assertAbsent("PiiScanner.Builder.toString", builder.toString());
    DetectorConfig config = DetectorConfig.of(Map.of("words", Canary.EMAIL + "," + Canary.DIGITS), List.of("fr"));
    Canary.assertAbsent("DetectorConfig.toString", config.toString());
    assertEquals("DetectorConfig[languages=[fr], keys=[words]]", config.toString());
    PiiScanner failClosed = canaryAware().onDetectorFailure(FailurePolicy.REDACT_DOCUMENT)
        .detector(TestDetectors.failing("test.quoting", () -> new IllegalStateException(Canary.line()))).build();
    Canary.assertAbsent("PiiScanner.toString", failClosed.toString());
    for (Finding f : failClosed.scan(Canary.line())) {
      Canary.assertAbsent("failure finding", f.toString());
    }
    Canary.assertAbsent("hmac operator", Operators.hmac(Canary.EMAIL.getBytes(StandardCharsets.UTF_8)).toString());
    Canary.assertAbsent("pseudonym table", Operators.pseudonyms().forDocument().toString());
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
