package dev.blindspot.benchmarks.corpus;

import java.math.BigInteger;

/** Check digits of the identifiers the generators produce, so that generated values are valid. */
final class Checksums {

  private static final String NIF_LETTERS = "TRWAGMYFPDXBNJZSQVHLCKE";

  private Checksums() {}

  /** Luhn check of a digit string. */
  static boolean luhnValid(String digits) {
    int sum = 0;
    boolean doubleIt = false;
    for (int i = digits.length() - 1; i >= 0; i--) {
      int d = digits.charAt(i) - '0';
      if (d < 0 || d > 9) {
        return false;
      }
      if (doubleIt) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubleIt = !doubleIt;
    }
    return !digits.isEmpty() && sum % 10 == 0;
  }

  /** The digit that makes {@code payload + digit} pass Luhn. */
  static int luhnCheckDigit(String payload) {
    for (int d = 0; d <= 9; d++) {
      if (luhnValid(payload + d)) {
        return d;
      }
    }
    throw new AssertionError("a Luhn check digit always exists");
  }

  /** ISO 13616 check: the rearranged IBAN, letters as numbers, is 1 modulo 97. */
  static boolean ibanValid(String compact) {
    if (compact.length() < 5) {
      return false;
    }
    return mod97(compact.substring(4) + compact.substring(0, 4)) == 1;
  }

  /** The two check digits of an IBAN for a country and BBAN. */
  static String ibanCheckDigits(String country, String bban) {
    int check = 98 - mod97(bban + country + "00");
    return (check < 10 ? "0" : "") + check;
  }

  private static int mod97(String alnum) {
    StringBuilder digits = new StringBuilder();
    for (int i = 0; i < alnum.length(); i++) {
      char c = alnum.charAt(i);
      if (Character.isDigit(c)) {
        digits.append(c);
      } else {
        digits.append(Character.toUpperCase(c) - 'A' + 10);
      }
    }
    return new BigInteger(digits.toString()).mod(BigInteger.valueOf(97)).intValue();
  }

  /** French RIB key of a bank code, branch code and all-digit account number. */
  static String ribKey(String bank, String branch, String account) {
    long b = Long.parseLong(bank);
    long g = Long.parseLong(branch);
    long a = Long.parseLong(account);
    long key = 97 - ((89 * b + 15 * g + 3 * a) % 97);
    return (key < 10 ? "0" : "") + key;
  }

  /** The two control digits of a Spanish account (CCC) from bank, branch and account. */
  static String spanishControl(String bank, String branch, String account) {
    return spanishDigit("00" + bank + branch) + "" + spanishDigit(account);
  }

  private static int spanishDigit(String ten) {
    int[] weights = {1, 2, 4, 8, 5, 10, 9, 7, 3, 6};
    int sum = 0;
    for (int i = 0; i < 10; i++) {
      sum += (ten.charAt(i) - '0') * weights[i];
    }
    int d = 11 - sum % 11;
    return d == 11 ? 0 : d == 10 ? 1 : d;
  }

  /** Key of a French NIR: 97 minus the 13-char number modulo 97 (Corsica: 2A as 19, 2B as 18). */
  static int nirKey(String thirteen) {
    String t = thirteen.toUpperCase(java.util.Locale.ROOT);
    long n;
    if (t.contains("2A")) {
      n = Long.parseLong(t.replace("2A", "19")) - 1_000_000L;
    } else if (t.contains("2B")) {
      n = Long.parseLong(t.replace("2B", "18")) - 2_000_000L;
    } else {
      n = Long.parseLong(t);
    }
    return (int) (97 - n % 97);
  }

  /** The check digit of a German tax id (ISO 7064 MOD 11,10) from its first ten digits. */
  static int germanTaxCheck(String ten) {
    int product = 10;
    for (int i = 0; i < ten.length(); i++) {
      int sum = (ten.charAt(i) - '0' + product) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    int check = 11 - product;
    return check == 10 ? 0 : check;
  }

  /** The control letter of a Spanish DNI number. */
  static char nifLetter(long number) {
    return NIF_LETTERS.charAt((int) (number % 23));
  }

  /** US SSN issuance rules: area not 000, 666 or 900-999, group not 00, serial not 0000. */
  static boolean ssnValid(String nineDigits) {
    if (nineDigits.length() != 9) {
      return false;
    }
    int area = Integer.parseInt(nineDigits.substring(0, 3));
    int group = Integer.parseInt(nineDigits.substring(3, 5));
    int serial = Integer.parseInt(nineDigits.substring(5));
    return area != 0 && area != 666 && area < 900 && group != 0 && serial != 0;
  }
}
