package dev.blindspot;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.redact.Operator;
import dev.blindspot.redact.Operators;
import dev.blindspot.redact.Redaction;
import dev.blindspot.spi.Detector;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.testing.TestDetectors;
import dev.blindspot.text.OffsetMap;
import dev.blindspot.text.TextView;
import dev.blindspot.text.ViewFactory;
import java.io.IOException;
import java.io.Reader;
import java.io.StringReader;
import java.io.StringWriter;
import java.io.Writer;
import java.lang.reflect.Constructor;
import java.lang.reflect.Executable;
import java.lang.reflect.InvocationTargetException;
import java.lang.reflect.Method;
import java.lang.reflect.Modifier;
import java.nio.charset.StandardCharsets;
import java.util.ArrayList;
import java.util.Collection;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import java.util.function.Consumer;
import java.util.function.Supplier;
import org.junit.jupiter.api.Test;

/**
 * Null, empty and hostile arguments on every public method of the API: a null where a value is
 * required gives a {@link NullPointerException} naming the parameter, before anything changes; an
 * empty argument gives a correct result or a clear refusal; any text, however broken, scans.
 */
class BadInputTest {

  private static final String TEXT = "Client : commande 48213377, mail marie.curie@exemple.fr";
  private static final PiiScanner SCANNER = StreamingScanTest.supportDesk().build();
  private static final Finding FINDING =
      new Finding(PiiType.PERSON, 0, 6, 0.9, "test", Explanation.of("test"));

  /** Parameters that accept null, as "Class.method(parameter types)#index". */
  private static final Set<String> NULLABLE = Set.of(
      "PiiScanner.scan(CharSequence,String)#1",
      "PiiScanner.redact(CharSequence,String,Operator)#1",
      "ScanContext.of(CharSequence,String)#1",
      "ScanContext.normalizeLanguage(String)#0");

  private static final Map<Class<?>, Supplier<?>> SAMPLES = new HashMap<>();
  private static final Map<Class<?>, Supplier<?>> RECEIVERS = new HashMap<>();

  static {
    SAMPLES.put(CharSequence.class, () -> TEXT);
    SAMPLES.put(String.class, () -> "en");
    SAMPLES.put(String[].class, () -> new String[] {"en"});
    SAMPLES.put(Reader.class, () -> new StringReader(TEXT));
    SAMPLES.put(Writer.class, StringWriter::new);
    SAMPLES.put(Appendable.class, StringBuilder::new);
    SAMPLES.put(Operator.class, Operators::typeTag);
    SAMPLES.put(Consumer.class, () -> (Consumer<Object>) x -> {});
    SAMPLES.put(Collection.class, () -> List.of(TEXT));
    SAMPLES.put(List.class, List::of);
    SAMPLES.put(Map.class, Map::of);
    SAMPLES.put(PiiType.class, () -> PiiType.PERSON);
    SAMPLES.put(Detector.class, () -> TestDetectors.digitRuns("test.sample", 0.6));
    SAMPLES.put(Detector[].class, () -> new Detector[] {TestDetectors.digitRuns("test.sample", 0.6)});
    SAMPLES.put(Explanation.class, () -> Explanation.of("test"));
    SAMPLES.put(Finding.class, () -> FINDING);
    SAMPLES.put(TextView.class, () -> TextView.of(TEXT));
    SAMPLES.put(ViewFactory.class, () -> (ViewFactory) v -> v);
    SAMPLES.put(ClassLoader.class, BadInputTest.class::getClassLoader);
    SAMPLES.put(FailurePolicy.class, () -> FailurePolicy.THROW);
    SAMPLES.put(byte[].class, () -> new byte[16]);
    SAMPLES.put(java.nio.file.Path.class, () -> java.nio.file.Path.of("no-such-hmac.key"));
    SAMPLES.put(int.class, () -> 0);
    SAMPLES.put(double.class, () -> 0.5);
    SAMPLES.put(char.class, () -> '*');
    SAMPLES.put(boolean.class, () -> false);

    RECEIVERS.put(PiiScanner.class, () -> SCANNER);
    RECEIVERS.put(PiiScanner.Builder.class, PiiScanner::builder);
    RECEIVERS.put(Finding.class, () -> FINDING);
    RECEIVERS.put(Explanation.class, () -> Explanation.of("test"));
    RECEIVERS.put(PiiType.class, () -> PiiType.PERSON);
    RECEIVERS.put(DetectorConfig.class, () -> DetectorConfig.of(Map.of("words", "colis"), List.of("fr")));
    RECEIVERS.put(ScanContext.class, () -> ScanContext.of(TEXT, "fr"));
    RECEIVERS.put(TextView.class, () -> TextView.of(TEXT));
    RECEIVERS.put(TextView.Builder.class, () -> TextView.builder(TextView.of(TEXT), "step"));
    RECEIVERS.put(OffsetMap.class, () -> OffsetMap.identity(5));
  }

