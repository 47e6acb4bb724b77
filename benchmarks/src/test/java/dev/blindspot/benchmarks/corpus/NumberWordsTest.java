package dev.blindspot.benchmarks.corpus;

import static org.junit.jupiter.api.Assertions.assertEquals;

import java.util.Random;
import org.junit.jupiter.api.Test;

class NumberWordsTest {

  @Test
  void frenchNumbersUseTheTraditionalPairReading() {
    assertEquals("vingt et un", NumberWords.french(21));
    assertEquals("soixante et onze", NumberWords.french(71));
    assertEquals("soixante-dix-huit", NumberWords.french(78));
    assertEquals("quatre-vingts", NumberWords.french(80));
    assertEquals("quatre-vingt-un", NumberWords.french(81));
    assertEquals("quatre-vingt-dix-neuf", NumberWords.french(99));
    assertEquals("douze", NumberWords.french(12));
  }

  @Test
  void spanishNumbersJoinTensAndUnitsWithY() {
    assertEquals("treinta y cuatro", NumberWords.spanish(34));
    assertEquals("veintidós", NumberWords.spanish(22));
    assertEquals("noventa", NumberWords.spanish(90));
  }

  @Test
  void phonesAreSpelledAsPeopleDictateThem() {
    Random rnd = new Random(1);
    assertEquals("zéro six douze trente-quatre cinquante-six soixante-dix-huit",
        Obfuscator.apply(Obfuscator.SPELLED_DIGITS, "PHONE_NUMBER", "06 12 34 56 78", Lang.FR, rnd)
            .replace(",", ""));
    String english = Obfuscator.apply(Obfuscator.SPELLED_DIGITS, "US_SSN", "123-45-6789", Lang.EN, rnd);
    assertEquals("one two three four five six seven eight nine", english.replace(",", ""));
  }
}
