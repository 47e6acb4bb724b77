package dev.blindspot.redact;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertNotEquals;
import static org.junit.jupiter.api.Assertions.assertSame;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.testing.Canary;
import dev.blindspot.testing.TestDetectors;
import java.io.IOException;
import java.nio.charset.StandardCharsets;
import java.nio.file.Files;
import java.nio.file.NoSuchFileException;
import java.nio.file.Path;
import java.util.ArrayList;
import java.util.HexFormat;
import java.util.List;
import javax.crypto.Mac;
import javax.crypto.spec.SecretKeySpec;
import org.junit.jupiter.api.Test;
import org.junit.jupiter.api.io.TempDir;

/** The built-in operators: type tags, per-document pseudonyms, masks and keyed hashes. */
class OperatorsTest {

  private static final byte[] KEY = "0123456789abcdef-blindspot-test".getBytes(StandardCharsets.UTF_8);

  private static Finding finding(PiiType type, String text, String value) {
    int start = text.indexOf(value);
    return new Finding(type, start, start + value.length(), 0.9, "test", Explanation.of("test"));
  }

  /** Findings for each value, in the order given, located left to right in the text. */
  private static List<Finding> findings(String text, PiiType type, String... values) {
    List<Finding> out = new ArrayList<>();
    int from = 0;
    for (String v : values) {
      int start = text.indexOf(v, from);
      out.add(new Finding(type, start, start + v.length(), 0.9, "test", Explanation.of("test")));
      from = start + v.length();
    }
    return out;
  }

  @Test
  void typeTagIsTheDefaultOfTheScanner() {
    String text = "Agent : Mme Okafor, votre ticket est clôturé.";
    assertEquals("<PERSON>", Operators.typeTag().replacement(finding(PiiType.PERSON, text, "Okafor"), "Okafor"));
    PiiScanner scanner = PiiScanner.builder().noProviders().deny(PiiType.PERSON, "Okafor").build();
    assertEquals("Agent : Mme <PERSON>, votre ticket est clôturé.", scanner.redact(text));
    assertSame(Operators.typeTag(), Operators.typeTag().forDocument());
  }

  @Test
  void pseudonymsAreConsistentWithinADocumentIgnoringCaseAndSpaces() {
    String text = "Jean Dupont a appelé. Marie Curie aussi. Puis JEAN   DUPONT, puis jean\tdupont, et marie curie.";
    List<Finding> found = findings(text, PiiType.PERSON,
        "Jean Dupont", "Marie Curie", "JEAN   DUPONT", "jean\tdupont", "marie curie");
    assertEquals(
        "<PERSON_1> a appelé. <PERSON_2> aussi. Puis <PERSON_1>, puis <PERSON_1>, et <PERSON_2>.",
        Redaction.apply(text, found, Operators.pseudonyms()));
  }

  @Test
  void pseudonymsAreNumberedPerType() {
    String text = "Okafor <okafor@exemple.fr> et Nguyen";
    List<Finding> found = List.of(
        finding(PiiType.PERSON, text, "Okafor"),
        finding(PiiType.EMAIL_ADDRESS, text, "okafor@exemple.fr"),
        finding(PiiType.PERSON, text, "Nguyen"));
    assertEquals("<PERSON_1> <<EMAIL_ADDRESS_1>> et <PERSON_2>", Redaction.apply(text, found, Operators.pseudonyms()));
  }

  @Test
  void pseudonymsRestartWithEveryDocument() {
    PiiScanner scanner = PiiScanner.builder().noProviders().deny(PiiType.PERSON, "Okafor", "Nguyen").build();
    Operator pseudonyms = Operators.pseudonyms();
    assertEquals(
        "<PERSON_1> puis <PERSON_2> puis <PERSON_1>",
        scanner.redact("Nguyen puis Okafor puis nguyen", pseudonyms));
    assertEquals("<PERSON_1> seul", scanner.redact("Okafor seul", pseudonyms));
    String text = "Okafor";
    List<Finding> found = List.of(finding(PiiType.PERSON, text, "Okafor"));
    assertEquals("<PERSON_1>", Redaction.apply(text, found, pseudonyms));
    assertEquals("<PERSON_1>", Redaction.apply(text, found, pseudonyms));
  }

