package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.Checksums.allDigits;
import static dev.blindspot.detect.regex.Checksums.isDigit;
import static dev.blindspot.detect.regex.Checksums.isUpperLetter;
import static dev.blindspot.detect.regex.Checksums.number;

/**
* EU VAT identification numbers (the VIES format: ISO country code, or EL for Greece, followed by
* the national part). Rules follow the European Commission's VIES "VAT number validation"
* algorithm descriptions, which each member state publishes.
*
* <p>Verified by checksum: AT, BE, DE, DK, ES, FI, FR (numeric key), IE, IT, LU, NL, PL, PT, SE.
* Verified by format only: FR numbers whose key contains letters (the alphanumeric key formula is
* not implemented, such numbers are rejected rather than guessed); any other country returns
* false.
*/
final class EuVatNumbers {

  private EuVatNumbers() {
  }

  /** Dispatches on the two-letter prefix; false for unsupported countries. */
  static boolean isValid(String s) {
    if (s == null || s.length() < 4) {
      return false;
    }
    String body = s.substring(2);
    switch (s.charAt(0) << 8 | s.charAt(1)) {
      case 'A' << 8 | 'T':
        return at(body);
      case 'B' << 8 | 'E':
        return be(body);
      case 'D' << 8 | 'E':
        return de(body);
      case 'D' << 8 | 'K':
        return dk(body);
      case 'E' << 8 | 'S':
        return es(body);
      case 'F' << 8 | 'I':
        return fi(body);
      case 'F' << 8 | 'R':
        return fr(body);
      case 'I' << 8 | 'E':
        return ie(body);
      case 'I' << 8 | 'T':
        return it(body);
      case 'L' << 8 | 'U':
        return lu(body);
      case 'N' << 8 | 'L':
        return nl(body);
      case 'P' << 8 | 'L':
        return pl(body);
      case 'P' << 8 | 'T':
        return pt(body);
      case 'S' << 8 | 'E':
        return se(body);
      default:
        return false;
    }
  }

  /**
  * Austria UID: "U" + 8 digits; check digit = (10 - (S + 4) mod 10) mod 10 where S adds
  * digits 1,3,5,7 and the digit sums of 2 x digits 2,4,6 (a Luhn variant with a +4 offset).
  */
  static boolean at(String b) {
    if (b.length() != 9 || b.charAt(0) != 'U' || !allDigits(b, 1, 9)) {
      return false;
    }
    int sum = 0;
    for (int i = 1; i <= 7; i++) {
      int d = b.charAt(i) - '0';
      if ((i & 1) == 0) {
        d *= 2;
        d = d / 10 + d % 10;
      }
      sum += d;
    }
    return (10 - (sum + 4) % 10) % 10 == b.charAt(8) - '0';
  }

  /**
  * Belgium enterprise number: 10 digits starting with 0 or 1 (old 9-digit numbers are prefixed
  * with 0); last two digits = 97 - (first eight mod 97).
  */
  static boolean be(String b) {
    int n = b.length();
    if ((n != 9 && n != 10) || !allDigits(b) || (n == 10 && b.charAt(0) > '1')) {
      return false;
    }
    return 97 - number(b, 0, n - 2) % 97 == number(b, n - 2, n);
  }

  /** Germany USt-IdNr: 9 digits, first not 0, ISO 7064 MOD 11,10. */
  static boolean de(String b) {
    return b.length() == 9 && b.charAt(0) != '0' && Checksums.iso7064Mod11_10(b);
  }

  private static final int[] DK_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  /** Denmark CVR: 8 digits, first not 0, weights 2,7,6,5,4,3,2,1, sum divisible by 11. */
  static boolean dk(String b) {
    if (b.length() != 8 || b.charAt(0) == '0') {
      return false;
    }
    int sum = Checksums.weightedSum(b, 0, DK_WEIGHTS);
    return sum >= 0 && sum % 11 == 0;
  }

  /** Spain: any NIF (DNI, NIE, CIF, K/L/M). */
  static boolean es(String b) {
    return TaxIds.esNif(b);
  }

