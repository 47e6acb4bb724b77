package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.Checksums.allDigits;
import static dev.blindspot.detect.regex.Checksums.isDigit;
import static dev.blindspot.detect.regex.Checksums.isUpperLetter;
import static dev.blindspot.detect.regex.Checksums.number;

/**
 * Validators for identifiers of the Americas, Asia, Africa and Oceania, vehicles and SIM cards (the
 * recognizers are in {@link WorldIdFormats}). Each takes a normalized candidate (upper case,
 * separators removed) and returns whether it is structurally and arithmetically plausible. Pure
 * functions that allocate nothing; null, a wrong length or a char outside the alphabet makes the
 * check fail, never throw.
 */
final class WorldIds {

  private WorldIds() {}

  // ---------------------------------------------------------------- United States

  /**
   * US National Provider Identifier (CMS, "Requirements for NPI check digit"): 10 digits, first 1
   * or 2, Luhn check over the number prefixed with the card issuer code 80840; the prefix adds a
   * constant 24 to the Luhn sum.
   */
  static boolean usNpi(String s) {
    return s != null && s.length() == 10 && allDigits(s)
        && (s.charAt(0) == '1' || s.charAt(0) == '2')
        && (24 + Checksums.luhnSum(s, 0, 10)) % 10 == 0;
  }

  // DEA registrant types (DEA Diversion Control, "Registrant types"): A, B, F, G practitioners,
  // hospitals and pharmacies; M mid-level practitioners; P, R distributors; X narcotic treatment
  // (DATA-waived); the other letters other business activities.
  private static final String DEA_REGISTRANT = "ABCDEFGHJKLMPRSTUX";

  /**
   * US DEA registration number: registrant type letter, the registrant's last-name initial (or 9
   * for a business), six digits and a check digit: the last digit of (d1 + d3 + d5) + 2 (d2 + d4
   * + d6).
   */
  static boolean usDea(String s) {
    if (s == null || s.length() != 9 || DEA_REGISTRANT.indexOf(s.charAt(0)) < 0
        || !(isUpperLetter(s.charAt(1)) || s.charAt(1) == '9') || !allDigits(s, 2, 9)) {
      return false;
    }
    int odd = d(s, 2) + d(s, 4) + d(s, 6);
    int even = d(s, 3) + d(s, 5) + d(s, 7);
    return (odd + 2 * even) % 10 == d(s, 8);
  }

  // Letters of the Medicare Beneficiary Identifier (CMS, "MBI format specifications"): A-Z
  // without S, L, O, I, B and Z, which are easily misread.
  private static final String MBI_LETTERS = "ACDEFGHJKMNPQRTUVWXY";

  /**
   * US Medicare Beneficiary Identifier (CMS MBI format specification): eleven chars by position
   * class C A AN N A AN N A A N N, where C is a digit 1-9, N a digit, A a letter of the MBI
   * alphabet and AN either. No check digit: a format check.
   */
  static boolean usMbi(String s) {
    if (s == null || s.length() != 11) {
      return false;
    }
    String classes = "CAXNAXNAANN";
    for (int i = 0; i < 11; i++) {
      char c = s.charAt(i);
      boolean letter = MBI_LETTERS.indexOf(c) >= 0;
      boolean ok = switch (classes.charAt(i)) {
        case 'C' -> c >= '1' && c <= '9';
        case 'N' -> isDigit(c);
        case 'A' -> letter;
        default -> letter || isDigit(c);
      };
      if (!ok) {
        return false;
      }
    }
    return true;
  }

  /**
   * US Employer Identification Number (IRS, "How EINs are assigned and valid EIN prefixes"):
   * nine digits whose first two are a prefix assigned to an IRS campus or to online
   * applications; 00, 07-09, 17-19, 28, 29, 49, 69, 70, 78, 79, 89, 96 and 97 are not assigned.
   * No check digit.
   */
  static boolean usEin(String s) {
    if (s == null || s.length() != 9 || !allDigits(s)) {
      return false;
    }
    int p = number(s, 0, 2);
    return switch (p) {
      case 0, 7, 8, 9, 17, 18, 19, 28, 29, 49, 69, 70, 78, 79, 89, 96, 97 -> false;
      default -> true;
    };
  }