  @Test
  void thePseudonymPrototypeRefusesToReplace() {
    Operator prototype = Operators.pseudonyms();
    IllegalStateException e = assertThrows(
        IllegalStateException.class,
        () -> prototype.replacement(finding(PiiType.PERSON, "Okafor", "Okafor"), "Okafor"));
    assertTrue(e.getMessage().contains("forDocument"), e.getMessage());
    Operator document = prototype.forDocument();
    assertEquals("<PERSON_1>", document.replacement(finding(PiiType.PERSON, "Okafor", "Okafor"), "Okafor"));
    assertEquals("<PERSON_2>", document.replacement(finding(PiiType.PERSON, "Nguyen", "Nguyen"), "Nguyen"));
    Finding nguyen = finding(PiiType.PERSON, "Nguyen", "Nguyen");
    assertEquals("<PERSON_1>", prototype.forDocument().replacement(nguyen, "Nguyen"));
  }

  @Test
  void maskKeepsSeparatorsTheFirstCharAndTheTopLevelDomainOfEmails() {
    Operator mask = Operators.mask();
    assertEquals("j***.*****@*******.com",
        mask.replacement(finding(PiiType.EMAIL_ADDRESS, "x", "x"), "john.smith@outlook.com"));
    assertEquals("m****-******.******@****.****.fr",
        mask.replacement(finding(PiiType.EMAIL_ADDRESS, "x", "x"), "marie-hélène.dupont@mail.free.fr"));
    assertEquals("+3* * ** ** ** **",
        mask.replacement(finding(PiiType.PHONE_NUMBER, "x", "x"), "+33 6 12 34 56 78"));
    assertEquals("F*-********-*", mask.replacement(finding(PiiType.of("ACCOUNT_ID"), "x", "x"), "FR-48213377-B"));
    // The TLD rule is for e-mail addresses only; a value without '@' is masked whole.
    assertEquals("w**.*******.**", mask.replacement(finding(PiiType.URL, "x", "x"), "www.exemple.fr"));
    // A letter outside the BMP is masked as one char.
    assertEquals("A*#", mask.replacement(finding(PiiType.PERSON, "x", "x"), "A\uD835\uDC01#"));
  }

  @Test
  void maskCharMustNotBeALetterDigitOrSurrogate() {
    assertEquals("j###@#######.fr",
        Operators.mask('#').replacement(finding(PiiType.EMAIL_ADDRESS, "x", "x"), "jean@exemple.fr"));
    assertThrows(IllegalArgumentException.class, () -> Operators.mask('x'));
    assertThrows(IllegalArgumentException.class, () -> Operators.mask('7'));
    assertThrows(IllegalArgumentException.class, () -> Operators.mask('\uD83D'));
  }

