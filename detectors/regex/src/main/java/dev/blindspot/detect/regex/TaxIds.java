package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.Checksums.allDigits;
import static dev.blindspot.detect.regex.Checksums.isDigit;
import static dev.blindspot.detect.regex.Checksums.isUpperLetter;
import static dev.blindspot.detect.regex.Checksums.number;

/**
* Validators for tax, company and bank identifiers (national forms, without an EU VAT country
* prefix; see {@link EuVatNumbers} for the prefixed forms).
*/
final class TaxIds {

  private TaxIds() {
  }

  // ---------------------------------------------------------------- United States

  /**
  * ABA routing transit number (American Bankers Association; Federal Reserve Operating
  * Circular 3 "routing number" rules): 9 digits, weights 3,7,1 repeating, sum mod 10 == 0.
  * The first two digits must be a Federal Reserve routing symbol: 00 (US government), 01-12
  * (banks), 21-32 (thrifts), 61-72 (electronic), 80 (traveller's cheques).
  */
  static boolean usAbaRouting(String s) {
    if (s == null || s.length() != 9 || !allDigits(s)) {
      return false;
    }
    int p = number(s, 0, 2);
    if (!(p <= 12 || (p >= 21 && p <= 32) || (p >= 61 && p <= 72) || p == 80)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i += 3) {
      sum += 3 * (s.charAt(i) - '0') + 7 * (s.charAt(i + 1) - '0') + (s.charAt(i + 2) - '0');
    }
    return sum % 10 == 0;
  }

  // ---------------------------------------------------------------- France

  /** French SIREN (INSEE): 9 digits, Luhn. */
  static boolean frSiren(String s) {
    return s != null && s.length() == 9 && Checksums.luhn(s);
  }

  /**
  * French SIRET (INSEE): SIREN + 5-digit establishment number, Luhn over all 14 digits. La
  * Poste (SIREN 356000000) establishments cannot all satisfy Luhn, so INSEE instead requires
  * the plain digit sum to be a multiple of 5 for them.
  */
  static boolean frSiret(String s) {
    if (s == null || s.length() != 14 || !allDigits(s)) {
      return false;
    }
    if (s.startsWith("356000000")) {
      int sum = 0;
      for (int i = 0; i < 14; i++) {
        sum += s.charAt(i) - '0';
      }
      return sum % 5 == 0;
    }
    return Checksums.luhnSum(s, 0, 14) % 10 == 0;
  }

  // ---------------------------------------------------------------- Germany

  /**
  * German Steuerliche Identifikationsnummer (§ 139b AO; BZSt format rules): 11 digits, first
  * not 0; among the first ten digits exactly one digit occurs two or three times and all
  * others at most once, a tripled digit never on three adjacent positions; the 11th digit is
  * the ISO 7064 MOD 11,10 check digit.
  */
  static boolean deSteuerId(String s) {
    if (s == null || s.length() != 11 || !allDigits(s) || s.charAt(0) == '0') {
      return false;
    }
    int counts = 0; // ten 3-bit counters packed in one int: no array per call
    int repeated = 0;
    for (int i = 0; i < 10; i++) {
      int d = s.charAt(i) - '0';
      int c = ((counts >>> (3 * d)) & 7) + 1;
      if (c > 3) {
        return false;
      }
      counts += 1 << (3 * d);
      if (c == 2) {
        repeated++;
      }
      if (c == 3 && i >= 2 && s.charAt(i - 1) == s.charAt(i) && s.charAt(i - 2) == s.charAt(i)) {
        return false;
      }
    }
    return repeated == 1 && Checksums.iso7064Mod11_10(s);
  }

  // ---------------------------------------------------------------- Spain

  // Real Decreto 1065/2007 and Orden EHA/451/2008: entity-type letters of the NIF of legal
  // entities (the former CIF).
  private static final String ES_CIF_TYPES = "ABCDEFGHJNPQRSUVW";

  /**
  * Spanish CIF (NIF of a legal entity, Orden EHA/451/2008): entity letter + 7 digits + control.
  * Control digit c = (10 - (sum of digits at even positions + sum of digit-sums of the doubled
  * digits at odd positions) mod 10) mod 10; written as a digit, or as "JABCDEFGHI"[c]. Types
  * N, P, Q, R, S, W require the letter, A, B, E, H the digit, the others accept both.
  */
  static boolean esCif(String s) {
    if (s == null || s.length() != 9 || !allDigits(s, 1, 8)) {
      return false;
    }
    char type = s.charAt(0);
    if (ES_CIF_TYPES.indexOf(type) < 0) {
      return false;
    }
    int sum = 0;
    for (int i = 1; i <= 7; i++) {
      int d = s.charAt(i) - '0';
      if ((i & 1) == 1) {
        d *= 2;
        d = d / 10 + d % 10;
      }
      sum += d;
    }
    int c = (10 - sum % 10) % 10;
    char control = s.charAt(8);
    boolean digitOk = control == (char) ('0' + c);
    boolean letterOk = control == "JABCDEFGHI".charAt(c);
    switch (type) {
      case 'N':
      case 'P':
      case 'Q':
      case 'R':
      case 'S':
      case 'W':
        return letterOk;
      case 'A':
      case 'B':
      case 'E':
      case 'H':
        return digitOk;
      default:
        return digitOk || letterOk;
    }
  }

