package dev.blindspot.detect.fuzzy;

import static org.junit.jupiter.api.Assertions.assertEquals;

import org.junit.jupiter.params.ParameterizedTest;
import org.junit.jupiter.params.provider.CsvSource;

/** One number read from its words, in English, French, German and Spanish. */
class NumberWordsTest {

  private static String read(String text, int languages) {
    StringBuilder out = new StringBuilder();
    int end = NumberWords.read(text, 0, languages, out);
    return end < 0 ? "-" : out + "|" + text.substring(0, end);
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          zero;                    0|zero
          oh seven;                0|oh
          Nine;                    9|Nine
          twelve;                  12|twelve
          twenty four seven;       24|twenty four
          thirty-four;             34|thirty-four
          forty;                   40|forty
          double five;             55|double five
          triple oh;               000|triple oh
          double;                  -
          and;                     -
          """)
  void english(String text, String expected) {
    assertEquals(expected, read(text, NumberWords.EN));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          zéro six;                  0|zéro
          douze, trente;             12|douze
          trente-quatre;             34|trente-quatre
          cinquante six;             56|cinquante six
          soixante-dix-huit;         78|soixante-dix-huit
          soixante dix huit;         78|soixante dix huit
          soixante et onze;          71|soixante et onze
          soixante-dix;              70|soixante-dix
          quatre-vingts;             80|quatre-vingts
          quatre-vingt-un;           81|quatre-vingt-un
          quatre-vingt-dix-neuf;     99|quatre-vingt-dix-neuf
          quatre-vingt-onze;         91|quatre-vingt-onze
          vingt et un;               21|vingt et un
          dix-sept;                  17|dix-sept
          septante-deux;             72|septante-deux
          nonante;                   90|nonante
          quatre;                    4|quatre
          et;                        -
          """)
  void french(String text, String expected) {
    assertEquals(expected, read(text, NumberWords.FR));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          null;                DE; 0|null
          zwo;                 DE; 2|zwo
          zwölf;               DE; 12|zwölf
          vierunddreißig;      DE; 34|vierunddreißig
          einundzwanzig;       DE; 21|einundzwanzig
          achtundsiebzig;      DE; 78|achtundsiebzig
          cero;                ES; 0|cero
          quince;              ES; 15|quince
          treinta y cuatro;    ES; 34|treinta y cuatro
          veintidós;           ES; 22|veintidós
          cincuenta;           ES; 50|cincuenta
          """)
  void germanAndSpanish(String text, String language, String expected) {
    assertEquals(expected, read(text, language.equals("DE") ? NumberWords.DE : NumberWords.ES));
  }

  @ParameterizedTest
  @CsvSource(
      delimiter = ';',
      textBlock =
          """
          sept;   EN; -
          sept;   FR; 7|sept
          once;   EN; -
          once;   ES; 11|once
          elf;    EN; -
          y;      ES; -
          """)
  void onlyTheLanguagesAskedForAreRead(String text, String language, String expected) {
    int mask = switch (language) {
      case "EN" -> NumberWords.EN;
      case "FR" -> NumberWords.FR;
      default -> NumberWords.ES;
    };
    assertEquals(expected, read(text, mask));
  }
}
