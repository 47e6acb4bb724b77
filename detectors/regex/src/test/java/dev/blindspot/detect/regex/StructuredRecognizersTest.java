package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Explanation;
import dev.blindspot.Finding;
import dev.blindspot.PiiScanner;
import dev.blindspot.PiiType;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.api.Test;

/** The public entry point, the scoring model and the validators. */
class StructuredRecognizersTest {

  private static final StructuredRecognizers RECOGNIZERS =
      StructuredRecognizers.of(List.of("fr", "en"));

  record Value(PiiType type, int start, int end, double score, Explanation why) {}

  private static List<Value> scan(CharSequence text, String language) {
    List<Value> out = new ArrayList<>();
    RECOGNIZERS.scan(text, language, (type, start, end, score, why) ->
        out.add(new Value(type, start, end, score, why)));
    return out;
  }

  private static Value only(String text, String language) {
    List<Value> found = scan(text, language);
    assertEquals(1, found.size(), found.toString());
    return found.get(0);
  }

  @Test
  void reportsOffsetsOfTheGivenCharSequenceWithExplanations() {
    //             0         1         2         3         4
    //             0123456789012345678901234567890123456789012345
    String text = "IBAN : FR76 3000 6000 0112 3456 7890 189, merci";
    Value v = only(text, "fr");
    assertEquals(PiiType.IBAN_CODE, v.type());
    assertEquals(7, v.start());
    assertEquals(40, v.end());
    assertEquals("pattern:iban", v.why().recognizer());
    assertEquals(List.of("length:FR", "mod97"), v.why().validations());
    assertEquals(List.of("iban"), v.why().contextWords());
    assertEquals(1.0, v.score());
  }

  @Test
  void worksOnANormalizedViewThroughItsOffsetMap() {
    // A view that drops a zero-width space inside the number, as the fuzzy family builds.
    String original = "carte 4111 1111\u200B 1111 1111 ok";
    int zw = original.indexOf('\u200B');
    TextView view = TextView.builder(TextView.of(original), "zero-width-removed")
        .copy(zw).skip(zw + 1).build();
    List<int[]> spans = new ArrayList<>();
    RECOGNIZERS.scan(view.text(), "fr", (type, start, end, score, why) ->
        spans.add(new int[] {view.originalStart(start), view.originalEnd(end)}));
    assertEquals(1, spans.size());
    assertEquals("4111 1111\u200B 1111 1111",
        original.substring(spans.get(0)[0], spans.get(0)[1]));
  }

  @Test
  void checksumScoresHighAndNegativeContextDropsItBelowTheThreshold() {
    assertEquals(Recognizer.CHECKSUM, only("4111 1111 1111 1111", "en").score());
    Value order = only("Order number 4111 1111 1111 1111", "en");
    assertEquals(Recognizer.CHECKSUM - ContextWords.PENALTY, order.score(), 1e-9);
    assertTrue(order.why().contextWords().contains("not:order number")
        || order.why().contextWords().contains("not:order"), order.why().toString());
    assertTrue(scan("4111 1111 1111 1112", "en").isEmpty(), "Luhn-failing");
  }

  @Test
  void bareDigitsNeedContext() {
    Value bare = only("0612345678", "fr");
    assertEquals(PiiType.PHONE_NUMBER, bare.type());
    assertTrue(bare.score() < 0.5, "bare: " + bare.score());
    Value withContext = only("Mon portable : 0612345678", "fr");
    assertTrue(withContext.score() >= 0.5, "context: " + withContext.score());
    assertEquals(List.of("portable"), withContext.why().contextWords());
    assertTrue(only("06 12 34 56 78", "fr").score() >= 0.5, "formatted");
    assertTrue(only("+33 6 12 34 56 78", "und").score() >= 0.8, "international");
  }

  @Test
  void contextWordsAreWholeWordsAndAccentInsensitive() {
    assertTrue(only("Numero de telephone 0612345678", "fr").score() >= 0.5);
    // "stel" is not "tel", "portables" is not "portable".
    assertTrue(only("stel 0612345678", "fr").score() < 0.5);
    assertTrue(only("portables 0612345678", "fr").score() < 0.5);
  }

