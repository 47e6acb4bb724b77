package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.redact.Operators;
import dev.blindspot.spi.DetectorConfig;
import dev.blindspot.spi.DetectorProvider;
import java.io.IOException;
import java.io.StringReader;
import java.io.StringWriter;
import java.util.List;
import java.util.ServiceLoader;
import org.junit.jupiter.api.Test;

/** The family is found by name and works with the regex family through the scanner. */
class FuzzyDetectorProviderTest {

  private static final PiiScanner SCANNER =
      PiiScanner.builder().detectors("regex", "fuzzy").languages("en", "fr").build();

  @Test
  void redactsAnObfuscatedAddress() {
    assertEquals(
        "Mail me at <EMAIL_ADDRESS> please",
        SCANNER.redact("Mail me at john.smith @outlook.com please"));
  }

  @Test
  void reportsTheWholeObfuscatedSpanWithItsExplanation() {
    String text = "Bonjour, écrivez à jean.dupont arobase orange point fr svp.";
    List<Finding> findings = SCANNER.scan(text);
    assertEquals(1, findings.size());
    Finding f = findings.get(0);
    assertEquals(PiiType.EMAIL_ADDRESS, f.type());
    assertEquals("jean.dupont arobase orange point fr", f.text(text));
    assertEquals(19, f.start());
    assertEquals("fuzzy.email", f.detectorId());
    assertEquals("pattern:email", f.explanation().recognizer());
    assertEquals(List.of("at-dot-words", "email-obfuscation-undone"), f.explanation().normalizations());
    assertTrue(f.score() > 0.5);
  }

  @Test
  void cleanAndObfuscatedAddressesTogether() {
    String text = "Old: a.b@example.com, new: john [at] outlook [dot] com, thanks";
    assertEquals("Old: <EMAIL_ADDRESS>, new: <EMAIL_ADDRESS>, thanks", SCANNER.redact(text));
    List<Finding> findings = SCANNER.scan(text);
    assertEquals("regex.email", findings.get(0).detectorId());
    assertEquals("fuzzy.email", findings.get(1).detectorId());
  }

  @Test
  void aSpacedDotBeforeACleanAddressWidensItsFinding() {
    // The regex family finds "smith@outlook.com"; this family the whole "john . smith@outlook.com".
    String text = "c'est john . smith@outlook.com";
    assertEquals("c'est <EMAIL_ADDRESS>", SCANNER.redact(text));
  }

  @Test
  void streamingRedactionUndoesObfuscationToo() throws IOException {
    StringWriter out = new StringWriter();
    SCANNER.redact(new StringReader("Mail me at john [at] outlook [dot] com please"), out);
    assertEquals("Mail me at <EMAIL_ADDRESS> please", out.toString());
  }

  @Test
  void contextWordsLiftAnImplausibleCandidateOverTheThreshold() {
    String text = "email: available at amazon dot com";
    assertEquals(List.of(), SCANNER.scan(text));
    PiiScanner withContext =
        PiiScanner.builder()
            .detectors("regex", "fuzzy")
            .contextWords(PiiType.EMAIL_ADDRESS, "email")
            .build();
    assertEquals("email: <EMAIL_ADDRESS>", withContext.redact(text));
  }

  @Test
  void redactsDisguisedNumbersAndAddressesThroughTheScanner() {
    assertEquals("Appelez-moi au <PHONE_NUMBER> svp",
        SCANNER.redact("Appelez-moi au zéro six, douze, trente-quatre, cinquante-six, "
            + "soixante-dix-huit svp", "fr", Operators.typeTag()));
    assertEquals("card <CREDIT_CARD> exp 12/26",
        SCANNER.redact("card 4111_1111_1111_1111 exp 12/26", "en", Operators.typeTag()));
    assertEquals("mail <EMAIL_ADDRESS> ok", SCANNER.redact("mail ｊｏｈｎ＠ｏｕｔｌｏｏｋ．ｃｏｍ ok"));
    assertEquals("write to <EMAIL_ADDRESS> now", SCANNER.redact("write to john&#64;outlook&#46;com now"));
  }

  @Test
  void isRegisteredWithTheServiceLoader() {
    boolean found = false;
    for (DetectorProvider p : ServiceLoader.load(DetectorProvider.class)) {
      found |= p instanceof FuzzyDetectorProvider && p.name().equals("fuzzy");
    }
    assertTrue(found);
    assertEquals(
        List.of("fuzzy.email", "fuzzy.structured"),
        new FuzzyDetectorProvider().create(DetectorConfig.empty(List.of())).stream()
            .map(d -> d.id())
            .toList());
  }
}