  @Test
  void hmacNeedsAKeyOfSixteenBytes() {
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class, () -> Operators.hmac(new byte[15]));
    assertTrue(e.getMessage().contains("16"), e.getMessage());
    assertThrows(NullPointerException.class, () -> Operators.hmac(null));
    Operators.hmac(new byte[16]);
  }

  @Test
  void hmacIsTheTruncatedHmacSha256OfTheValue() throws Exception {
    String value = "marie.curie@exemple.fr";
    Finding f = finding(PiiType.EMAIL_ADDRESS, value, value);
    Mac mac = Mac.getInstance("HmacSHA256");
    mac.init(new SecretKeySpec(KEY, "HmacSHA256"));
    String expected = HexFormat.of().formatHex(mac.doFinal(value.getBytes(StandardCharsets.UTF_8)), 0, 16);
    assertEquals("<EMAIL_ADDRESS:" + expected + ">", Operators.hmac(KEY).replacement(f, value));
  }

  @Test
  void hmacIsDeterministicPerKeyAndDiffersAcrossKeys() {
    String value = "marie.curie@exemple.fr";
    Finding f = finding(PiiType.EMAIL_ADDRESS, value, value);
    Operator op = Operators.hmac(KEY);
    String tag = op.replacement(f, value);
    assertTrue(tag.matches("<EMAIL_ADDRESS:[0-9a-f]{32}>"), tag);
    assertEquals(tag, op.replacement(f, value));
    assertEquals(tag, op.forDocument().replacement(f, value));
    assertEquals(tag, Operators.hmac(KEY.clone()).replacement(f, value));
    assertNotEquals(tag, op.replacement(f, "marie.curie@exemple.com"));
    byte[] otherKey = KEY.clone();
    otherKey[0] ^= 1;
    assertNotEquals(tag, Operators.hmac(otherKey).replacement(f, value));
  }

  @Test
  void hmacCopiesItsKey() {
    byte[] key = KEY.clone();
    Operator op = Operators.hmac(key);
    Finding f = finding(PiiType.PERSON, "Okafor", "Okafor");
    String before = op.replacement(f, "Okafor");
    key[3] ^= 0x55;
    assertEquals(before, op.replacement(f, "Okafor"));
  }

  @Test
  void hmacNeverShowsTheKeyOrTheValue() {
    String keyText = "canary.7f3a@leak-test.example"; // 29 bytes: a key made of a canary
    Operator op = Operators.hmac(keyText.getBytes(StandardCharsets.UTF_8));
    Finding f = finding(PiiType.EMAIL_ADDRESS, Canary.EMAIL, Canary.EMAIL);
    String out = op.replacement(f, Canary.EMAIL);
    Canary.assertAbsent("hmac output", out);
    Canary.assertAbsent("hmac toString", op.toString());
    Canary.assertAbsent("hmac document toString", op.forDocument().toString());
    String keyHex = HexFormat.of().formatHex(keyText.getBytes(StandardCharsets.UTF_8));
    assertFalse(out.contains(keyHex.substring(0, 16)));
    assertFalse(op.toString().contains(keyHex.substring(0, 16)));
    Finding digits = finding(TestDetectors.DIGIT_RUN, Canary.DIGITS, Canary.DIGITS);
    Canary.assertAbsent("hmac of digits", op.replacement(digits, Canary.DIGITS));
  }

  @Test
  void operatorsShowNoValuesInToString() {
    Operator pseudonyms = Operators.pseudonyms();
    Operator document = pseudonyms.forDocument();
    document.replacement(finding(PiiType.EMAIL_ADDRESS, Canary.EMAIL, Canary.EMAIL), Canary.EMAIL);
    Canary.assertAbsent("pseudonyms", pseudonyms.toString());
    Canary.assertAbsent("pseudonym table", document.toString());
  }

  @Test
  void readsAKeyFileWithoutTheLineEndsAtItsEnd(@TempDir Path dir) throws IOException {
    Path file = dir.resolve("hmac.key");
    Files.writeString(file, "correct horse battery staple\r\n\n", StandardCharsets.UTF_8);
    assertEquals("correct horse battery staple",
        new String(Operators.readHmacKey(file), StandardCharsets.UTF_8));
    Files.write(file, new byte[] {'k', '\n', 'e', 'y', 0});
    assertEquals(5, Operators.readHmacKey(file).length, "only the line ends at the end go");
  }

  @Test
  void refusesAKeyFileTooLargeToBeAKeyAndReportsAMissingOne(@TempDir Path dir) throws IOException {
    Path large = dir.resolve("large.bin");
    Files.write(large, new byte[(int) Operators.MAX_HMAC_KEY_FILE_BYTES + 1]);
    IllegalArgumentException e =
        assertThrows(IllegalArgumentException.class, () -> Operators.readHmacKey(large));
    assertTrue(e.getMessage().contains("large.bin"), e.getMessage());
    Files.write(large, new byte[(int) Operators.MAX_HMAC_KEY_FILE_BYTES]);
    assertEquals(Operators.MAX_HMAC_KEY_FILE_BYTES, Operators.readHmacKey(large).length);
    assertThrows(NoSuchFileException.class, () -> Operators.readHmacKey(dir.resolve("none")));
  }
}