  @Test
  void phoneRegionsFollowTheLanguage() {
    // A French national number is not valid in the United States, so an English text misses it
    // unless the scanner's languages include French.
    assertTrue(StructuredRecognizers.of(List.of("en")).types().contains(PiiType.PHONE_NUMBER));
    assertEquals(List.of("FR", "BE", "CH", "CA", "LU"), PhoneRecognizer.regions(List.of("fr")));
    assertEquals(PhoneRecognizer.DEFAULT_REGIONS, PhoneRecognizer.regions(List.of()));
    assertEquals(1, scan("tél 06 12 34 56 78", "fr").size());
    assertTrue(scan("tel 06 12 34 56 78", "en").isEmpty());
  }

  @Test
  void overlappingCandidatesKeepTheMostConfident() {
    // An Amex number is also fifteen Luhn digits, the shape of an IMEI: the card wins...
    Value card = only("378282246310005", "en");
    assertEquals(PiiType.CREDIT_CARD, card.type());
    // ...unless the context says IMEI.
    Value imei = only("IMEI 378282246310005", "en");
    assertEquals(PiiType.of("IMEI"), imei.type());
  }

  @Test
  void validators() {
    assertTrue(FrNirRecognizer.valid("185052A00608435"));
    assertTrue(FrNirRecognizer.valid("185052a00608435"));
    assertFalse(FrNirRecognizer.valid("185052B00608435"));
    assertFalse(FrNirRecognizer.valid("185050000608435"));
    assertEquals("visa", CreditCardRecognizer.issuer("4111111111111111"));
    assertEquals("mastercard", CreditCardRecognizer.issuer("2720990000000000"));
    assertEquals(null, CreditCardRecognizer.issuer("2721000000000000"));
    assertEquals("amex", CreditCardRecognizer.issuer("371449635398431"));
    assertTrue(UkNinoRecognizer.valid("AB123456C"));
    assertFalse(UkNinoRecognizer.valid("AB123456E"));
    assertTrue(IpAddressRecognizer.ipv6("::", 0, 2) == false);
    assertTrue(IpAddressRecognizer.ipv6("1:2:3:4:5:6:7:8", 0, 15));
    assertFalse(IpAddressRecognizer.ipv6("1:2:3:4:5:6:7:8:9", 0, 17));
    assertFalse(IpAddressRecognizer.ipv6("1::2::3", 0, 7));
    assertEquals(89, IbanRecognizer.countries().size());
  }

  @Test
  void contextDecidesBetweenTypesSharingTheSameDigits() {
    // 123460487 passes the Dutch 11-test, the Canadian SIN Luhn check and the Australian TFN check.
    String digits = "123460487";
    assertTrue(NationalIds.nlBsn(digits) && NationalIds.caSin(digits) && TaxIds.auTfn(digits));
    Value bare = only("ID " + digits, "en");
    assertEquals(Recognizer.WEAK_CHECKSUM, bare.score(), 1e-9, "a 1-in-10 check alone");
    assertEquals(PiiType.of("NL_BSN"), only("Mijn BSN is " + digits, "nl").type());
    assertEquals(PiiType.of("CA_SIN"), only("Mon NAS est le " + digits, "fr").type());
    assertEquals(PiiType.of("AU_TFN"), only("My tax file number is " + digits, "en").type());
    Value sin = only("Social insurance number " + digits, "en");
    assertEquals(PiiType.of("CA_SIN"), sin.type());
    assertEquals(Recognizer.WEAK_CHECKSUM + ContextWords.BOOST, sin.score(), 1e-9);
    assertEquals(List.of("social insurance number"), sin.why().contextWords());
    assertTrue(scan("Order number " + digits, "en").isEmpty(), "negative context drops it");
  }

