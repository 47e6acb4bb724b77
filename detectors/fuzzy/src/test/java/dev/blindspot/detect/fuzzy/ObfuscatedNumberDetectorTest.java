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
          """)
  void findsDisguisedNumbersOverTheirWholeSpan(
      String language, String marked, String type, String techniques) {
    String unescaped = marked.strip().replace("\\n", "\n").replace("\\u2013", "\u2013")
        .replace("\\u200b", "\u200b");
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
  void typesAreThoseOfTheStructuredRecognizers() {
    assertTrue(DETECTOR.types().contains(PiiType.PHONE_NUMBER));
    assertTrue(DETECTOR.types().contains(PiiType.CREDIT_CARD));
    assertTrue(DETECTOR.types().contains(PiiType.IBAN_CODE));
    assertEquals("fuzzy.structured", DETECTOR.id());
  }
}
