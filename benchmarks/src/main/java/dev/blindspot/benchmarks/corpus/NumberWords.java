package dev.blindspot.benchmarks.corpus;

/** Digits and numbers spelled out in words, as people dictate phone and id numbers. */
final class NumberWords {

  private static final String[] EN = {
    "zero", "one", "two", "three", "four", "five", "six", "seven", "eight", "nine"
  };
  private static final String[] DE = {
    "null", "eins", "zwei", "drei", "vier", "fünf", "sechs", "sieben", "acht", "neun"
  };
  private static final String[] ES = {
    "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve"
  };
  private static final String[] FR_UNITS = {
    "zéro", "un", "deux", "trois", "quatre", "cinq", "six", "sept", "huit", "neuf", "dix", "onze",
    "douze", "treize", "quatorze", "quinze", "seize", "dix-sept", "dix-huit", "dix-neuf"
  };
  private static final String[] FR_TENS = {
    "", "", "vingt", "trente", "quarante", "cinquante", "soixante"
  };

  private NumberWords() {}

  /** The word for one digit; English may say "oh" for zero. */
  static String digit(Lang lang, int d, boolean ohForZero) {
    return switch (lang) {
      case EN -> d == 0 && ohForZero ? "oh" : EN[d];
      case FR -> FR_UNITS[d];
      case DE -> DE[d];
      case ES -> ES[d];
    };
  }

  /** French words for 0 to 99, traditional spelling ("soixante-dix-huit", "quatre-vingts"). */
  static String french(int n) {
    if (n < 0 || n > 99) {
      throw new IllegalArgumentException("0..99 expected, got " + n);
    }
    if (n < 20) {
      return FR_UNITS[n];
    }
    int tens = n / 10;
    int unit = n % 10;
    if (tens == 7 || tens == 9) {
      String base = tens == 7 ? "soixante" : "quatre-vingt";
      int rest = n - (tens == 7 ? 60 : 80);
      if (rest == 11 && tens == 7) {
        return "soixante et onze";
      }
      return base + "-" + FR_UNITS[rest];
    }
    if (tens == 8) {
      return unit == 0 ? "quatre-vingts" : "quatre-vingt-" + FR_UNITS[unit];
    }
    if (unit == 0) {
      return FR_TENS[tens];
    }
    if (unit == 1) {
      return FR_TENS[tens] + " et un";
    }
    return FR_TENS[tens] + "-" + FR_UNITS[unit];
  }

  /** Spanish words for 0 to 99 ("treinta y cuatro", "veintidós"). */
  static String spanish(int n) {
    String[] units = {
      "cero", "uno", "dos", "tres", "cuatro", "cinco", "seis", "siete", "ocho", "nueve", "diez",
      "once", "doce", "trece", "catorce", "quince", "dieciséis", "diecisiete", "dieciocho",
      "diecinueve", "veinte", "veintiuno", "veintidós", "veintitrés", "veinticuatro",
      "veinticinco", "veintiséis", "veintisiete", "veintiocho", "veintinueve"
    };
    String[] tens = {
      "", "", "", "treinta", "cuarenta", "cincuenta", "sesenta", "setenta", "ochenta", "noventa"
    };
    if (n < 30) {
      return units[n];
    }
    return n % 10 == 0 ? tens[n / 10] : tens[n / 10] + " y " + units[n % 10];
  }
}
