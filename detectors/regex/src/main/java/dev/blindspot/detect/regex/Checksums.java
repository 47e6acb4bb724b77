package dev.blindspot.detect.regex;

/**
 * Check-digit algorithms and char tests shared by the recognizers and the format validators
 * ({@link NationalIds}, {@link TaxIds}, {@link EuVatNumbers}). Pure functions over ASCII chars;
 * they never throw on malformed input: a char outside the expected alphabet, a null or a range out
 * of bounds makes the check fail.
 */
final class Checksums {

  private Checksums() {}

  /** Tells whether all chars of {@code s[from, to)} are ASCII digits; false for a bad range. */
  static boolean allDigits(CharSequence s, int from, int to) {
    if (s == null || from < 0 || to > s.length() || from > to) {
      return false;
    }
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }

  /** Tells whether {@code s} is a non-empty string of ASCII digits. */
  static boolean allDigits(CharSequence s) {
    return s != null && s.length() > 0 && allDigits(s, 0, s.length());
  }

  static boolean isDigit(char c) {
    return c >= '0' && c <= '9';
  }

  static boolean isUpperLetter(char c) {
    return c >= 'A' && c <= 'Z';
  }

  static boolean isHex(char c) {
    return (c >= '0' && c <= '9') || ((c | 0x20) >= 'a' && (c | 0x20) <= 'f');
  }

  /** The value of the ASCII digits {@code s[from, to)}, which the caller has checked. */
  static int number(CharSequence s, int from, int to) {
    int v = 0;
    for (int i = from; i < to; i++) {
      v = v * 10 + (s.charAt(i) - '0');
    }
    return v;
  }

  /**
   * Tells whether a string of ASCII digits passes the Luhn check (ISO/IEC 7812-1 annex B, "mod 10
   * double-add-double"), its last digit being the check digit.
   */
  static boolean luhn(CharSequence digits) {
    return allDigits(digits) && luhnSum(digits, 0, digits.length()) % 10 == 0;
  }

  /**
   * Luhn sum of the digits {@code s[from, to)}, the last one being the check digit (not doubled).
   * The caller has checked the digits.
   */
  static int luhnSum(CharSequence s, int from, int to) {
    int sum = 0;
    boolean doubled = false;
    for (int i = to - 1; i >= from; i--) {
      int d = s.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return sum;
  }

  /**
   * Returns the remainder mod 97 of the number written by ASCII letters and digits, letters
   * counting as two digits (A or a = 10 ... Z or z = 35), as ISO 7064 MOD 97-10 reads an IBAN; -1
   * for any other char.
   */
  static int mod97(CharSequence s, int from, int to) {
    return mod97(s, from, to, 0);
  }

  /** As {@link #mod97(CharSequence, int, int)}, continuing from the remainder {@code initial}. */
  static int mod97(CharSequence s, int from, int to, int initial) {
    int r = initial;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      if (c >= '0' && c <= '9') {
        r = (r * 10 + (c - '0')) % 97;
      } else if ((c | 0x20) >= 'a' && (c | 0x20) <= 'z') {
        r = (r * 100 + ((c | 0x20) - 'a' + 10)) % 97;
      } else {
        return -1;
      }
    }
    return r;
  }