  // ---------------------------------------------------------------- Canada

  /**
   * Canadian business number (Canada Revenue Agency): nine digits with a Luhn check (BN9),
   * optionally followed by a program account of two letters (RT for GST/HST, RP payroll, RC
   * corporate income tax, RM import-export, RR charity, RZ information returns) and four digits
   * (BN15).
   */
  static boolean caBusinessNumber(String s) {
    if (s == null || (s.length() != 9 && s.length() != 15) || !allDigits(s, 0, 9)
        || Checksums.luhnSum(s, 0, 9) % 10 != 0) {
      return false;
    }
    return s.length() == 9
        || (s.charAt(9) == 'R' && isUpperLetter(s.charAt(10)) && allDigits(s, 11, 15));
  }

  // ---------------------------------------------------------------- Brazil

  /**
   * Brazilian CPF (Receita Federal, Instrução Normativa RFB 2.172/2024): nine digits and two mod
   * 11 check digits, weights 10..2 then 11..2, a remainder of 10 giving 0; numbers of one
   * repeated digit are not issued.
   */
  static boolean brCpf(String s) {
    if (s == null || s.length() != 11 || !allDigits(s) || repeated(s)) {
      return false;
    }
    int first = 0;
    int second = 0;
    for (int i = 0; i < 9; i++) {
      first += d(s, i) * (10 - i);
      second += d(s, i) * (11 - i);
    }
    int c1 = first * 10 % 11 % 10;
    second += c1 * 2;
    return c1 == d(s, 9) && second * 10 % 11 % 10 == d(s, 10);
  }

  private static final int[] CNPJ_WEIGHTS = {6, 5, 4, 3, 2, 9, 8, 7, 6, 5, 4, 3, 2};

  /**
   * Brazilian CNPJ (Receita Federal, Instrução Normativa RFB 2.229/2024): twelve chars (digits, or
   * since July 2026 also letters, each valued as its ASCII code minus 48) and two mod 11 check
   * digits, weights 5..2, 9..2 then 6..2, 9..2, a remainder below 2 giving 0; a number of one
   * repeated digit is not issued.
   */
  static boolean brCnpj(String s) {
    if (s == null || s.length() != 14 || !allDigits(s, 12, 14) || repeated(s)) {
      return false;
    }
    int first = 0;
    int second = 0;
    for (int i = 0; i < 12; i++) {
      char c = s.charAt(i);
      if (!isDigit(c) && !isUpperLetter(c)) {
        return false;
      }
      first += (c - '0') * CNPJ_WEIGHTS[i + 1];
      second += (c - '0') * CNPJ_WEIGHTS[i];
    }
    int c1 = first % 11 < 2 ? 0 : 11 - first % 11;
    second += c1 * 2;
    int c2 = second % 11 < 2 ? 0 : 11 - second % 11;
    return c1 == d(s, 12) && c2 == d(s, 13);
  }

  // ---------------------------------------------------------------- Mexico

  // Alphabet of the CURP check digit (RENAPO, Instructivo normativo para la asignación de la
  // CURP): index is the char's value; Ñ, never in an ASCII candidate, keeps its place.
  private static final String CURP_VALUES = "0123456789ABCDEFGHIJKLMN\u00D1OPQRSTUVWXYZ";
  // Two-letter codes of the federal entities of birth, NE for born abroad.
  private static final String CURP_STATES =
      "AS BC BS CC CL CM CS CH DF DG GT GR HG JC MC MN MS NT NL OC PL QT QR SP SL SR TC TS TL VZ"
          + " YN ZS NE";

