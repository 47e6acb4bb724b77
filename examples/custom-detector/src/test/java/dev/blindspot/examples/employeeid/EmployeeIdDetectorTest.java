package dev.blindspot.examples.employeeid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.spi.DetectorProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.ValueSource;

class EmployeeIdDetectorTest {

  private static final PiiScanner SCANNER =
      PiiScanner.builder().detectors("employee-id").languages("en", "fr").build();

  /** The single finding in {@code text}, checked to cover exactly {@code value}. */
  private static Finding onlyFinding(PiiScanner scanner, String text, String value) {
    List<Finding> found = scanner.scan(text);
    assertEquals(1, found.size(), () -> "findings: " + found);
    Finding f = found.get(0);
    int start = text.indexOf(value);
    assertEquals(start, f.start());
    assertEquals(start + value.length(), f.end());
    assertEquals(EmployeeIdDetector.EMPLOYEE_ID, f.type());
    assertEquals("employee-id", f.detectorId());
    return f;
  }

  @Test
  void findsAnIdInEnglishWithContext() {
    Finding f = onlyFinding(
        SCANNER, "Please ask the employee EMP-004218 at the front desk.", "EMP-004218");
    assertEquals(1.0, f.score(), 1e-9);
    assertEquals(List.of("luhn"), f.explanation().validations());
    assertEquals(List.of("employee"), f.explanation().contextWords());
  }

  @Test
  void findsAnIdInFrenchWithASpaceAndAccentedContext() {
    Finding f = onlyFinding(
        SCANNER, "Le salarié concerné (EMP 018770) a rappelé ce matin.", "EMP 018770");
    assertEquals(List.of("salarié"), f.explanation().contextWords());
  }

  @Test
  void aValidIdNeedsNoContext() {
    Finding f = onlyFinding(
        SCANNER, "Ticket reassigned to EMP-033126 after the 14:00 call.", "EMP-033126");
    assertEquals(EmployeeIdDetector.SCORE_VALID, f.score(), 1e-9);
    assertEquals(List.of(), f.explanation().contextWords());
  }

  @Test
  void redactsEnglishAndFrenchLines() {
    assertEquals(
        "Hi, this is Nadia from payroll, my staff number is <EMPLOYEE_ID>.",
        SCANNER.redact("Hi, this is Nadia from payroll, my staff number is EMP-004218."));
    assertEquals(
        "Bonjour, mon matricule est <EMPLOYEE_ID> et celui de mon collègue <EMPLOYEE_ID>.",
        SCANNER.redact(
            "Bonjour, mon matricule est emp-029405 et celui de mon collègue EMP\u00A0044511."));
  }

  @ParameterizedTest
  @ValueSource(strings = {"EMP-004218", "EMP004218", "emp-004218", "Emp 004218",
      "EMP\u00A0004218", "EMP\u2011004218", "EMP\u2013004218"})
  void acceptsEveryWrittenForm(String id) {
    onlyFinding(SCANNER, "Badge holder: " + id + ".", id);
  }

  @ParameterizedTest
  @ValueSource(strings = {"XEMP-004218", "EMP-0042181", "EMP-00421", "EMP-004218b",
      "TEMP-004218", "EMP--004218", "EMPLOYEE-004218", "EMP_004218", "EMP-00421\uFF18",
      "3EMP-004218", "EMP-004218\u0663"})
  void ignoresLookalikes(String text) {
    assertEquals(List.of(), SCANNER.scan("Badge holder: " + text + " today."));
  }

  @Test
  void aWrongCheckDigitNeedsAContextWord() {
    String typo = "EMP-004219";
    assertEquals(List.of(), SCANNER.scan("Windows build " + typo + " crashed at start-up."));
    Finding f = onlyFinding(SCANNER, "Matricule : " + typo + " (à vérifier).", typo);
    assertEquals(EmployeeIdDetector.SCORE_INVALID + EmployeeIdDetector.CONTEXT_BOOST,
        f.score(), 1e-9);
    assertEquals(List.of(), f.explanation().validations());
    assertEquals(List.of("matricule"), f.explanation().contextWords());
  }

  @Test
  void contextWordsFollowTheConfiguredLanguages() {
    PiiScanner english = PiiScanner.builder().detectors("employee-id").languages("en").build();
    assertEquals(List.of(), english.scan("Son matricule : EMP-004219."));
    onlyFinding(english, "Her badge: EMP-004219.", "EMP-004219");
    PiiScanner allLanguages = PiiScanner.builder().detectors("employee-id").build();
    onlyFinding(allLanguages, "Die Personalnummer lautet EMP-004219.", "EMP-004219");
  }

