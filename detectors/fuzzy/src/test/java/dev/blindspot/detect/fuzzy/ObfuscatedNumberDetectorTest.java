package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertTrue;

import dev.blindspot.Explanation;
import dev.blindspot.PiiType;
import dev.blindspot.spi.FindingSink;
import dev.blindspot.spi.ScanContext;
import dev.blindspot.text.TextView;
import java.util.ArrayList;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/**
 * Disguised phone, card and IBAN numbers in English and French (and German and Spanish number
 * words) are found by the regex module's recognizers on the digits view, over the exact disguised
 * span, with the techniques undone; clean values are left to the regex family.
 */
class ObfuscatedNumberDetectorTest {

  private static final ObfuscatedNumberDetector DETECTOR =
      new ObfuscatedNumberDetector(List.of("en", "fr"));

  /** A report mapped as the scanner maps it. */
  private record Report(PiiType type, String value, double score, Explanation why) {}

  private static List<Report> run(String text, String language) {
    List<Report> reports = new ArrayList<>();
    DETECTOR.detect(ScanContext.of(text, language), new FindingSink() {
      @Override
      public void report(PiiType type, int start, int end, double score, Explanation why) {
        throw new AssertionError("reports on its view only");
      }

      @Override
      public void report(TextView view, PiiType type, int start, int end, double score,
          Explanation why) {
        int s = view.originalStart(start);
        int e = view.originalEnd(end);
        reports.add(new Report(type, text.substring(s, e), score,
            why.withNormalizations(view.stepsChanging(start, end))));
      }
    });
    return reports;
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          fr | Appelez-moi au ⟦zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit⟧ svp | PHONE_NUMBER | number-words-to-digits digit-separators-removed
          fr | mon portable : ⟦zéro six douze trente-quatre cinquante-six quatre-vingt-dix-neuf⟧     | PHONE_NUMBER | number-words-to-digits
          fr | tél ⟦O6 l2 34 56 78⟧ merci                                                            | PHONE_NUMBER | letter-digit-swaps-fixed digit-separators-removed
          fr | Appelez le ⟦06 12 34\\n56 78⟧ après 18 h                                             | PHONE_NUMBER | line-break-joined
          fr | tel ⟦０６ １２ ３４ ５６ ７８⟧                                                          | PHONE_NUMBER | digits-folded unicode-folded
          fr | tel ⟦٠٦١٢٣٤٥٦٧٨⟧                                                                     | PHONE_NUMBER | digits-folded
          fr | portable ⟦06_12_34_56_78⟧                                                            | PHONE_NUMBER | digit-separators-removed
          fr | IBAN ⟦FR76 3000 6000 0112\\n3456 7890 189⟧ pour le virement                          | IBAN_CODE    | line-break-joined
          en | call me on ⟦oh two oh seven nine four six double oh one eight⟧                     | PHONE_NUMBER | number-words-to-digits
          en | my card is ⟦4111_1111_1111_1111⟧ exp 12/26                                          | CREDIT_CARD  | digit-separators-removed
          en | card ⟦4 1 1 1 1 1 1 1 1 1 1 1 1 1 1 1⟧                                                | CREDIT_CARD  | digit-separators-removed
          en | card ⟦4111 - 1111 - 1111 - 1111⟧ thanks                                               | CREDIT_CARD  | digit-separators-removed
          en | card ⟦4111\\u20131111\\u20131111\\u20131111⟧                                           | CREDIT_CARD  | dashes-folded
          en | card ⟦4111&#32;1111&#32;1111&#32;1111⟧                                               | CREDIT_CARD  | html-entities-decoded
          en | card ⟦4111\\u200b1111\\u200b1111\\u200b1111⟧                                           | CREDIT_CARD  | invisible-chars-removed
          de | Telefon: ⟦null eins fünf eins zwei drei vier fünf sechs sieben acht⟧                 | PHONE_NUMBER | number-words-to-digits
          es | Mi teléfono es ⟦seis uno dos, treinta y cuatro, cincuenta y seis, setenta y ocho⟧   | PHONE_NUMBER | number-words-to-digits
          fr | Oui, mon numéro est le ⟦06/55·03_17/12⟧.                                          | PHONE_NUMBER | digit-separators-removed
          fr | votre numéro : ⟦+33 / 6 - 68·26/25 / 15⟧.                                         | PHONE_NUMBER | digit-separators-removed
          fr | Mon numéro de sécurité sociale : ⟦2 / 43/03. 70 - 289 / 225 / 54⟧, né le 3 mai   | FR_NIR       | digit-separators-removed
          fr | numéro de sécu ⟦1 12\\n06 21 051 744 12⟧ merci                                      | FR_NIR       | line-break-joined
          fr | IBAN ⟦F R 7 6 3 0 0 0 6 0 0 0 0 1 1 2 3 4 5 6 7 8 9 0 1 8 9⟧ merci                 | IBAN_CODE    | digit-separators-removed
          fr | IBAN ⟦FR76_3000/6000/0112·3456·7890·189⟧ merci                                      | IBAN_CODE    | digit-separators-removed
          en | my IBAN is ⟦FR76300060000\\n11234567890189⟧, can you confirm?                       | IBAN_CODE    | line-break-joined
          en | IBAN ⟦G B 8 2 W E S T 1 2 3 4 5 6 9 8 7 6 5 4 3 2⟧ thanks                          | IBAN_CODE    | digit-separators-removed
          en | IBAN ⟦GB82. WEST / 1234. 5698_7654_32⟧ thanks                                      | IBAN_CODE    | digit-separators-removed
          en | NI number ⟦BN / 77/87.58·A⟧ thanks                                                 | UK_NINO      | digit-separators-removed
          en | NI number ⟦B H 8 9 5 2 9 1 D⟧ thanks                                               | UK_NINO      | digit-separators-removed
          en | Whitelist ⟦212[.]151[.]156[.]125⟧ please                                           | IP_ADDRESS   | separators-unified
          en | a login from ⟦217 dot 158 dot 193 dot 184⟧ today                                   | IP_ADDRESS   | separators-unified
          fr | connexion depuis ⟦192 point 168 point 0 point 245⟧ hier                            | IP_ADDRESS   | separators-unified
          fr | Merci d\u2019autoriser ⟦٢١٢.٢٣.١٩٥.٨٢⟧ pour notre agence.                          | IP_ADDRESS   | digits-folded
          en | IPv6 ⟦2a01 : af62 : deba : 2b05 : ebef : 5d00 : e68 : 9039⟧ ok                     | IP_ADDRESS   | separators-unified
          en | IPv6 ⟦fe80 :  : 43f5 : 576d : a6b9 : ee0f⟧ ok                                      | IP_ADDRESS   | separators-unified
          en | my MAC is ⟦1D : C7 : 09 : 60 : F1 : 60⟧ thanks                                     | MAC_ADDRESS  | separators-unified
          fr | adresse MAC ⟦df_19 - 84 - a7·48.6a⟧ de la box                                      | MAC_ADDRESS  | separators-unified
          fr | adresse MAC ⟦57cc - 40a8 - 506e⟧ merci                                             | MAC_ADDRESS  | separators-unified
          en | device ⟦6686\u20104f7f\u20100a61⟧ ok                                              | MAC_ADDRESS  | dashes-folded
          en | Date of birth: ⟦12 / 17 / 1984⟧ thanks                                             | DATE_TIME    | separators-unified
          en | my profile: ⟦www dot linkedin dot com slash in slash megan-evans-9e26cb⟧ thanks     | URL          | url-defanged
          fr | mon site ⟦hxxps://www[.]lemaire-family[.]net/photos/2018⟧ merci                     | URL          | url-defanged
          """)
  void findsDisguisedNumbersOverTheirWholeSpan(
      String language, String marked, String type, String techniques) {
    String unescaped = marked.strip().replace("\\n", "\n").replace("\\u2013", "\u2013")
        .replace("\\u200b", "\u200b").replace("\\u2010", "\u2010").replace("\\u2019", "\u2019");
    String text = unescaped.replace("⟦", "").replace("⟧", "");
    String value = unescaped.substring(unescaped.indexOf('⟦') + 1, unescaped.indexOf('⟧'));
    List<Report> reports = run(text, language);
    assertEquals(1, reports.size(), () -> text + " -> " + reports);
    Report r = reports.get(0);
    assertEquals(PiiType.of(type), r.type());
    assertEquals(value, r.value());
    assertTrue(r.score() >= 0.5, () -> r.toString());
    for (String technique : techniques.split(" ")) {
      assertTrue(r.why().normalizations().contains(technique), r.why().toString());
    }
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call 06 12 34 56 78 now",
        "card 4111 1111 1111 1111",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "twenty four seven",
        "a b c 1 2 3",
        "meet at 10 dot 30",
        "Rendez-vous le 01/02/2024 à 10:30",
        "Order 2024-01-02 10:30 shipped",
        "On 12.05.2023 at 10 30 the parcel left",
        "Invoice 4111 - 1111 - 1111 - 1112 is paid",
        "one two three four five six seven eight",
        "zéro six, douze, trente-quatre",
        "Room 12, floor 3, building 7 – ask at reception",
        "Scores so far: 83 - 85 - 81 - 13 - 12.",
        "Scores so far: 66 - 26795 - 75 - 25104 - 83.",
        "Batch 1525_86627_17 finished with 44800 warnings.",
        "Tél\u00a0: 06\u00a012\u00a034\u00a056\u00a078, merci\u202f!",
        "I looked at the screen dot by dot, then meet at 10 dot 30",
        "reply at your convenience. Com port 3 and @mention",
        "version 1 point 2 and build 4 dot 5",
        "card 4111 1111 1111 1111 and phone de 06 12 34 56 78",
        "the cafe 1234 5678 on Dead 12 Beef 34 street",
        "At 10:30:15 - 11:45:20 the job ran",
        "Rendez-vous le 12 / 10 à 14 h",
        "A B C D 12 34 56 78 9",
        "Clean MAC 00:1A:2B:3C:4D:5E and IP 192.168.1.10",
      })
  void cleanValuesAndOrdinaryNumbersGiveNothing(String text) {
    // Candidates under the default threshold are no alarm: only context words could raise them.
    assertEquals(List.of(), reportable(run(text, "en")));
    assertEquals(List.of(), reportable(run(text, "fr")));
  }

  private static List<Report> reportable(List<Report> reports) {
    return reports.stream().filter(r -> r.score() >= 0.5).toList();
  }

  @Test
  void noBreakSpacesAloneAreLeftToTheRegexFamily() {
    // The regex family reads these spaces as written; nothing here is reported twice.
    assertEquals(List.of(), run("Tél\u00a0: 06\u00a012\u00a034\u00a056\u00a078", "fr"));
    // Another Unicode space is folded, and the value found.
    List<Report> reports = run("Tél\u00a0: 06\u200212\u200234\u200256\u200278", "fr");
    assertEquals(1, reports.size());
    assertTrue(reports.get(0).why().normalizations().contains("spaces-folded"));
  }

  @Test
  void aPhoneReadFromGroupsScoresAsAStructuredOne() {
    Report r = run("mon numéro : zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        "fr").get(0);
    assertEquals(ObfuscatedNumberDetector.STRUCTURED_PHONE, r.score(), 1e-9);
  }

  @Test
  void aPhoneWithTwoKindsOfSeparatorsScoresAsAStructuredOne() {
    Report r = run("Oui, mon numéro est le 06/55·03_17/12.", "fr").get(0);
    assertEquals(ObfuscatedNumberDetector.STRUCTURED_PHONE, r.score(), 1e-9);
    // One kind of separator may be a list: the score stays that of bare digits.
    assertTrue(run("Scores so far: 83 - 85 - 81 - 13 - 12.", "en").stream()
        .allMatch(x -> x.score() < 0.5));
  }

  @Test
  void fourDottedNumbersAreAnAddressNotAPhone() {
    Report r = run("Mon IP publique est ８８．５２．１２１．９３, la box redémarre", "fr").get(0);
    assertEquals(PiiType.IP_ADDRESS, r.type());
    assertEquals(ObfuscatedNumberDetector.IP_RECOGNIZER, r.why().recognizer());
    assertTrue(r.why().normalizations().contains("fullwidth-folded"), r.why().toString());
    assertTrue(ObfuscatedNumberDetector.isDottedQuad("88.52.121.93", 0, 12));
    assertTrue(!ObfuscatedNumberDetector.isDottedQuad("88.52.121.256", 0, 13));
    assertTrue(!ObfuscatedNumberDetector.isDottedQuad("06.12.34.56.78", 0, 14));
  }

  @Test
  void typesAreThoseOfTheStructuredRecognizers() {
    assertTrue(DETECTOR.types().contains(PiiType.PHONE_NUMBER));
    assertTrue(DETECTOR.types().contains(PiiType.CREDIT_CARD));
    assertTrue(DETECTOR.types().contains(PiiType.IBAN_CODE));
    assertEquals("fuzzy.structured", DETECTOR.id());
  }
}