  private static final List<Class<?>> API = List.of(
      PiiScanner.class, PiiScanner.Builder.class, Finding.class, Explanation.class, PiiType.class,
      ScanException.class, FailurePolicy.class, Operators.class, Redaction.class, DetectorConfig.class,
      ScanContext.class, TextView.class, TextView.Builder.class, OffsetMap.class);

  @Test
  void aNullArgumentGivesANullPointerExceptionNamingTheParameter() throws Exception {
    int checked = 0;
    List<String> problems = new ArrayList<>();
    for (Class<?> type : API) {
      List<Executable> members = new ArrayList<>(List.of(type.getConstructors()));
      for (Method m : type.getDeclaredMethods()) {
        if (Modifier.isPublic(m.getModifiers()) && !m.isSynthetic() && !m.isBridge()
            && !List.of("equals", "valueOf").contains(m.getName())) {
          members.add(m);
        }
      }
      for (Executable member : members) {
        Class<?>[] params = member.getParameterTypes();
        for (int i = 0; i < params.length; i++) {
          if (params[i].isPrimitive()) {
            continue;
          }
          String where = type.getSimpleName() + "." + (member instanceof Constructor ? "<init>" : member.getName())
              + "(" + String.join(",", java.util.Arrays.stream(params).map(Class::getSimpleName).toList()) + ")#" + i;
          Object[] args = new Object[params.length];
          for (int k = 0; k < params.length; k++) {
            Supplier<?> sample = SAMPLES.get(params[k]);
            assertTrue(sample != null, "no sample of " + params[k] + " for " + where);
            args[k] = k == i ? null : sample.get();
          }
          Throwable thrown = invoke(member, args);
          checked++;
          if (NULLABLE.contains(where)) {
            if (thrown != null) {
              problems.add(where + " accepts null but threw " + thrown);
            }
          } else if (!(thrown instanceof NullPointerException)) {
            problems.add(where + " threw " + thrown + " instead of NullPointerException");
          } else if (thrown.getMessage() == null || !thrown.getMessage().matches("[a-zA-Z]+(\\[i])?")) {
            problems.add(where + " threw a NullPointerException that names no parameter: " + thrown.getMessage());
          }
        }
      }
    }
    assertEquals(List.of(), problems);
    assertTrue(checked > 60, "checked " + checked);
  }

  private static Throwable invoke(Executable member, Object[] args) throws Exception {
    try {
      if (member instanceof Constructor<?> c) {
        c.newInstance(args);
      } else {
        Method m = (Method) member;
        Object receiver = null;
        if (!Modifier.isStatic(m.getModifiers())) {
          Supplier<?> supplier = RECEIVERS.get(m.getDeclaringClass());
          assertTrue(supplier != null, "no receiver of " + m.getDeclaringClass());
          receiver = supplier.get();
        }
        m.invoke(receiver, args);
      }
      return null;
    } catch (InvocationTargetException e) {
      return e.getCause();
    }
  }

  @Test
  void theBuiltInOperatorsRejectANullFinding() {
    List<Operator> operators = List.of(Operators.typeTag(), Operators.mask(), Operators.pseudonyms().forDocument(),
        Operators.hmac("0123456789abcdef".getBytes(StandardCharsets.UTF_8)));
    for (Operator op : operators) {
      NullPointerException e = assertThrows(NullPointerException.class, () -> op.replacement(null, "Okafor"));
      assertEquals("finding", e.getMessage(), op.toString());
    }
    assertThrows(IllegalStateException.class, () -> Operators.pseudonyms().replacement(FINDING, "Okafor"));
  }