  @Test
  void letterOnlyBicsComeThroughTheWordPathAndNeedContext() {
    //             0         1
    //             0123456789012345678
    Value bic = only("Code BIC BNPAFRPPXXX", "fr");
    assertEquals(PiiType.of("BIC"), bic.type());
    assertEquals(9, bic.start());
    assertEquals(20, bic.end());
    assertEquals(List.of("country:FR"), bic.why().validations());
    assertTrue(scan("Please send BNPAFRPP today", "en").isEmpty(), "no context, no hit");
    assertTrue(scan("BIC: BNPAFRPPé", "fr").isEmpty(), "not a whole word");
    assertTrue(scan("BIC: BnpaFRPP", "fr").isEmpty(), "upper case only");
    List<int[]> words = new ArrayList<>();
    CandidateScanner.scan("BIC DEUTDEFF, SWIFT COBADEFFXXX or Hello WORLDWIDE", new Run(),
        new CandidateScanner.Handler() {
          @Override
          public void onRun(Run run) {}

          @Override
          public void onUrl(int start, int end) {}

          @Override
          public void onWord(int start, int end) {
            words.add(new int[] {start, end});
          }
        });
    assertEquals(2, words.size(), "WORLDWIDE has 9 letters");
    assertEquals(4, words.get(0)[0]);
    assertEquals(20, words.get(1)[0]);
    assertEquals(31, words.get(1)[1]);
  }

  @Test
  void cryptoExplanationsNameTheScheme() {
    assertEquals(List.of("base58check"),
        only("wallet 1A1zP1eP5QGefi2DMPTfTL5SLmv7DivfNa", "en").why().validations());
    assertEquals(List.of("bech32"),
        only("bc1qw508d6qejxtdg4y5r3zarvary0c5xw7kv8f3t4", "en").why().validations());
    assertEquals(List.of("bech32m"), only(
        "bc1p0xlxvlhemja6c4dqv22uapctqupfhlxm9h8z3k2e72q4k9hcz7vqzk5jj0", "en").why().validations());
    Value eip55 = only("0x5aAeb6053F3E94C9b9A09f33669435E7Ef1BeAed", "en");
    assertEquals(List.of("eip55"), eip55.why().validations());
    assertEquals(Recognizer.CHECKSUM, eip55.score());
    Value lower = only("0xde709f2102306220921060314715629080e2fb77", "en");
    assertEquals(List.of("hex-format"), lower.why().validations());
    assertTrue(lower.score() < 0.5, "no checksum without mixed case");
  }

  @Test
  void datesNeedABirthWord() {
    assertTrue(only("le 14/07/1985", "fr").score() < 0.5);
    Value born = only("née le 14/07/1985", "fr");
    assertEquals(PiiType.DATE_TIME, born.type());
    assertTrue(born.score() >= 0.5);
    assertTrue(scan("born 31/02/1985", "en").isEmpty(), "no such date");
  }

  @Test
  void rejectsBadArgumentsWithoutText() {
    assertThrows(NullPointerException.class, () -> RECOGNIZERS.scan(null, "en", (t, s, e, sc, w) -> { }));
    IllegalArgumentException e = assertThrows(IllegalArgumentException.class,
        () -> RECOGNIZERS.scan("secret 4111 1111 1111 1111", "%%", (t, s, en, sc, w) -> { }));
    assertFalse(e.getMessage().contains("secret"));
    assertFalse(RECOGNIZERS.toString().contains("4111"));
  }

  @Test
  void theScannerReportsEveryFamilyMemberUnderItsDetectorId() {
    PiiScanner scanner = PiiScanner.builder().detectors("regex").languages("fr").build();
    String text = "Bonjour, je suis joignable au 06 12 34 56 78 ou par mail à "
        + "jean.dupont@orange.fr ; mon IBAN est FR76 3000 6000 0112 3456 7890 189.";
    List<Finding> findings = scanner.scan(text, "fr");
    assertEquals(3, findings.size(), findings.toString());
    assertEquals(PiiType.PHONE_NUMBER, findings.get(0).type());
    assertEquals("regex.structured", findings.get(0).detectorId());
    assertEquals(PiiType.EMAIL_ADDRESS, findings.get(1).type());
    assertEquals(PiiType.IBAN_CODE, findings.get(2).type());
    assertEquals("Bonjour, je suis joignable au <PHONE_NUMBER> ou par mail à "
        + "<EMAIL_ADDRESS> ; mon IBAN est <IBAN_CODE>.", scanner.redact(text));
  }
}
