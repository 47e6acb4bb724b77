package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.Checksums.allDigits;
import static dev.blindspot.detect.regex.Checksums.isDigit;
import static dev.blindspot.detect.regex.Checksums.isUpperLetter;
import static dev.blindspot.detect.regex.Checksums.number;

/**
* Validators for personal identification numbers. Each takes a normalized candidate (upper case,
* separators removed) and returns whether it is structurally and arithmetically plausible.
*/
final class NationalIds {

  private NationalIds() {
  }

  // ---------------------------------------------------------------- United States

  /**
  * US ITIN (IRS Publication 1915 / IRS ITIN guidance): 9 digits, area 9xx, group (digits 4-5)
  * in 50-65, 70-88, 90-92 or 94-99. The ITIN has no check digit, so this is a format check.
  */
  static boolean usItin(String s) {
    if (s == null || s.length() != 9 || !allDigits(s) || s.charAt(0) != '9') {
      return false;
    }
    int g = number(s, 3, 5);
    return (g >= 50 && g <= 65) || (g >= 70 && g <= 88) || (g >= 90 && g <= 92) || g >= 94;
  }

  // ---------------------------------------------------------------- United Kingdom

  /**
  * NHS number (NHS Data Dictionary, "NHS Number" check digit): 10 digits, weights 10..2 over
  * the first nine, check = 11 - (sum mod 11), 11 maps to 0 and 10 means the number is never
  * issued.
  */
  static boolean ukNhs(String s) {
    if (s == null || s.length() != 10 || !allDigits(s)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (10 - i) * (s.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    if (check == 11) {
      check = 0;
    }
    return check != 10 && check == s.charAt(9) - '0';
  }

  // ---------------------------------------------------------------- Germany

  // Letters printed on the German ID card and passport serial numbers (BSI TR-03127 /
  // PassV): digits plus consonants that cannot be confused with digits; vowels, B, D, Q, S
  // are not used.
  private static final String DE_DOC_ALPHABET = "0123456789CFGHJKLMNPRTVWXYZ";

  /**
  * German Personalausweis / Reisepass document number as printed in the MRZ: 9 serial chars
  * from the restricted alphabet followed by the ICAO 9303 7-3-1 check digit (10 chars total).
  */
  static boolean deIdCardNumber(String s) {
    if (s == null || s.length() != 10) {
      return false;
    }
    for (int i = 0; i < 9; i++) {
      if (DE_DOC_ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return Checksums.icao9303(s);
  }

  /**
   * German document serial as printed on the ID card or passport, without the MRZ check digit: 9
   * chars of the document alphabet (digits and the consonants C F G H J K L M N P R T V W X Y Z).
   */
  static boolean deDocumentSerial(String s) {
    if (s == null || s.length() != 9) {
      return false;
    }
    for (int i = 0; i < 9; i++) {
      if (DE_DOC_ALPHABET.indexOf(s.charAt(i)) < 0) {
        return false;
      }
    }
    return true;
  }

  // ---------------------------------------------------------------- Spain

  // Official letter table of the DNI (Ministerio del Interior, Real Decreto 1553/2005 annex):
  // letter index is the number mod 23.
  static final String ES_DNI_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  /** Spanish DNI: 8 digits + control letter = table[number mod 23]. */
  static boolean esDni(String s) {
    if (s == null || s.length() != 9 || !allDigits(s, 0, 8)) {
      return false;
    }
    return ES_DNI_LETTERS.charAt(number(s, 0, 8) % 23) == s.charAt(8);
  }

  /**
  * Spanish NIE (Orden INT/2058/2008): X, Y or Z + 7 digits + letter; the prefix is replaced by
  * 0, 1 or 2 and the DNI letter rule applied to the resulting 8-digit number.
  */
  static boolean esNie(String s) {
    if (s == null || s.length() != 9 || !allDigits(s, 1, 8)) {
      return false;
    }
    int prefix = "XYZ".indexOf(s.charAt(0));
    if (prefix < 0) {
      return false;
    }
    int n = prefix * 10_000_000 + number(s, 1, 8);
    return ES_DNI_LETTERS.charAt(n % 23) == s.charAt(8);
  }

  // ---------------------------------------------------------------- Italy

  // Decree of the Ministry of Finance 23/12/1976 (codice fiscale): values of characters in odd
  // positions, indexed by digit then letter; even positions use the plain 0-9 / A=0..Z=25 value.
  private static final byte[] CF_ODD_DIGIT = {1, 0, 5, 7, 9, 13, 15, 17, 19, 21};
  private static final byte[] CF_ODD_LETTER = {
    1, 0, 5, 7, 9, 13, 15, 17, 19, 21, 2, 4, 18, 20, 11, 3, 6, 8, 12, 14, 16, 10, 22, 25, 24, 23
  };
  // Omocodia substitutes (DM 12/3/1974 as amended): digit d may be written as OMOCODIA[d].
  private static final String CF_OMOCODIA = "LMNPQRSTUV";
  private static final String CF_MONTHS = "ABCDEHLMPRST";

  /**
  * Italian codice fiscale of a natural person: 6 letters (surname/name), 2 year digits, month
  * letter, 2 day digits (+40 for women), cadastral code (letter + 3 digits), check letter.
  * Digit positions may hold omocodia substitute letters. Validates structure, month letter,
  * day range and check char.
  */
  static boolean itCodiceFiscale(String s) {
    if (s == null || s.length() != 16) {
      return false;
    }
    for (int i = 0; i < 16; i++) {
      char c = s.charAt(i);
      boolean digitSlot = i == 6 || i == 7 || i == 9 || i == 10 || (i >= 12 && i <= 14);
      if (digitSlot) {
        if (!isDigit(c) && CF_OMOCODIA.indexOf(c) < 0) {
          return false;
        }
      } else if (!isUpperLetter(c)) {
        return false;
      }
    }
    if (CF_MONTHS.indexOf(s.charAt(8)) < 0) {
      return false;
    }
    int day = cfDigit(s.charAt(9)) * 10 + cfDigit(s.charAt(10));
    if (!(day >= 1 && day <= 31) && !(day >= 41 && day <= 71)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 15; i++) {
      char c = s.charAt(i);
      boolean oddPosition = (i & 1) == 0; // 1-based odd
      if (isDigit(c)) {
        sum += oddPosition ? CF_ODD_DIGIT[c - '0'] : c - '0';
      } else {
        sum += oddPosition ? CF_ODD_LETTER[c - 'A'] : c - 'A';
      }
    }
    return s.charAt(15) == (char) ('A' + sum % 26);
  }

  private static int cfDigit(char c) {
    return isDigit(c) ? c - '0' : CF_OMOCODIA.indexOf(c);
  }

  // ---------------------------------------------------------------- Netherlands / Belgium

  /**
  * Dutch BSN (burgerservicenummer, "elfproef" per Wet algemene bepalingen
  * burgerservicenummer): 9 digits, weights 9..2 and -1 for the last digit, sum divisible by
  * 11. 000000000 is rejected.
  */
  static boolean nlBsn(String s) {
    if (s == null || s.length() != 9 || !allDigits(s)) {
      return false;
    }
    int sum = -(s.charAt(8) - '0');
    boolean nonZero = s.charAt(8) != '0';
    for (int i = 0; i < 8; i++) {
      int d = s.charAt(i) - '0';
      sum += (9 - i) * d;
      nonZero |= d != 0;
    }
    return nonZero && sum % 11 == 0;
  }

  /**
  * Belgian national register number (Rijksregisternummer / numéro de registre national,
  * Royal Decree of 8 January 2006): YYMMDD + 3-digit serial + 2-digit key = 97 - (first nine
  * digits mod 97); for people born from 2000 the nine digits are prefixed with 2 before the
  * mod. Only the key is verified (the date part may legitimately be 00 or BIS-offset).
  */
  static boolean beNationalNumber(String s) {
    if (s == null || s.length() != 11 || !allDigits(s)) {
      return false;
    }
    int body = number(s, 0, 9);
    int key = number(s, 9, 11);
    return 97 - body % 97 == key || 97 - (int) ((2_000_000_000L + body) % 97) == key;
  }

  // ---------------------------------------------------------------- Poland

  private static final int[] PESEL_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9, 1, 3};
  // Indexed by month / 20: months 1-12 are 1900s, 21-32 2000s, 41-52 2100s, 61-72 2200s,
  // 81-92 1800s.
  private static final int[] PESEL_CENTURY = {1900, 2000, 2100, 2200, 1800};

  /**
  * Polish PESEL (Ustawa o ewidencji ludności, art. 15): YYMMDD + serial + check digit with
  * weights 1,3,7,9 repeating; the month encodes the century (+80 for 1800s, +0 1900s, +20
  * 2000s, +40 2100s, +60 2200s) and the date must exist.
  */
  static boolean plPesel(String s) {
    if (s == null || s.length() != 11) {
      return false;
    }
    int sum = Checksums.weightedSum(s, 0, PESEL_WEIGHTS);
    if (sum < 0 || !isDigit(s.charAt(10)) || (10 - sum % 10) % 10 != s.charAt(10) - '0') {
      return false;
    }
    int yy = number(s, 0, 2);
    int mm = number(s, 2, 4);
    int dd = number(s, 4, 6);
    return Checksums.isValidDate(PESEL_CENTURY[mm / 20] + yy, mm % 20, dd);
  }

  // ---------------------------------------------------------------- Sweden

  /**
  * Swedish personnummer / samordningsnummer (Skatteverket SKV 704): YYMMDD(NNNC) in 10 digits
  * or CCYYMMDDNNNC in 12; Luhn over the last 10 digits; a samordningsnummer adds 60 to the day.
  * For the 10-digit form the century is unknown, so the date must exist in 19YY or 20YY.
  */
  static boolean sePersonnummer(String s) {
    if (s == null || (s.length() != 10 && s.length() != 12) || !allDigits(s)) {
      return false;
    }
    int off = s.length() - 10;
    if (Checksums.luhnSum(s, off, s.length()) % 10 != 0) {
      return false;
    }
    int yy = number(s, off, off + 2);
    int mm = number(s, off + 2, off + 4);
    int dd = number(s, off + 4, off + 6);
    if (dd > 60) {
      dd -= 60;
    }
    if (off == 2) {
      int cc = number(s, 0, 2);
      return (cc == 18 || cc == 19 || cc == 20) && Checksums.isValidDate(cc * 100 + yy, mm, dd);
    }
    return Checksums.isValidDate(1900 + yy, mm, dd) || Checksums.isValidDate(2000 + yy, mm, dd);
  }

  // ---------------------------------------------------------------- Canada

  /**
  * Canadian SIN (Employment and Social Development Canada, SIN Code of Practice): 9 digits,
  * Luhn; first digit 0 and 8 are not issued.
  */
  static boolean caSin(String s) {
    return s != null && s.length() == 9 && s.charAt(0) != '0' && s.charAt(0) != '8'
        && Checksums.luhn(s);
  }

  // ---------------------------------------------------------------- Australia

  private static final int[] MEDICARE_WEIGHTS = {1, 3, 7, 9, 1, 3, 7, 9};

  /**
  * Australian Medicare card number (Services Australia; check digit rule as published in the
  * Medicare Australia "Medicare card number" developer notes): 10 digits (card number, check
  * digit, issue number) or 11 with the individual reference number; first digit 2-6; check
  * digit (9th) = weighted sum of the first 8 mod 10; the IRN, when present, is 1-9.
  */
  static boolean auMedicare(String s) {
    if (s == null || (s.length() != 10 && s.length() != 11) || !allDigits(s)) {
      return false;
    }
    char first = s.charAt(0);
    if (first < '2' || first > '6' || (s.length() == 11 && s.charAt(10) == '0')) {
      return false;
    }
    return Checksums.weightedSum(s, 0, MEDICARE_WEIGHTS) % 10 == s.charAt(8) - '0';
  }

  // ---------------------------------------------------------------- India

  /**
  * Aadhaar (UIDAI "A UID Numbering Scheme", 2010): 12 digits, first digit 2-9, Verhoeff check
  * digit. Palindromes are rejected as python-stdnum does, since they are never issued and are
  * typical of placeholder numbers.
  */
  static boolean inAadhaar(String s) {
    if (s == null || s.length() != 12 || !allDigits(s) || s.charAt(0) < '2') {
      return false;
    }
    boolean palindrome = true;
    for (int i = 0; i < 6 && palindrome; i++) {
      palindrome = s.charAt(i) == s.charAt(11 - i);
    }
    return !palindrome && Checksums.verhoeff(s);
  }

  // ---------------------------------------------------------------- Singapore

  private static final int[] NRIC_WEIGHTS = {2, 7, 6, 5, 4, 3, 2};

  /**
  * Singapore NRIC / FIN (ICA; algorithm as used by the Singapore Government's FormSG
  * validator): prefix S/T (citizens, PR), F/G (foreigners to 2021), M (foreigners from 2022),
  * 7 digits, check letter. Weighted sum 2,7,6,5,4,3,2 plus offset 4 for T/G, 3 for M;
  * r = sum mod 11; S/T use "JZIHGFEDCBA"[r], F/G "XWUTRQPNMLK"[r], M "KLJNPQRTUWX"[10 - r].
  */
  static boolean sgNric(String s) {
    if (s == null || s.length() != 9) {
      return false;
    }
    int sum = Checksums.weightedSum(s, 1, NRIC_WEIGHTS);
    if (sum < 0) {
      return false;
    }
    char prefix = s.charAt(0);
    char expected;
    switch (prefix) {
      case 'S':
        expected = "JZIHGFEDCBA".charAt(sum % 11);
        break;
      case 'T':
        expected = "JZIHGFEDCBA".charAt((sum + 4) % 11);
        break;
      case 'F':
        expected = "XWUTRQPNMLK".charAt(sum % 11);
        break;
      case 'G':
        expected = "XWUTRQPNMLK".charAt((sum + 4) % 11);
        break;
      case 'M':
        expected = "KLJNPQRTUWX".charAt(10 - (sum + 3) % 11);
        break;
      default:
        return false;
    }
    return s.charAt(8) == expected;
  }
}
