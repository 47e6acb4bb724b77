package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.Checksums.allDigits;
import static dev.blindspot.detect.regex.Checksums.isDigit;
import static dev.blindspot.detect.regex.Checksums.isUpperLetter;
import static dev.blindspot.detect.regex.Checksums.isValidDate;
import static dev.blindspot.detect.regex.Checksums.number;

/**
 * Validators of European personal, tax, social security and company identifiers, one per type of
 * {@link EuropeanIdFormats}. Each takes the candidate without separators, letters upper-cased, and
 * tells whether its structure (length, alphabet, embedded birth date, ranges) and check characters
 * are right. Pure static functions: they read chars with {@code charAt}, allocate nothing, and
 * return false on null, a wrong length or a char outside the alphabet instead of throwing.
 */
final class EuropeanIds {

  private EuropeanIds() {}

  /** Weighted sum of digits {@code s[from, from + weights.length)}, the digits checked before. */
  private static int sum(CharSequence s, int from, int[] weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += weights[i] * (s.charAt(from + i) - '0');
    }
    return sum;
  }

  private static boolean digits(CharSequence s, int length) {
    return s != null && s.length() == length && allDigits(s, 0, length);
  }

  private static int digit(CharSequence s, int i) {
    return s.charAt(i) - '0';
  }

  // ---------------------------------------------------------------- United Kingdom

  private static final int[] UTR_WEIGHTS = {6, 7, 8, 9, 10, 5, 4, 3, 2};

  /**
   * UK unique taxpayer reference (HMRC): ten digits, the first a check digit over the other nine,
   * weights 6 7 8 9 10 5 4 3 2, {@code "21987654321".charAt(sum mod 11)}.
   */
  static boolean ukUtr(String s) {
    return digits(s, 10) && "21987654321".charAt(sum(s, 1, UTR_WEIGHTS) % 11) == s.charAt(0);
  }

  /**
   * UK driving licence number (DVLA), sixteen chars: the first five of the surname padded with
   * {@code 9} (a letter first, no letter after a {@code 9}), the decade digit of the birth year,
   * the birth month (plus 50 for a woman), the day, the year digit, two initials (the second may
   * be {@code 9}), an arbitrary digit and two check letters. DVLA does not publish how the check
   * letters are computed, so this is a structure check.
   */
  static boolean ukDrivingLicence(String s) {
    if (s == null || s.length() != 16 || !isUpperLetter(s.charAt(0))) {
      return false;
    }
    boolean padding = false;
    for (int i = 1; i < 5; i++) {
      char c = s.charAt(i);
      if (c == '9') {
        padding = true;
      } else if (padding || !isUpperLetter(c)) {
        return false;
      }
    }
    if (!allDigits(s, 5, 11)) {
      return false;
    }
    int month = number(s, 6, 8);
    month = month > 50 ? month - 50 : month;
    int day = number(s, 8, 10);
    int year = digit(s, 5) * 10 + digit(s, 10);
    char second = s.charAt(12);
    return (isValidDate(1900 + year, month, day) || isValidDate(2000 + year, month, day))
        && isUpperLetter(s.charAt(11)) && (isUpperLetter(second) || second == '9')
        && isDigit(s.charAt(13)) && isUpperLetter(s.charAt(14)) && isUpperLetter(s.charAt(15));
  }

  // ---------------------------------------------------------------- France

  /**
   * French tax number of a person (numéro fiscal, SPI): thirteen digits, the first 0 to 3, the
   * last three the remainder of the first ten mod 511.
   */
  static boolean frTaxId(String s) {
    if (!digits(s, 13) || s.charAt(0) > '3') {
      return false;
    }
    long body = 0;
    for (int i = 0; i < 10; i++) {
      body = body * 10 + digit(s, i);
    }
    return body % 511 == number(s, 10, 13);
  }

  // ---------------------------------------------------------------- Germany

  private static final int[] RVNR_WEIGHTS = {2, 1, 2, 5, 7, 1, 2, 1, 2, 1, 2, 1};

  /**
   * German pension insurance number (Rentenversicherungsnummer, §147 SGB VI and its
   * Versicherungsnummern-Verordnung): area (two digits), birth date {@code DDMMYY}, initial of
   * the birth name, serial (two digits), check digit. The letter counts as its two-digit
   * position in the alphabet (A = 01); the twelve digits are multiplied by 2 1 2 5 7 1 2 1 2 1 2
   * 1, the digit sums of the products added, and the check is the sum mod 10.
   */
  static boolean deSocialSecurity(String s) {
    if (s == null || s.length() != 12 || !allDigits(s, 0, 8) || !isUpperLetter(s.charAt(8))
        || !allDigits(s, 9, 12)) {
      return false;
    }
    int day = number(s, 2, 4);
    int month = number(s, 4, 6);
    if (day < 1 || day > 31 || month < 1 || month > 12) {
      return false;
    }
    int letter = s.charAt(8) - 'A' + 1;
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      int d;
      if (i < 8) {
        d = digit(s, i);
      } else if (i == 8) {
        d = letter / 10;
      } else if (i == 9) {
        d = letter % 10;
      } else {
        d = digit(s, i - 1);
      }
      int product = d * RVNR_WEIGHTS[i];
      sum += product / 10 + product % 10;
    }
    return sum % 10 == digit(s, 11);
  }

  // ---------------------------------------------------------------- Spain

  /**
   * Spanish social security number (número de afiliación a la Seguridad Social): province (01 to
   * 53, or 66 to 99 for special registers), an eight-digit number and a two-digit key: the province
   * and the number read as one number mod 97, the number taking seven places when it is below ten
   * million.
   */
  static boolean esNss(String s) {
    if (!digits(s, 12)) {
      return false;
    }
    int province = number(s, 0, 2);
    int body = number(s, 2, 10);
    if (province < 1 || (province > 53 && province < 66)) {
      return false;
    }
    long joined =
        body < 10_000_000 ? province * 10_000_000L + body : province * 100_000_000L + body;
    return joined % 97 == number(s, 10, 12);
  }

  // ---------------------------------------------------------------- Portugal

  private static final int[] PT_NIF_WEIGHTS = {9, 8, 7, 6, 5, 4, 3, 2};

  /**
   * Portuguese tax number (NIF, número de contribuinte): nine digits, the first 1, 2, 3 (persons),
   * 5, 6, 8 or 9 (entities), or 45, 70, 71, 72, 74, 75, 77, 79; weights 9 to 2, check 11 - (sum
   * mod 11), 0 when that is 10 or 11.
   */
  static boolean ptNif(String s) {
    if (!digits(s, 9)) {
      return false;
    }
    char first = s.charAt(0);
    if (first == '4' || first == '7') {
      int prefix = number(s, 0, 2);
      if (prefix != 45 && prefix != 70 && prefix != 71 && prefix != 72 && prefix != 74
          && prefix != 75 && prefix != 77 && prefix != 79) {
        return false;
      }
    } else if (first == '0') {
      return false;
    }
    int check = 11 - sum(s, 0, PT_NIF_WEIGHTS) % 11;
    return (check >= 10 ? 0 : check) == digit(s, 8);
  }

  /**
   * Portuguese citizen card number (Cartão de Cidadão, AMA "Validação de Número de Documento do
   * Cartão de Cidadão"): the eight-digit civil id and its check digit, two version letters, a
   * check digit; the twelve chars, letters counting A = 10 ... Z = 35, pass the Luhn sum (every
   * second value from the right doubled, 9 taken off above 9) mod 10. The specification allows
   * digits as version chars too; issued cards carry letters, which tell the number from any other
   * run of twelve digits, so only letters are accepted.
   */
  static boolean ptCitizenCard(String s) {
    if (s == null || s.length() != 12 || !allDigits(s, 0, 9) || !isUpperLetter(s.charAt(9))
        || !isUpperLetter(s.charAt(10)) || !isDigit(s.charAt(11))) {
      return false;
    }
    int sum = 0;
    boolean doubled = false;
    for (int i = 11; i >= 0; i--) {
      char c = s.charAt(i);
      int v;
      if (isDigit(c)) {
        v = c - '0';
      } else if (isUpperLetter(c)) {
        v = c - 'A' + 10;
      } else {
        return false;
      }
      if (doubled) {
        v *= 2;
        if (v > 9) {
          v -= 9;
        }
      }
      sum += v;
      doubled = !doubled;
    }
    return sum % 10 == 0;
  }

  // ---------------------------------------------------------------- Ireland

  // Value of the check letter and of the second letter: W = 0, A = 1 ... V = 22.
  private static final String PPSN_LETTERS = "WABCDEFGHIJKLMNOPQRSTUV";

  /**
   * Irish personal public service number (Department of Social Protection): seven digits and a
   * check letter, optionally a second letter (A, B or H on numbers issued since 2013, W on old
   * numbers of married women). Weights 8 to 2 on the digits, 9 on the second letter's value; the
   * check letter is the sum mod 23 in W, A, B ... V.
   */
  static boolean iePpsn(String s) {
    if (s == null || (s.length() != 8 && s.length() != 9) || !allDigits(s, 0, 7)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 7; i++) {
      sum += (8 - i) * digit(s, i);
    }
    if (s.length() == 9) {
      char second = s.charAt(8);
      if (second != 'A' && second != 'B' && second != 'H' && second != 'W') {
        return false;
      }
      sum += 9 * PPSN_LETTERS.indexOf(second);
    }
    return PPSN_LETTERS.charAt(sum % 23) == s.charAt(7);
  }

  // ---------------------------------------------------------------- Switzerland, Austria

  /**
   * Swiss social security number (AHV/AVS, 13 digits since 2008): the country code 756, nine
   * digits and an EAN-13 check digit (weights 1 and 3 from the left).
   */
  static boolean chAhv(String s) {
    if (!digits(s, 13) || !s.startsWith("756")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += digit(s, i) * ((i & 1) == 0 ? 1 : 3);
    }
    return (10 - sum % 10) % 10 == digit(s, 12);
  }

  private static final int[] AT_SVNR_WEIGHTS = {3, 7, 9, 0, 5, 8, 4, 2, 1, 6};

  /**
   * Austrian social security number (Sozialversicherungsnummer): a three-digit serial (from 100),
   * a check digit, the birth date {@code DDMMYY} (the day 1 to 31, the month 1 to 12); the check
   * is the sum with weights 3 7 9 · 5 8 4 2 1 6 mod 11, never 10.
   */
  static boolean atSocialSecurity(String s) {
    if (!digits(s, 10) || s.charAt(0) == '0') {
      return false;
    }
    int day = number(s, 4, 6);
    int month = number(s, 6, 8);
    return day >= 1 && day <= 31 && month >= 1 && month <= 12
        && sum(s, 0, AT_SVNR_WEIGHTS) % 11 == digit(s, 3);
  }

  // ---------------------------------------------------------------- Nordic countries

  private static final String HETU_CHECK = "0123456789ABCDEFHJKLMNPRSTUVWXY";

  /**
   * Finnish personal identity code (henkilötunnus, DVV): birth date {@code DDMMYY}, century sign,
   * individual number 002 to 899, check char = the nine digits mod 31 in {@code
   * 0123456789ABCDEFHJKLMNPRSTUVWXY}. Given with its sign (eleven chars), the sign is a letter:
   * A to F for the 2000s, U to Y for the 1900s (since 2023); given without it (ten chars, the
   * sign having been the separator {@code -}), the year is in the 1900s.
   */
  static boolean fiHetu(String s) {
    if (s == null || (s.length() != 10 && s.length() != 11) || !allDigits(s, 0, 6)) {
      return false;
    }
    int century;
    int individual;
    if (s.length() == 11) {
      char sign = s.charAt(6);
      if (sign >= 'A' && sign <= 'F') {
        century = 2000;
      } else if (sign >= 'U' && sign <= 'Y') {
        century = 1900;
      } else {
        return false;
      }
      individual = 7;
    } else {
      century = 1900;
      individual = 6;
    }
    if (!allDigits(s, individual, individual + 3)) {
      return false;
    }
    int n = number(s, individual, individual + 3);
    if (n < 2 || n > 899
        || !isValidDate(century + number(s, 4, 6), number(s, 2, 4), number(s, 0, 2))) {
      return false;
    }
    int body = number(s, 0, 6) * 1000 + n;
    return HETU_CHECK.charAt(body % 31) == s.charAt(individual + 3);
  }

  private static final int[] NO_K1 = {3, 7, 6, 1, 8, 9, 4, 5, 2};
  private static final int[] NO_K2 = {5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /**
   * Norwegian national identity number (fødselsnummer, Skatteetaten), also the D-number (day plus
   * 40) and H-number (month plus 40): birth date {@code DDMMYY}, individual number (three digits)
   * and two mod 11 check digits, weights 3 7 6 1 8 9 4 5 2 and 5 4 3 2 7 6 5 4 3 2, each 11 -
   * (sum mod 11), 0 for 11, 10 never issued. The date must exist in the century the individual
   * number tells.
   */
  static boolean noFnr(String s) {
    if (!digits(s, 11) || mod11Check(sum(s, 0, NO_K1)) != digit(s, 9)
        || mod11Check(sum(s, 0, NO_K2)) != digit(s, 10)) {
      return false;
    }
    int day = number(s, 0, 2);
    int month = number(s, 2, 4);
    int year = number(s, 4, 6);
    int individual = number(s, 6, 9);
    day = day > 40 ? day - 40 : day;
    month = month > 40 ? month - 40 : month;
    int century;
    if (individual < 500) {
      century = 1900;
    } else if (individual < 750 && year >= 54) {
      century = 1800;
    } else if (year < 40) {
      century = 2000;
    } else if (individual >= 900) {
      century = 1900;
    } else {
      return false;
    }
    return isValidDate(century + year, month, day);
  }

  /** {@code 11 - (sum mod 11)}, 0 for 11, -1 for 10 (a check no valid number has). */
  private static int mod11Check(int sum) {
    int check = 11 - sum % 11;
    return check == 11 ? 0 : check == 10 ? -1 : check;
  }

  private static final int[] FI_BUSINESS_WEIGHTS = {7, 9, 10, 5, 8, 4, 2};

  /**
   * Finnish business id (Y-tunnus, PRH): seven digits and a check digit, weights 7 9 10 5 8 4 2,
   * check 0 for a sum divisible by 11, else 11 - (sum mod 11), remainder 1 never issued.
   */
  static boolean fiBusinessId(String s) {
    if (!digits(s, 8)) {
      return false;
    }
    int rest = sum(s, 0, FI_BUSINESS_WEIGHTS) % 11;
    return rest != 1 && (rest == 0 ? 0 : 11 - rest) == digit(s, 7);
  }

  private static final int[] NO_ORG_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  /**
   * Norwegian organisation number (organisasjonsnummer, Brønnøysundregistrene): nine digits, the
   * first 8 or 9, weights 3 2 7 6 5 4 3 2, check 11 - (sum mod 11), 0 for 11, 10 never issued.
   */
  static boolean noOrganisasjonsnummer(String s) {
    return digits(s, 9) && (s.charAt(0) == '8' || s.charAt(0) == '9')
        && mod11Check(sum(s, 0, NO_ORG_WEIGHTS)) == digit(s, 8);
  }

  private static final int[] DK_CVR_WEIGHTS = {2, 7, 6, 5, 4, 3, 2, 1};

  /**
   * Danish company register number (CVR-nummer, Erhvervsstyrelsen): eight digits, the first not
   * 0, weights 2 7 6 5 4 3 2 1, the sum divisible by 11.
   */
  static boolean dkCvr(String s) {
    return digits(s, 8) && s.charAt(0) != '0' && sum(s, 0, DK_CVR_WEIGHTS) % 11 == 0;
  }

  private static final int[] IS_KT_WEIGHTS = {3, 2, 7, 6, 5, 4, 3, 2};

  /**
   * Icelandic identification number (kennitala, Þjóðskrá): birth or founding date {@code DDMMYY}
   * (the day plus 40 for a company), two serial digits, a check digit (weights 3 2 7 6 5 4 3 2, 11
   * - (sum mod 11), 0 for 11, 10 never issued) and the century digit 8, 9 or 0.
   */
  static boolean isKennitala(String s) {
    if (!digits(s, 10) || mod11Check(sum(s, 0, IS_KT_WEIGHTS)) != digit(s, 8)) {
      return false;
    }
    int century = switch (s.charAt(9)) {
      case '8' -> 1800;
      case '9' -> 1900;
      case '0' -> 2000;
      default -> -1;
    };
    int day = number(s, 0, 2);
    return century > 0
        && isValidDate(century + number(s, 4, 6), number(s, 2, 4), day > 40 ? day - 40 : day);
  }

  /**
   * Danish personal identification number (CPR-nummer, CPR-kontoret): birth date {@code DDMMYY}
   * and a serial of four digits whose first digit and the year tell the century. The mod 11 check
   * was given up in 2007 (numbers without it are issued), so only the date is verified.
   */
  static boolean dkCpr(String s) {
    if (!digits(s, 10)) {
      return false;
    }
    int year = number(s, 4, 6);
    int seventh = digit(s, 6);
    int century;
    if (seventh <= 3) {
      century = 1900;
    } else if (seventh == 4 || seventh == 9) {
      century = year <= 36 ? 2000 : 1900;
    } else {
      century = year <= 57 ? 2000 : 1800;
    }
    return isValidDate(century + year, number(s, 2, 4), number(s, 0, 2));
  }

  /**
   * Swedish organisation number (organisationsnummer, Bolagsverket): ten digits, Luhn, the third
   * and fourth digits at least 20 (so that it is never a personnummer) and the first digit a
   * group code 1, 2, 3, 5, 6, 7, 8 or 9.
   */
  static boolean seOrganisationsnummer(String s) {
    return digits(s, 10) && s.charAt(0) != '0' && s.charAt(0) != '4'
        && number(s, 2, 4) >= 20 && Checksums.luhnSum(s, 0, 10) % 10 == 0;
  }

  // ---------------------------------------------------------------- Belgium

  /**
   * Belgian enterprise number (ondernemingsnummer / numéro d'entreprise, KBO/BCE): ten digits,
   * the first 0 or 1, the last two 97 - (the first eight mod 97).
   */
  static boolean beEnterpriseNumber(String s) {
    return digits(s, 10) && s.charAt(0) <= '1' && 97 - number(s, 0, 8) % 97 == number(s, 8, 10);
  }

  // ---------------------------------------------------------------- Central Europe

  /**
   * Czech birth number (rodné číslo, Act 133/2000), ten-digit form issued since 1954: birth date
   * {@code YYMMDD} (the month plus 50 for women, plus 20 more for numbers issued since 2004 when
   * a day ran out), a serial and a check digit making the number divisible by 11 (or the first
   * nine digits leaving 10 and the check being 0, on numbers of people born 1954 to 1985).
   */
  static boolean czBirthNumber(String s) {
    if (!digits(s, 10)) {
      return false;
    }
    int year = number(s, 0, 2);
    int month = number(s, 2, 4);
    if (month > 50) {
      month -= 50;
    }
    if (month > 20) {
      month -= 20;
    }
    if (!isValidDate(year < 54 ? 2000 + year : 1900 + year, month, number(s, 4, 6))) {
      return false;
    }
    long body = number(s, 0, 9);
    int rest = (int) (body % 11);
    return rest == 10 ? digit(s, 9) == 0 && year >= 54 && year < 86 : rest == digit(s, 9);
  }

  private static final int[] PL_ID_WEIGHTS = {7, 3, 1, 9, 7, 3, 1, 7, 3};

  /**
   * Polish identity card number (dowód osobisty): three letters, the check digit, five digits;
   * letters count A = 10 ... Z = 35, weights 7 3 1 9 7 3 1 7 3 over the nine chars, sum mod 10 is
   * 0.
   */
  static boolean plIdCard(String s) {
    if (s == null || s.length() != 9 || !allDigits(s, 3, 9)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 3; i++) {
      char c = s.charAt(i);
      if (!isUpperLetter(c)) {
        return false;
      }
      sum += PL_ID_WEIGHTS[i] * (c - 'A' + 10);
    }
    for (int i = 3; i < 9; i++) {
      sum += PL_ID_WEIGHTS[i] * digit(s, i);
    }
    return sum % 10 == 0;
  }

  private static final int[] REGON9_WEIGHTS = {8, 9, 2, 3, 4, 5, 6, 7};
  private static final int[] REGON14_WEIGHTS = {2, 4, 8, 5, 0, 9, 7, 3, 6, 1, 2, 4, 8};

  /**
   * Polish business register number (REGON, GUS): nine digits with weights 8 9 2 3 4 5 6 7, or
   * fourteen (a local unit: a valid nine-digit REGON and four digits) with weights 2 4 8 5 0 9 7
   * 3 6 1 2 4 8; the check is the sum mod 11, 0 for 10.
   */
  static boolean plRegon(String s) {
    if (s == null || (s.length() != 9 && s.length() != 14) || !allDigits(s)) {
      return false;
    }
    if (sum(s, 0, REGON9_WEIGHTS) % 11 % 10 != digit(s, 8)) {
      return false;
    }
    return s.length() == 9 || sum(s, 0, REGON14_WEIGHTS) % 11 % 10 == digit(s, 13);
  }

  /**
   * Hungarian social security number (TAJ szám): nine digits, the ninth the sum of the first
   * eight weighted 3 7 3 7 3 7 3 7, mod 10.
   */
  static boolean huTaj(String s) {
    if (!digits(s, 9)) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += digit(s, i) * ((i & 1) == 0 ? 3 : 7);
    }
    return sum % 10 == digit(s, 8);
  }

  // ---------------------------------------------------------------- South-eastern Europe

  /** Croatian personal identification number (OIB): eleven digits, ISO 7064 MOD 11,10. */
  static boolean hrOib(String s) {
    return digits(s, 11) && Checksums.iso7064Mod11_10(s);
  }

  private static final int[] CNP_WEIGHTS = {2, 7, 9, 1, 4, 6, 3, 5, 8, 2, 7, 9};

  /**
   * Romanian personal numeric code (CNP): sex and century digit (1/2 1900s, 3/4 1800s, 5/6 2000s,
   * 7/8 residents, 9 foreigners), birth date {@code YYMMDD}, county (01 to 52, 70), serial 001
   * to 999, check digit: weights 2 7 9 1 4 6 3 5 8 2 7 9, sum mod 11, 1 for 10.
   */
  static boolean roCnp(String s) {
    if (!digits(s, 13) || s.charAt(0) == '0') {
      return false;
    }
    int rest = sum(s, 0, CNP_WEIGHTS) % 11;
    if ((rest == 10 ? 1 : rest) != digit(s, 12)) {
      return false;
    }
    int county = number(s, 7, 9);
    if (county < 1 || (county > 52 && county != 70) || number(s, 9, 12) == 0) {
      return false;
    }
    int year = number(s, 1, 3);
    int month = number(s, 3, 5);
    int day = number(s, 5, 7);
    return switch (s.charAt(0)) {
      case '1', '2' -> isValidDate(1900 + year, month, day);
      case '3', '4' -> isValidDate(1800 + year, month, day);
      case '5', '6' -> isValidDate(2000 + year, month, day);
      default -> isValidDate(1900 + year, month, day) || isValidDate(2000 + year, month, day);
    };
  }

  private static final int[] EGN_WEIGHTS = {2, 4, 8, 5, 10, 9, 7, 3, 6};

  /**
   * Bulgarian uniform civil number (ЕГН, EGN): birth date {@code YYMMDD} (month plus 20 for the
   * 1800s, plus 40 for the 2000s), serial, check digit: weights 2 4 8 5 10 9 7 3 6, sum mod 11, 0
   * for 10.
   */
  static boolean bgEgn(String s) {
    if (!digits(s, 10) || sum(s, 0, EGN_WEIGHTS) % 11 % 10 != digit(s, 9)) {
      return false;
    }
    int year = number(s, 0, 2);
    int month = number(s, 2, 4);
    int day = number(s, 4, 6);
    if (month > 40) {
      return isValidDate(2000 + year, month - 40, day);
    }
    if (month > 20) {
      return isValidDate(1800 + year, month - 20, day);
    }
    return isValidDate(1900 + year, month, day);
  }

  private static final int[] EMSO_WEIGHTS = {7, 6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};

  /**
   * Slovenian unique master citizen number (EMŠO): birth date {@code DDMMYYY} (the last three
   * digits of the year, 9xx for the 1900s, 0xx for the 2000s), register 50 to 59 (Slovenia), a
   * serial and a check digit: weights 7 6 5 4 3 2 7 6 5 4 3 2, 11 - (sum mod 11), 0 for 11, 10
   * never issued.
   */
  static boolean siEmso(String s) {
    if (!digits(s, 13) || mod11Check(sum(s, 0, EMSO_WEIGHTS)) != digit(s, 12)) {
      return false;
    }
    int register = number(s, 7, 9);
    int year = number(s, 4, 7);
    if (register < 50 || register > 59 || (year >= 100 && year < 900)) {
      return false;
    }
    return isValidDate(year < 100 ? 2000 + year : 1000 + year, number(s, 2, 4), number(s, 0, 2));
  }

  /**
   * Greek social security number (ΑΜΚΑ, AMKA): birth date {@code DDMMYY}, five digits, Luhn over
   * the eleven.
   */
  static boolean grAmka(String s) {
    if (!digits(s, 11) || Checksums.luhnSum(s, 0, 11) % 10 != 0) {
      return false;
    }
    int year = number(s, 4, 6);
    int month = number(s, 2, 4);
    int day = number(s, 0, 2);
    return isValidDate(1900 + year, month, day) || isValidDate(2000 + year, month, day);
  }

  // ---------------------------------------------------------------- Baltic states

  private static final int[] BALTIC_W1 = {1, 2, 3, 4, 5, 6, 7, 8, 9, 1};
  private static final int[] BALTIC_W2 = {3, 4, 5, 6, 7, 8, 9, 1, 2, 3};

  /**
   * Estonian personal identification code (isikukood, standard EVS 585:2007): sex and century
   * digit (1/2 1800s, 3/4 1900s, 5/6 2000s), birth date {@code YYMMDD}, serial, check digit.
   */
  static boolean eeIsikukood(String s) {
    return balticCode(s);
  }

  /**
   * Lithuanian personal code (asmens kodas, standard LST 1516): the same structure and check as
   * the Estonian code.
   */
  static boolean ltAsmensKodas(String s) {
    return balticCode(s);
  }

  /**
   * The code shared by Estonia and Lithuania: eleven digits, the first 1 to 6 telling sex and
   * century, birth date {@code YYMMDD}, serial, check digit = sum with weights 1 2 3 4 5 6 7 8 9 1
   * mod 11; when that is 10, with weights 3 4 5 6 7 8 9 1 2 3, and 0 when that is 10 again.
   */
  private static boolean balticCode(String s) {
    if (!digits(s, 11) || s.charAt(0) < '1' || s.charAt(0) > '6') {
      return false;
    }
    int check = sum(s, 0, BALTIC_W1) % 11;
    if (check == 10) {
      check = sum(s, 0, BALTIC_W2) % 11 % 10;
    }
    if (check != digit(s, 10)) {
      return false;
    }
    int century = 1800 + (digit(s, 0) - 1) / 2 * 100;
    return isValidDate(century + number(s, 1, 3), number(s, 3, 5), number(s, 5, 7));
  }

  private static final int[] LV_WEIGHTS = {1, 6, 3, 7, 9, 10, 5, 8, 4, 2};

  /**
   * Latvian personal code (personas kods) of the form used until 2017: birth date {@code DDMMYY},
   * century digit (0 1800s, 1 1900s, 2 2000s), serial, check digit = (1101 - sum with weights 1 6
   * 3 7 9 10 5 8 4 2) mod 11, never 10. Codes issued since 2017 start with 32 and have no date
   * nor check; they are not recognized.
   */
  static boolean lvPersonasKods(String s) {
    if (!digits(s, 11) || s.charAt(6) > '2') {
      return false;
    }
    int check = (1101 - sum(s, 0, LV_WEIGHTS)) % 11;
    return check == digit(s, 10)
        && isValidDate(1800 + digit(s, 6) * 100 + number(s, 4, 6), number(s, 2, 4),
            number(s, 0, 2));
  }
}