  @Test
  void contextWordsCountOnlyAsWholeWordsInTheWindow() {
    assertEquals(List.of(), SCANNER.scan("The badges are ready; wrong ref EMP-004219."));
    String far = "Badge. " + "x".repeat(EmployeeIdDetector.CONTEXT_WINDOW) + " EMP-004219";
    assertEquals(List.of(), SCANNER.scan(far));
    String longWord = "Badge " + "y".repeat(100) + "badge EMP-004219";
    assertEquals(List.of(), SCANNER.scan(longWord));
  }

  @Test
  void offsetsAreUtf16IndexesAfterAnEmoji() {
    String text = "\uD83C\uDFAB Badge \uD83D\uDE00: EMP-004218";
    Finding f = onlyFinding(SCANNER, text, "EMP-004218");
    assertEquals(text.length() - 10, f.start());
  }

  @Test
  void thePrefixIsConfigurable() {
    PiiScanner staff =
        PiiScanner.builder().detectors("employee-id").configure("employee-id", "prefix", "STAFF")
            .build();
    onlyFinding(staff, "Contact STAFF-004218 for access.", "STAFF-004218");
    assertEquals(List.of(), staff.scan("Contact EMP-004218 for access."));
  }

  @Test
  void theCheckDigitCanBeTurnedOff() {
    PiiScanner unchecked =
        PiiScanner.builder()
            .detectors("employee-id")
            .configure("employee-id", "check-digit", "false")
            .build();
    Finding f = onlyFinding(unchecked, "Ref EMP-004219 closed.", "EMP-004219");
    assertEquals(EmployeeIdDetector.SCORE_UNCHECKED, f.score(), 1e-9);
  }

  @Test
  void badConfigurationFailsLoudly() {
    IllegalArgumentException unknown = assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("employee-id")
            .configure("employee-id", "suffix", "X").build());
    assertTrue(unknown.getMessage().contains("check-digit, prefix"), unknown.getMessage());
    assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("employee-id")
            .configure("employee-id", "prefix", "emp").build());
    assertThrows(IllegalArgumentException.class,
        () -> PiiScanner.builder().detectors("employee-id")
            .configure("employee-id", "check-digit", "yes").build());
  }

  @Test
  void isFoundByServiceLoader() {
    boolean found = ServiceLoader.load(DetectorProvider.class).stream()
        .anyMatch(p -> p.type() == EmployeeIdProvider.class);
    assertTrue(found);
    assertEquals(List.of("employee-id"), SCANNER.detectorIds());
  }

  @Test
  void repeatedPrefixesWithoutDigitsFindNothing() {
    assertEquals(List.of(), SCANNER.scan("EMP".repeat(100_000) + "-00421"));
    assertEquals(List.of(), SCANNER.scan("E".repeat(100_000)));
  }

  @Test
  void streamingGivesTheSameResultAsInMemory() throws IOException {
    Random random = new Random(42L);
    String[] sentences = {
      "The printer on floor 3 is out of toner again. ",
      "Merci de redémarrer le routeur avant de rappeler. ",
      "Version 4.12.0 fixes the sync issue, see ticket INC-20391. ",
      "Commande n° 2024-118734 expédiée le 12/03. ",
    };
    StringBuilder text = new StringBuilder();
    int ids = 0;
    while (text.length() < 300_000) {
      text.append(sentences[random.nextInt(sentences.length)]);
      if (random.nextInt(4) == 0) {
        String serial = String.format("%05d", random.nextInt(100_000));
        text.append(random.nextBoolean() ? "Badge " : "Matricule ")
            .append("EMP-").append(serial).append(EmployeeIdCheckDigit.compute(serial))
            .append(". ");
        ids++;
      }
    }
    String doc = text.toString();
    List<Finding> inMemory = SCANNER.scan(doc);
    assertEquals(ids, inMemory.size());
    List<Finding> streamed = new ArrayList<>();
    SCANNER.scan(new StringReader(doc), streamed::add);
    assertEquals(inMemory, streamed);
    StringWriter redacted = new StringWriter();
    SCANNER.redact(new StringReader(doc), redacted);
    assertEquals(SCANNER.redact(doc), redacted.toString());
    assertFalse(redacted.toString().contains("EMP-"));
  }

  @Test
  void toStringShowsConfigurationOnly() {
    String s = new EmployeeIdDetector("EMP", true, List.of("fr")).toString();
    assertEquals("EmployeeIdDetector[prefix=EMP, checkDigit=true, contextWords=9]", s);
  }
}
