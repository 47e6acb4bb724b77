package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertSame;

import dev.blindspot.text.TextView;
import java.util.List;
import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;
import org.junit.jupiter.params.provider.ValueSource;
import org.junit.jupiter.api.Test;

/** Obfuscated numbers become runs of digits; clean numbers, dates and prose stay as written. */
class DigitsViewTest {

  private static TextView view(String text) {
    return DigitsView.forLanguages(NumberWords.ALL).create(TextView.of(text));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = '|',
      textBlock =
          """
          Appelez le zéro six, douze, trente-quatre, cinquante-six, soixante-dix-huit | Appelez le 0612345678 | number-words-to-digits digit-separators-removed
          call oh seven seven double nine one two three four five six | call 07799123456 | number-words-to-digits digit-separators-removed
          tel null sechs eins zwei vierunddreißig sechsundfünfzig       | tel 06123456    | number-words-to-digits digit-separators-removed
          tel cero seis, doce, treinta y cuatro, cincuenta y seis      | tel 06123456    | number-words-to-digits digit-separators-removed
          tél O6 l2 34 56 78                                           | tél 0612345678  | letter-digit-swaps-fixed digit-separators-removed
          card 4111_1111_1111_1111                                     | card 4111111111111111 | digit-separators-removed
          card 4111 - 1111 - 1111 - 1111                               | card 4111111111111111 | digit-separators-removed
          0 6 1 2 3 4 5 6 7 8                                          | 0612345678      | digit-separators-removed
          06.12.34.\\n56.78                                             | 0612345678      | digit-separators-removed line-break-joined
          06 12 34\\r\\n56 78                                            | 0612345678      | digit-separators-removed line-break-joined
          06 douze 34 cinquante-six 78                                 | 0612345678      | number-words-to-digits digit-separators-removed
          MAC 1D : C7 : 09 : 60 : F1 : 60                              | MAC 1D:C7:09:60:F1:60 | separators-unified
          MAC df_19 - 84 - a7·48.6a                                    | MAC df:19:84:a7:48:6a | separators-unified
          box 83ac. d154. cddf                                         | box 83ac.d154.cddf | separators-unified
          ip 212[.]151[.]156[.]125                                     | ip 212.151.156.125 | separators-unified
          ip 217 dot 158 dot 193 dot 184                               | ip 217.158.193.184 | separators-unified
          IP 192 point 168 point 0 point 245                           | IP 192.168.0.245 | separators-unified
          ip fe80 :  : 43f5 : 576d                                     | ip fe80::43f5:576d | separators-unified
          IBAN D E 0 3 3 7 0 4 0 0 4 4 0 1 4 9 7 8 0 2 2 8              | IBAN DE03370400440149780228 | digit-separators-removed
          IBAN GB82. WEST / 1234. 5698_7654_32                         | IBAN GB82WEST12345698765432 | digit-separators-removed
          IBAN FR76.3000.6000.0112.3456.7890.189                       | IBAN FR7630006000011234567890189 | digit-separators-removed
          NINO BN / 77/87.58·A                                         | NINO BN778758A | digit-separators-removed
          born 12 / 17 / 1984                                          | born 12/17/1984 | separators-unified
          tel +33 / 6 - 68·26/25 / 15                                  | tel +33668262515 | digit-separators-removed
          sécu 2 / 43/03. 70 - 289 / 225 / 54                          | sécu 243037028922554 | digit-separators-removed
          de O6 l2 34 56 78                                            | de 0612345678 | letter-digit-swaps-fixed digit-separators-removed
          """)
  void rewritesObfuscatedNumbers(String text, String expected, String steps) {
    TextView v = view(text.replace("\\n", "\n").replace("\\r", "\r"));
    assertEquals(expected, v.text().toString());
    assertEquals(List.of(steps.split(" ")), v.steps());
  }