  @Test
  void emptyArgumentsGiveACorrectResultOrAClearRefusal() throws IOException {
    assertEquals(List.of(), SCANNER.scan(""));
    assertEquals(List.of(), SCANNER.scan("", "fr"));
    assertEquals("", SCANNER.redact(""));
    assertEquals(List.of(), SCANNER.scanAll(List.of()));
    assertEquals(List.of(List.of()), SCANNER.scanAll(List.of("")));
    List<Finding> none = new ArrayList<>();
    SCANNER.scan(new StringReader(""), none::add);
    assertEquals(List.of(), none);
    StringWriter out = new StringWriter();
    SCANNER.redact(new StringReader(""), out);
    assertEquals("", out.toString());
    assertEquals("", Redaction.apply("", List.of(), Operators.mask()));
    assertEquals("und", ScanContext.of("", "").language());
    assertEquals(0, TextView.of("").length());

    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().detectors());
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().languages());
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().detectors("test-digits").languages(""));
    assertThrows(IllegalArgumentException.class, () -> PiiScanner.builder().allow(""));
    assertThrows(IllegalArgumentException.class, () -> PiiType.of(""));
    assertThrows(IllegalArgumentException.class, () -> Explanation.of(""));
    assertThrows(IllegalStateException.class, () -> PiiScanner.builder().noProviders().detector().build());
    // No words is no change: an empty deny list adds no detector and no type.
    PiiScanner plain = PiiScanner.builder().detectors("test-digits")
        .allow().deny(PiiType.PERSON).contextWords(PiiType.PERSON).detector().build();
    assertEquals(List.of("test-digits.runs"), plain.detectorIds());
    assertEquals(Set.of(TestDetectors.DIGIT_RUN), plain.types());
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("").build());
    assertTrue(unknown.getMessage().contains("known: test-digits, test-words"), unknown.getMessage());
  }

  @Test
  void brokenTextScansWithoutError() throws IOException {
    Random rnd = new Random(0xBADL);
    List<String> texts = new ArrayList<>(List.of(
        "\uD800", "\uDC00", "\uDC00\uD800", "a\uD83D", "\uDE00b", "48213377\uD800", "\uDFFF48213377",
        "\u0000".repeat(1000), "\u0000marie@exemple.fr\u0000", "\u0001\u0002\u0003\u0004\u007F\u0085\u009F",
        "\u202Erf.elpmexe@eiram\u202C 48213377", "\u2066Okafor\u2069 \u202Dcolis\u202C", "\uFEFF\uFFFE\uFFFF",
        "@".repeat(5000), "a@a".repeat(2000), "0".repeat(20_000), "0 ".repeat(10_000), " at dot".repeat(3000),
        "\r\n".repeat(4000), "\u200B".repeat(5000) + "marie@exemple.fr"));
    for (int i = 0; i < 50; i++) { // binary junk, read as Latin-1 and as random UTF-16 units
      byte[] bytes = new byte[rnd.nextInt(4000)];
      rnd.nextBytes(bytes);
      texts.add(new String(bytes, StandardCharsets.ISO_8859_1));
      StringBuilder units = new StringBuilder();
      for (int k = rnd.nextInt(4000); k > 0; k--) {
        units.append((char) rnd.nextInt(0x10000));
      }
      texts.add(units.toString());
    }
    PiiScanner failClosed = StreamingScanTest.supportDesk().onDetectorFailure(FailurePolicy.REDACT_DOCUMENT).build();
    PiiScanner streaming = StreamingScanTest.supportDesk().streamWindow(97, 512).build();
    for (int i = 0; i < texts.size(); i++) {
      String text = texts.get(i);
      List<Finding> found = SCANNER.scan(text);
      String context = "text " + i;
      assertEquals(found, failClosed.scan(text), context + ": no detector failed");
      for (Finding f : found) {
        assertTrue(f.end() <= text.length(), context);
      }
      List<Finding> streamed = new ArrayList<>();
      streaming.scan(new StringReader(text), streamed::add);
      if (found.stream().allMatch(f -> f.length() <= 512)) {
        assertEquals(found, streamed, context);
      }
      StringWriter out = new StringWriter();
      streaming.redact(new StringReader(text), out);
      if (found.isEmpty()) {
        assertEquals(text, out.toString(), context + ": nothing found, nothing changed");
        assertEquals(text, SCANNER.redact(text), context);
      }
    }
    assertTrue(SCANNER.redact("\u0000 48213377 \uD800").equals("\u0000 <DIGIT_RUN> \uD800"));
  }
}