  /**
  * Spanish NIF of any kind: DNI, NIE, CIF, or the K/L/M personal NIFs (letter + 7 digits + DNI
  * letter of the 7-digit number) issued to minors and non-residents without DNI/NIE.
  */
  static boolean esNif(String s) {
    if (s == null || s.length() != 9) {
      return false;
    }
    char first = s.charAt(0);
    if (isDigit(first)) {
      return NationalIds.esDni(s);
    }
    if (first == 'X' || first == 'Y' || first == 'Z') {
      return NationalIds.esNie(s);
    }
    if (first == 'K' || first == 'L' || first == 'M') {
      return allDigits(s, 1, 8)
          && NationalIds.ES_DNI_LETTERS.charAt(number(s, 1, 8) % 23) == s.charAt(8);
    }
    return esCif(s);
  }

  // ---------------------------------------------------------------- Italy

  /**
  * Italian partita IVA (DPR 633/1972 art. 35; check digit defined by DM 23/12/1976 as the Luhn
  * algorithm): 11 digits = 7-digit serial + 3-digit provincial office + check digit. An
  * all-zero serial or office is never assigned.
  */
  static boolean itPartitaIva(String s) {
    if (s == null || s.length() != 11 || !Checksums.luhn(s)) {
      return false;
    }
    return number(s, 0, 7) != 0 && number(s, 7, 10) != 0;
  }

  // ---------------------------------------------------------------- Poland

  private static final int[] NIP_WEIGHTS = {6, 5, 7, 2, 3, 4, 5, 6, 7};

  /**
  * Polish NIP (Rozporządzenie Ministra Finansów, 2004): 10 digits; weights 6,5,7,2,3,4,5,6,7;
  * check = sum mod 11, where 10 means the number is never issued.
  */
  static boolean plNip(String s) {
    if (s == null || s.length() != 10 || !allDigits(s)) {
      return false;
    }
    int check = Checksums.weightedSum(s, 0, NIP_WEIGHTS) % 11;
    return check != 10 && check == s.charAt(9) - '0';
  }

  // ---------------------------------------------------------------- Australia

  private static final int[] TFN_WEIGHTS = {1, 4, 3, 7, 5, 8, 6, 9, 10};

  /**
  * Australian Tax File Number (ATO): 9 digits (or 8 for old numbers) with weights
  * 1,4,3,7,5,8,6,9,10, sum divisible by 11. The 8-digit form uses the first eight weights, as
  * python-stdnum and numchk do.
  */
  static boolean auTfn(String s) {
    if (s == null || (s.length() != 8 && s.length() != 9) || !allDigits(s)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < s.length(); i++) {
      sum += TFN_WEIGHTS[i] * (s.charAt(i) - '0');
    }
    return sum % 11 == 0;
  }

  private static final int[] ABN_WEIGHTS = {10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19};

  /**
  * Australian Business Number (ATO "Format of the ABN"): 11 digits; subtract 1 from the first
  * digit, weights 10,1,3,5,...,19, sum divisible by 89.
  */
  static boolean auAbn(String s) {
    if (s == null || s.length() != 11 || !allDigits(s) || s.charAt(0) == '0') {
      return false;
    }
    int sum = Checksums.weightedSum(s, 0, ABN_WEIGHTS) - ABN_WEIGHTS[0];
    return sum % 89 == 0;
  }

  // ---------------------------------------------------------------- India

  // Income Tax Department PAN structure: 4th char is the holder type (Association of persons,
  // Body of individuals, Company, Firm, Government, HUF, Artificial juridical person, Krish,
  // Local authority, Person, Trust).
  private static final String PAN_HOLDER_TYPES = "ABCFGHJKLPT";

  /**
  * Indian PAN (Income Tax Department): AAAAA9999A, 4th letter a holder type, serial 0001-9999.
  * The last letter is a check character whose algorithm is not published, so this is a
  * format check only.
  */
  static boolean inPan(String s) {
    if (s == null || s.length() != 10) {
      return false;
    }
    for (int i = 0; i < 5; i++) {
      if (!isUpperLetter(s.charAt(i))) {
        return false;
      }
    }
    return PAN_HOLDER_TYPES.indexOf(s.charAt(3)) >= 0 && allDigits(s, 5, 9)
        && number(s, 5, 9) != 0 && isUpperLetter(s.charAt(9));
  }
}