  @ParameterizedTest
  @ValueSource(
      strings = {
        "call 06 12 34 56 78 now",
        "card 4111 1111 1111 1111",
        "IBAN FR76 3000 6000 0112 3456 7890 189",
        "On 12.05.2023 at 10:30",
        "From 2023-05-12 to 2023-06-01",
        "le 01/02/2024 à 10 h 30",
        "twenty four seven",
        "a b c 1 2 3",
        "one two three",
        "I have one dog and two cats",
        "version 1.2.3 and 4.5.6",
        "Order 123456 - thanks",
        "Hello World, Oil and lOl",
        "quatre à deux, puis six à trois",
        "price 1 234,56 EUR",
        "Scores so far: 62 - 15210 - 71064 - 34 - 80.",
        "Batch 1525_866_27_17 done",
        "meet at 10 dot 30, then 10 point 45",
        "At 10:30:15 - 11:45:20 the job ran",
        "clean MAC 00:1A:2B:3C:4D:5E or 00-1a-2b-3c-4d-5e and IP 192.168.1.10",
        "phone de 06 12 34 56 78",
        "the cafe 1234 5678 on Dead 12 Beef 34 street",
        "le 12/10/2024 à 14 h 30",
        "A B C D 12 34 56 78 9",
        "IBAN GB82 WEST 1234 5698 7654 32",
        "NINO AB 12 34 56 C",
      })
  void leavesCleanNumbersDatesAndProseAlone(String text) {
    TextView original = TextView.of(text);
    assertSame(original, DigitsView.forLanguages(NumberWords.ALL).create(original), text);
  }

  @Test
  void eachNumberWordMapsToTheWordsItCameFrom() {
    //                0         1         2         3
    //                01234567890123456789012345678901234567
    String original = "zéro six, douze, soixante-dix-huit 90";
    TextView v = view(original);
    assertEquals("06127890", v.text().toString());
    assertEquals(0, v.originalStart(0)); // "0" <- "zéro"
    assertEquals(4, v.originalEnd(1));
    assertEquals(5, v.originalStart(1)); // "6" <- "six"
    assertEquals(10, v.originalStart(2)); // "12" <- "douze", both chars
    assertEquals(10, v.originalStart(3));
    assertEquals(15, v.originalEnd(4));
    assertEquals(17, v.originalStart(4)); // "78" <- "soixante-dix-huit"
    assertEquals(34, v.originalEnd(6));
    assertEquals(37, v.originalEnd(8)); // the whole value
  }

  @Test
  void leavesTheLinesAndHeaderCellsOfAChatLogApart() {
    // A line that ends on a number and a mark, the next starting with a mark and a number, and
    // the spaced pipes of a header are the layout of a log, not one value cut in pieces.
    String chat =
        """
        === TCK-2025-619590 | 23 November 2024 | chat | en ===
        [07:10:06] Support: Your ticket number is TCK-2023-156206.
        [07:10:16] Customer: The reference on my invoice is 5343 8371 0515 1905.
        === #934434 | 23. Januar 2023 | chat | de ===
        [09:50:23] Kunde: Bestellt am 06.03.2024, Bestellnummer #A-2025-039535.
        === SR-40612 | 12/06/2024 | chat | fr ===
        [18:26:24] Conseiller : J'ai ajouté une note au ticket TCK-2024-049443.
        [18:26:30] Client : Merci !
        """;
    TextView original = TextView.of(chat);
    assertSame(original, DigitsView.forLanguages(NumberWords.ALL).create(original));
  }

  @Test
  void stillJoinsNumbersBrokenAtALineEndOrWrittenWithPipes() {
    assertEquals("tel 0612345678", view("tel 06-12-34-\n56-78").text().toString());
    assertEquals("tel 0612345678", view("tel 06 12 34\n- 56 - 78").text().toString());
    assertEquals("tél 0612345678 svp", view("tél 06|12|34|56|78 svp").text().toString());
    assertEquals("tél 0612345678 svp", view("tél 06 |12| 34| 56 |78 svp").text().toString());
  }

  @Test
  void swapsOnlyInsideChunksOfDigits() {
    assertEquals("tel 0612345678 Oil", view("tel O6 l2 34 56 78 Oil").text().toString());
    TextView noDigits = TextView.of("OI lO Il 00 l0");
    assertSame(noDigits, DigitsView.forLanguages(NumberWords.ALL).create(noDigits));
  }
}