  private static final int[] FI_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1};

  /** Finland Y-tunnus: 8 digits, weights 7,9,10,5,8,4,2,1, sum divisible by 11. */
  static boolean fi(String b) {
    if (b.length() != 8) {
      return false;
    }
    int sum = Checksums.weightedSum(b, 0, FI_WEIGHTS);
    return sum >= 0 && sum % 11 == 0;
  }

  /**
  * France TVA intracommunautaire: 2-digit key + SIREN; key = (12 + 3 x (SIREN mod 97)) mod 97
  * (Code général des impôts, art. 286 ter, key as published by the DGFiP). The SIREN must also
  * pass Luhn, except the Monaco range (SIREN starting with 000) which has no Luhn digit.
  */
  static boolean fr(String b) {
    if (b.length() != 11 || !allDigits(b)) {
      return false;
    }
    int siren = number(b, 2, 11);
    if ((12 + 3 * (siren % 97)) % 97 != number(b, 0, 2)) {
      return false;
    }
    return b.startsWith("000", 2) || Checksums.luhnSum(b, 2, 11) % 10 == 0;
  }

  /**
  * Ireland: 7 digits + check letter (+ optional second letter A-I or W since 2013), or the
  * pre-2013 form digit, letter/+/*, 5 digits, letter, which is rearranged to
  * "0" + digits 3-7 + digit 1 before checking. Check letter = "WABCDEFGHIJKLMNOPQRSTUV"[sum
  * mod 23], with weights 8..2 over the digits and 9 x (second letter value, A=1..I=9, W=0).
  */
  static boolean ie(String b) {
    int n = b.length();
    if (n != 8 && n != 9) {
      return false;
    }
    int sum;
    char check;
    if (n == 8 && isDigit(b.charAt(0)) && !isDigit(b.charAt(1))) {
      char second = b.charAt(1);
      if (!(isUpperLetter(second) || second == '+' || second == '*') || !allDigits(b, 2, 7)) {
        return false;
      }
      // Old form: digits 3-7 take weights 7..3, digit 1 weight 2, the leading 0 weight 8.
      sum = 2 * (b.charAt(0) - '0');
      for (int i = 2; i < 7; i++) {
        sum += (9 - i) * (b.charAt(i) - '0');
      }
      check = b.charAt(7);
    } else {
      if (!allDigits(b, 0, 7)) {
        return false;
      }
      sum = 0;
      for (int i = 0; i < 7; i++) {
        sum += (8 - i) * (b.charAt(i) - '0');
      }
      check = b.charAt(7);
      if (n == 9) {
        char extra = b.charAt(8);
        // W stands for 0 and adds nothing.
        if (extra >= 'A' && extra <= 'I') {
          sum += 9 * (extra - 'A' + 1);
        } else if (extra != 'W') {
          return false;
        }
      }
    }
    return check == "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23);
  }

  /** Italy: partita IVA. */
  static boolean it(String b) {
    return TaxIds.itPartitaIva(b);
  }

  /** Luxembourg: 8 digits, last two = first six mod 89. */
  static boolean lu(String b) {
    if (b.length() != 8 || !allDigits(b)) {
      return false;
    }
    return number(b, 0, 6) % 89 == number(b, 6, 8);
  }

  /**
  * Netherlands btw-id: 9 digits + "B" + 2 digits. Accepted when the 9 digits pass the
  * elfproef (weights 9..2, the check digit with weight -1, as the RSIN/BSN) or, for the
  * post-2020 sole-trader numbers, when "NL" + the whole number passes ISO 7064 MOD 97-10.
  */
  static boolean nl(String b) {
    if (b.length() != 12 || !allDigits(b, 0, 9) || b.charAt(9) != 'B' || !allDigits(b, 10, 12)) {
      return false;
    }
    int sum = -(b.charAt(8) - '0');
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (b.charAt(i) - '0');
    }
    if (sum % 11 == 0 && number(b, 0, 9) != 0) {
      return true;
    }
    // N=23, L=21 as in ISO 13616, then the number with B=11.
    int r = 2321 % 97;
    for (int i = 0; i < 12; i++) {
      char c = b.charAt(i);
      r = c == 'B' ? (r * 100 + 11) % 97 : (r * 10 + (c - '0')) % 97;
    }
    return r == 1;
  }

  /** Poland: NIP. */
  static boolean pl(String b) {
    return TaxIds.plNip(b);
  }

  /**
  * Portugal NIF: 9 digits, weights 9..2 over the first eight, check = 11 - (sum mod 11), values
  * 10 and 11 becoming 0.
  */
  static boolean pt(String b) {
    if (b.length() != 9 || !allDigits(b)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (9 - i) * (b.charAt(i) - '0');
    }
    int check = 11 - sum % 11;
    if (check >= 10) {
      check = 0;
    }
    return check == b.charAt(8) - '0';
  }

  /** Sweden momsregistreringsnummer: 10-digit organisation/personal number (Luhn) + "01". */
  static boolean se(String b) {
    return b.length() == 12 && b.endsWith("01") && allDigits(b)
        && Checksums.luhnSum(b, 0, 10) % 10 == 0;
  }
}