  /**
   * Mexican CURP (RENAPO): four letters, birth date YYMMDD, sex H, M or X, state of birth,
   * three consonants, a differentiator (a digit for births before 2000, a letter after, which
   * gives the century) and a check digit: weights 18..2 over the values of the first seventeen
   * chars, check = (10 - sum mod 10) mod 10.
   */
  static boolean mxCurp(String s) {
    if (s == null || s.length() != 18 || !letters(s, 0, 4) || !allDigits(s, 4, 10)
        || "HMX".indexOf(s.charAt(10)) < 0 || !letters(s, 11, 16) || !isDigit(s.charAt(17))) {
      return false;
    }
    if (!curpState(s.charAt(11), s.charAt(12))) {
      return false;
    }
    for (int i = 13; i < 16; i++) {
      if ("AEIOU".indexOf(s.charAt(i)) >= 0) {
        return false;
      }
    }
    char differentiator = s.charAt(16);
    int century = isDigit(differentiator) ? 1900 : isUpperLetter(differentiator) ? 2000 : -1;
    if (century < 0
        || !Checksums.isValidDate(century + number(s, 4, 6), number(s, 6, 8), number(s, 8, 10))) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += CURP_VALUES.indexOf(s.charAt(i)) * (18 - i);
    }
    return (10 - sum % 10) % 10 == d(s, 17);
  }

  private static boolean curpState(char first, char second) {
    for (int i = 0; i < CURP_STATES.length(); i += 3) {
      if (CURP_STATES.charAt(i) == first && CURP_STATES.charAt(i + 1) == second) {
        return true;
      }
    }
    return false;
  }

  // ---------------------------------------------------------------- Chile, Argentina

  /**
   * Chilean RUT/RUN (Servicio de Registro Civil e Identificación, SII): a body of seven or eight
   * digits (at least 1,000,000) and a check char: weights 2..7 repeating from the right, 11 - sum
   * mod 11, where 11 gives 0 and 10 gives K.
   */
  static boolean clRut(String s) {
    if (s == null || (s.length() != 8 && s.length() != 9) || !allDigits(s, 0, s.length() - 1)
        || s.charAt(0) == '0') {
      return false;
    }
    int sum = 0;
    int weight = 2;
    for (int i = s.length() - 2; i >= 0; i--) {
      sum += d(s, i) * weight;
      weight = weight == 7 ? 2 : weight + 1;
    }
    int r = 11 - sum % 11;
    char expected = r == 11 ? '0' : r == 10 ? 'K' : (char) ('0' + r);
    return s.charAt(s.length() - 1) == expected;
  }

  private static final int[] CUIT_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /**
   * Argentine CUIT/CUIL (AFIP, Resolución General 10/97): a type prefix (20, 23, 24, 25, 26, 27
   * for people, 30, 33, 34 for companies), the eight-digit document number and a check digit:
   * weights 5,4,3,2,7,6,5,4,3,2, 11 - sum mod 11, where 11 gives 0 and 10 is never issued (the
   * prefix is changed to 23 or 33 instead).
   */
  static boolean arCuit(String s) {
    if (s == null || s.length() != 11 || !allDigits(s)) {
      return false;
    }
    switch (number(s, 0, 2)) {
      case 20, 23, 24, 25, 26, 27, 30, 33, 34 -> { }
      default -> {
        return false;
      }
    }
    int r = 11 - Checksums.weightedSum(s, 0, CUIT_WEIGHTS) % 11;
    return r != 10 && (r == 11 ? 0 : r) == d(s, 10);
  }

  private static final int[] RUC_WEIGHTS = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /**
   * Peruvian RUC (SUNAT, Registro Único de Contribuyentes): eleven digits, a kind prefix (10 for
   * a person, followed by the DNI; 15, 17 other persons; 20 companies) and a check digit: weights
   * 5,4,3,2,7,6,5,4,3,2, check = (11 - sum mod 11) mod 10.
   */
  static boolean peRuc(String s) {
    if (s == null || s.length() != 11 || !allDigits(s)) {
      return false;
    }
    switch (number(s, 0, 2)) {
      case 10, 15, 17, 20 -> { }
      default -> {
        return false;
      }
    }
    return (11 - Checksums.weightedSum(s, 0, RUC_WEIGHTS) % 11) % 10 == d(s, 10);
  }

  private static final int[] NIT_WEIGHTS = {41, 37, 29, 23, 19, 17, 13, 7, 3};

  /**
   * Colombian NIT (DIAN, Número de Identificación Tributaria): nine digits and a verification
   * digit: weights 3, 7, 13, 17, 19, 23, 29, 37, 41 from the right, remainder r of the sum mod 11,
   * check r when r is 0 or 1, else 11 - r.
   */
  static boolean coNit(String s) {
    if (s == null || s.length() != 10 || !allDigits(s)) {
      return false;
    }
    int r = Checksums.weightedSum(s, 0, NIT_WEIGHTS) % 11;
    return (r <= 1 ? r : 11 - r) == d(s, 9);
  }

  // ---------------------------------------------------------------- China, Hong Kong, Taiwan

  private static final int[] CN_WEIGHTS = {7, 9, 10, 5, 8, 4, 2, 1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * Chinese resident identity card number (GB 11643-1999): a six-digit address code whose first
   * two digits are a province (11-15, 21-23, 31-37, 41-46, 50-54, 61-65, or 71, 81, 82, 83 for
   * Taiwan, Hong Kong and Macao residents), the birth date YYYYMMDD (1900 to 2099), a sequence
   * number and an ISO 7064 MOD 11-2 check char (weights 2^(17-i) mod 11; 10 is written X).
   */
  static boolean cnResidentId(String s) {
    if (s == null || s.length() != 18 || !allDigits(s, 0, 17)) {
      return false;
    }
    int province = number(s, 0, 2);
    boolean known = (province >= 11 && province <= 15) || (province >= 21 && province <= 23)
        || (province >= 31 && province <= 37) || (province >= 41 && province <= 46)
        || (province >= 50 && province <= 54) || (province >= 61 && province <= 65)
        || province == 71 || (province >= 81 && province <= 83);
    int year = number(s, 6, 10);
    if (!known || year < 1900 || year > 2099
        || !Checksums.isValidDate(year, number(s, 10, 12), number(s, 12, 14))) {
      return false;
    }
    int sum = Checksums.weightedSum(s, 0, CN_WEIGHTS);
    int check = (12 - sum % 11) % 11;
    char last = s.charAt(17);
    return check == 10 ? last == 'X' : last == '0' + check;
  }

  /**
   * Hong Kong identity card number (Immigration Department): one or two letters, six digits and a
   * check char, usually written {@code A123456(3)}: letters valued A=10 .. Z=35 and a single
   * letter preceded by a space valued 36, weights 9..2, check = 11 - sum mod 11, where 11 gives 0
   * and 10 gives A. Letters may be lower case.
   *
   * @param s the letters, digits and check char, without the parentheses
   */
  static boolean hkId(CharSequence s) {
    if (s == null || (s.length() != 8 && s.length() != 9)) {
      return false;
    }
    int letters = s.length() - 7;
    int sum = letters == 1 ? 36 * 9 : 0;
    for (int i = 0; i < letters; i++) {
      char c = upper(s.charAt(i));
      if (!isUpperLetter(c)) {
        return false;
      }
      sum += (c - 'A' + 10) * (7 + letters - i);
    }
    if (!allDigits(s, letters, letters + 6)) {
      return false;
    }
    for (int i = 0; i < 6; i++) {
      sum += (s.charAt(letters + i) - '0') * (7 - i);
    }
    int check = (11 - sum % 11) % 11;
    char last = upper(s.charAt(s.length() - 1));
    return check == 10 ? last == 'A' : last == '0' + check;
  }

  // Two-digit values of the Taiwanese area letters (Ministry of the Interior): A=10 .. H=17,
  // J=18 .. N=22, P=23 .. V=29, X=30, Y=31, W=32, Z=33, I=34, O=35.
  private static final byte[] TW_LETTER = {
    10, 11, 12, 13, 14, 15, 16, 17, 34, 18, 19, 20, 21, 22, 35, 23, 24, 25, 26, 27, 28, 29, 32,
    30, 31, 33
  };

  /**
   * Taiwanese national identification number (Ministry of the Interior): an area letter, a sex
   * digit (1, 2; 8, 9 for the resident certificates of foreigners since 2021), seven digits and a
   * check digit: the letter's two-digit value weighted 1 and 9, then weights 8..1 and 1, sum
   * divisible by 10.
   */
  static boolean twNationalId(String s) {
    if (s == null || s.length() != 10 || !isUpperLetter(s.charAt(0)) || !allDigits(s, 1, 10)
        || "1289".indexOf(s.charAt(1)) < 0) {
      return false;
    }
    int area = TW_LETTER[s.charAt(0) - 'A'];
    int sum = area / 10 + 9 * (area % 10) + d(s, 9);
    for (int i = 1; i < 9; i++) {
      sum += d(s, i) * (9 - i);
    }
    return sum % 10 == 0;
  }

  // ---------------------------------------------------------------- Japan, Korea

  /**
   * Japanese individual number, My Number (Ordinance of the Ministry of Internal Affairs and
   * Communications No. 85 of 2014, article 5): eleven digits and a check digit; the n-th digit
   * from the right of the eleven is weighted n + 1 for n up to 6, n - 5 after; remainder r of
   * the sum mod 11, check 0 when r is 0 or 1, else 11 - r.
   */
  static boolean jpMyNumber(String s) {
    if (s == null || s.length() != 12 || !allDigits(s)) {
      return false;
    }
    int sum = 0;
    for (int n = 1; n <= 11; n++) {
      sum += d(s, 11 - n) * (n <= 6 ? n + 1 : n - 5);
    }
    int r = sum % 11;
    return (r <= 1 ? 0 : 11 - r) == d(s, 11);
  }

  /**
   * South Korean resident registration number (Resident Registration Act): birth date YYMMDD and
   * seven digits, the first giving sex and century (1, 2, 5, 6 for 1900-1999; 3, 4, 7, 8 for 2000
   * on; 9, 0 for 1800-1899). Numbers issued since October 2020 end in random digits, so the old
   * check digit is not required: a date and format check.
   */
  static boolean krRrn(String s) {
    if (s == null || s.length() != 13 || !allDigits(s)) {
      return false;
    }
    int century = switch (s.charAt(6)) {
      case '1', '2', '5', '6' -> 1900;
      case '3', '4', '7', '8' -> 2000;
      default -> 1800;
    };
    return Checksums.isValidDate(century + number(s, 0, 2), number(s, 2, 4), number(s, 4, 6));
  }

  // ---------------------------------------------------------------- India

  /**
   * Indian GSTIN (CBIC, GST registration rules): a two-digit state code (01-38, 97 other
   * territory, 99 centre jurisdiction), the holder's PAN (five letters, four digits, a letter),
   * the registration count (1-9, A-Z), a letter (Z by default) and a check char: over the first
   * fourteen chars valued 0-9, A=10 .. Z=35, weights 1 and 2 alternating, each product's base-36
   * digits summed; check = (36 - sum mod 36) mod 36.
   */
  static boolean inGstin(String s) {
    if (s == null || s.length() != 15 || !allDigits(s, 0, 2) || !letters(s, 2, 7)
        || !allDigits(s, 7, 11) || !isUpperLetter(s.charAt(11))
        || !isUpperLetter(s.charAt(13)) || s.charAt(12) == '0') {
      return false;
    }
    int state = number(s, 0, 2);
    if (!(state >= 1 && state <= 38) && state != 97 && state != 99) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int v = base36(s.charAt(i));
      if (v < 0) {
        return false;
      }
      int p = v * (i % 2 == 0 ? 1 : 2);
      sum += p / 36 + p % 36;
    }
    return base36(s.charAt(14)) == (36 - sum % 36) % 36;
  }

  // ---------------------------------------------------------------- Africa, Middle East

  /**
   * South African identity number (Identification Act 68 of 1997): birth date YYMMDD, a
   * four-digit sequence (below 5000 female), citizenship (0 citizen, 1 permanent resident, 2
   * refugee), a digit formerly for race, and a Luhn check digit.
   */
  static boolean zaId(String s) {
    if (s == null || s.length() != 13 || !allDigits(s) || s.charAt(10) > '2') {
      return false;
    }
    int yy = number(s, 0, 2);
    int mm = number(s, 2, 4);
    int dd = number(s, 4, 6);
    return (Checksums.isValidDate(1900 + yy, mm, dd) || Checksums.isValidDate(2000 + yy, mm, dd))
        && Checksums.luhnSum(s, 0, 13) % 10 == 0;
  }

  /**
   * Israeli identity number, Teudat Zehut (Population and Immigration Authority): nine digits
   * (shorter numbers padded with leading zeros), weights 1 and 2 alternating from the left, the
   * digits of each product summed, total divisible by 10: the Luhn check. Zero is not issued.
   */
  static boolean ilId(String s) {
    return s != null && s.length() == 9 && allDigits(s) && !repeated(s) && Checksums.luhn(s);
  }

  /**
   * United Arab Emirates identity card number (Federal Authority for Identity and Citizenship):
   * fifteen digits, the country code 784, the holder's birth year (1900-2099), a seven-digit serial
   * and a Luhn check digit.
   */
  static boolean aeEmiratesId(String s) {
    if (s == null || s.length() != 15 || !allDigits(s) || !s.startsWith("784")) {
      return false;
    }
    int year = number(s, 3, 7);
    return year >= 1900 && year <= 2099 && Checksums.luhnSum(s, 0, 15) % 10 == 0;
  }

  // ---------------------------------------------------------------- Oceania

  private static final int[] IRD_PRIMARY = {3, 2, 7, 6, 5, 4, 3, 2};
  private static final int[] IRD_SECONDARY = {7, 4, 3, 2, 5, 2, 7, 6};

  /**
   * New Zealand IRD number (Inland Revenue, RWT and NRWT specification): eight or nine digits
   * between 10,000,000 and 150,000,000; the base (without the check digit, padded to eight
   * digits) weighted 3,2,7,6,5,4,3,2, check = 11 - sum mod 11 (0 for remainder 0); when that gives
   * 10 the weights 7,4,3,2,5,2,7,6 are used, and 10 again is invalid.
   */
  static boolean nzIrd(String s) {
    if (s == null || (s.length() != 8 && s.length() != 9) || !allDigits(s)) {
      return false;
    }
    int value = number(s, 0, s.length());
    if (value < 10_000_000 || value > 150_000_000) {
      return false;
    }
    int check = irdCheck(s, IRD_PRIMARY);
    if (check == 10) {
      check = irdCheck(s, IRD_SECONDARY);
    }
    return check != 10 && check == d(s, s.length() - 1);
  }

  /** The IRD check of the base digits of {@code s}, as if padded to eight digits. */
  private static int irdCheck(String s, int[] weights) {
    int pad = 9 - s.length();
    int sum = 0;
    for (int i = pad; i < 8; i++) {
      sum += weights[i] * d(s, i - pad);
    }
    int r = sum % 11;
    return r == 0 ? 0 : 11 - r;
  }

  /**
   * Australian company number (Corporations Act 2001, ASIC "ACN check digit"): nine digits,
   * weights 8..1 over the first eight, check = (10 - sum mod 10) mod 10.
   */
  static boolean auAcn(String s) {
    if (s == null || s.length() != 9 || !allDigits(s)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += d(s, i) * (8 - i);
    }
    return (10 - sum % 10) % 10 == d(s, 8);
  }

  // ---------------------------------------------------------------- South-East Asia

  /**
   * Thai national identification number (Department of Provincial Administration): thirteen
   * digits, the first a category 1-8; weights 13..2 over the first twelve, check = (11 - sum mod
   * 11) mod 10.
   */
  static boolean thNationalId(String s) {
    if (s == null || s.length() != 13 || !allDigits(s) || s.charAt(0) < '1' || s.charAt(0) > '8') {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += d(s, i) * (13 - i);
    }
    return (11 - sum % 11) % 10 == d(s, 12);
  }

  // ---------------------------------------------------------------- Vehicles

  // Transliteration of VIN letters (ISO 3779, 49 CFR 565.15): A-H = 1-8, J-R = 1-9 without O and
  // Q, S-Z = 2-9; I, O and Q are not used (-1).
  private static final byte[] VIN_VALUE = {
    1, 2, 3, 4, 5, 6, 7, 8, -1, 1, 2, 3, 4, 5, -1, 7, -1, 9, 2, 3, 4, 5, 6, 7, 8, 9
  };
  private static final int[] VIN_WEIGHTS = {8, 7, 6, 5, 4, 3, 2, 10, 0, 9, 8, 7, 6, 5, 4, 3, 2};

  /**
   * Vehicle identification number (ISO 3779): seventeen chars of digits and letters without I, O
   * and Q, holding a letter, with a model-year char in position 10 that is not U, Z or 0 and the
   * last four chars digits (as 49 CFR 565 requires). The position-9 check digit is mandatory only
   * in North America; {@link #vinChecked} tests it.
   */
  static boolean vin(String s) {
    if (s == null || s.length() != 17 || !allDigits(s, 13, 17)) {
      return false;
    }
    boolean letter = false;
    for (int i = 0; i < 13; i++) {
      char c = s.charAt(i);
      if (isUpperLetter(c)) {
        if (VIN_VALUE[c - 'A'] < 0) {
          return false;
        }
        letter = true;
      } else if (!isDigit(c)) {
        return false;
      }
    }
    char year = s.charAt(9);
    return letter && year != 'U' && year != 'Z' && year != '0';
  }

  /**
   * A {@link #vin} whose position-9 check digit is right (49 CFR 565.15): chars transliterated
   * to numbers, weights 8,7,6,5,4,3,2,10,0,9,8,7,6,5,4,3,2, sum mod 11, 10 written X.
   */
  static boolean vinChecked(String s) {
    if (!vin(s)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      sum += (isDigit(c) ? c - '0' : VIN_VALUE[c - 'A']) * VIN_WEIGHTS[i];
    }
    int check = sum % 11;
    return s.charAt(8) == (check == 10 ? 'X' : (char) ('0' + check));
  }

  // ---------------------------------------------------------------- SIM cards

  /**
   * Integrated circuit card identifier of a SIM card (ITU-T E.118): 19 or 20 digits starting with
   * the telecommunication industry code 89, then the country code, the issuer and the account, and
   * a Luhn check digit.
   */
  static boolean iccid(String s) {
    return s != null && (s.length() == 19 || s.length() == 20) && s.startsWith("89")
        && Checksums.luhn(s);
  }

  // ---------------------------------------------------------------- helpers

  private static int d(CharSequence s, int i) {
    return s.charAt(i) - '0';
  }

  private static char upper(char c) {
    return c >= 'a' && c <= 'z' ? (char) (c - 32) : c;
  }

  private static boolean letters(String s, int from, int to) {
    for (int i = from; i < to; i++) {
      if (!isUpperLetter(s.charAt(i))) {
        return false;
      }
    }
    return true;
  }

  private static int base36(char c) {
    return isDigit(c) ? c - '0' : isUpperLetter(c) ? c - 'A' + 10 : -1;
  }

  /** Tells whether every char of {@code s} is its first. */
  private static boolean repeated(String s) {
    for (int i = 1; i < s.length(); i++) {
      if (s.charAt(i) != s.charAt(0)) {
        return false;
      }
    }
    return true;
  }
}