  /**
   * Weighted sum of the digits {@code s[from, from + weights.length)}; -1 if a char there is not
   * a digit or the string is too short.
   */
  static int weightedSum(CharSequence s, int from, int[] weights) {
    if (!allDigits(s, from, from + weights.length)) {
      return -1;
    }
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (s.charAt(from + i) - '0');
    }
    return sum;
  }

  /**
   * ISO 7064 MOD 11,10 (hybrid system) check digit of the digits {@code s[from, to)}; -1 if a
   * char there is not a digit.
   */
  static int iso7064Mod11_10CheckDigit(CharSequence s, int from, int to) {
    if (!allDigits(s, from, to)) {
      return -1;
    }
    int p = 10;
    for (int i = from; i < to; i++) {
      int t = (s.charAt(i) - '0' + p) % 10;
      if (t == 0) {
        t = 10;
      }
      p = (2 * t) % 11;
    }
    return (11 - p) % 10;
  }

  /** ISO 7064 MOD 11,10: the last digit of {@code s} is the check digit of the rest. */
  static boolean iso7064Mod11_10(CharSequence s) {
    if (s == null || s.length() < 2) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return isDigit(last) && iso7064Mod11_10CheckDigit(s, 0, s.length() - 1) == last - '0';
  }

  // Verhoeff (J. Verhoeff, "Error Detecting Decimal Codes", 1969): multiplication table of the
  // dihedral group D5 and the position permutation p(i) = p(1)^i.
  private static final byte[][] VERHOEFF_D = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 2, 3, 4, 0, 6, 7, 8, 9, 5},
    {2, 3, 4, 0, 1, 7, 8, 9, 5, 6},
    {3, 4, 0, 1, 2, 8, 9, 5, 6, 7},
    {4, 0, 1, 2, 3, 9, 5, 6, 7, 8},
    {5, 9, 8, 7, 6, 0, 4, 3, 2, 1},
    {6, 5, 9, 8, 7, 1, 0, 4, 3, 2},
    {7, 6, 5, 9, 8, 2, 1, 0, 4, 3},
    {8, 7, 6, 5, 9, 3, 2, 1, 0, 4},
    {9, 8, 7, 6, 5, 4, 3, 2, 1, 0},
  };
  private static final byte[][] VERHOEFF_P = {
    {0, 1, 2, 3, 4, 5, 6, 7, 8, 9},
    {1, 5, 7, 6, 2, 8, 3, 0, 9, 4},
    {5, 8, 0, 3, 7, 9, 6, 1, 4, 2},
    {8, 9, 1, 6, 0, 4, 3, 5, 2, 7},
    {9, 4, 5, 3, 1, 2, 6, 8, 7, 0},
    {4, 2, 8, 6, 5, 7, 3, 9, 0, 1},
    {2, 7, 9, 3, 8, 0, 6, 4, 1, 5},
    {7, 0, 4, 6, 9, 1, 3, 2, 5, 8},
  };

  /** Verhoeff check over the whole string, the last digit being the check digit. */
  static boolean verhoeff(CharSequence s) {
    if (!allDigits(s)) {
      return false;
    }
    int c = 0;
    int n = s.length();
    for (int i = 0; i < n; i++) {
      int d = s.charAt(n - 1 - i) - '0';
      c = VERHOEFF_D[c][VERHOEFF_P[i & 7][d]];
    }
    return c == 0;
  }

  /**
   * Check digit of ICAO Doc 9303 part 3 section 4.9 (machine readable zones): weights 7, 3, 1
   * repeating, digits 0-9, letters A=10 .. Z=35, filler {@code '<'} = 0, result mod 10; -1 on a
   * char outside that alphabet.
   */
  static int icao9303CheckDigit(CharSequence s, int from, int to) {
    if (s == null || from < 0 || to > s.length()) {
      return -1;
    }
    int sum = 0;
    for (int i = from; i < to; i++) {
      char c = s.charAt(i);
      int v;
      if (isDigit(c)) {
        v = c - '0';
      } else if (isUpperLetter(c)) {
        v = c - 'A' + 10;
      } else if (c == '<') {
        v = 0;
      } else {
        return -1;
      }
      int w = (i - from) % 3;
      sum += v * (w == 0 ? 7 : w == 1 ? 3 : 1);
    }
    return sum % 10;
  }

  /** ICAO 9303: the last char of {@code s} is the 7-3-1 check digit of the rest. */
  static boolean icao9303(CharSequence s) {
    if (s == null || s.length() < 2) {
      return false;
    }
    char last = s.charAt(s.length() - 1);
    return isDigit(last) && icao9303CheckDigit(s, 0, s.length() - 1) == last - '0';
  }

  /** Tells whether the date exists in the proleptic Gregorian calendar. */
  static boolean isValidDate(int year, int month, int day) {
    if (month < 1 || month > 12 || day < 1) {
      return false;
    }
    int max = switch (month) {
      case 2 -> (year % 4 == 0 && year % 100 != 0) || year % 400 == 0 ? 29 : 28;
      case 4, 6, 9, 11 -> 30;
      default -> 31;
    };
    return day <= max;
  }
}
