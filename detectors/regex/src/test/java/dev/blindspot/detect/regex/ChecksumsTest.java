package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.*;
import static org.junit.jupiter.api.Assertions.assertEquals;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

/** The check-digit algorithms against independent reference implementations. */
class ChecksumsTest {

  /** IBAN-style MOD 97-10 as the IBAN recognizer uses it: the whole value is 1 mod 97. */
  static boolean mod97IsOne(String s) {
    return s != null && !s.isEmpty() && Checksums.mod97(s, 0, s.length()) == 1;
  }

  @Test
  void luhn() {
    // Wikipedia "Luhn algorithm" worked example.
    assertAll(Checksums::luhn, true, "79927398713");
    assertAll(Checksums::luhn, false, "79927398710", "79927398731", "7992739871A", "");
    Random rnd = new Random(1);
    List<String> v = generate(rnd, 60, r -> digits(r, 5 + r.nextInt(15)) + "?", DIGITS, TestSupport::refLuhn);
    differential(Checksums::luhn, TestSupport::refLuhn, v, rnd);
    assertRobust(Checksums::luhn);
  }

  @Test
  void verhoeff() {
    // Wikipedia "Verhoeff algorithm": 236 -> check digit 3.
    assertAll(Checksums::verhoeff, true, "2363");
    assertAll(Checksums::verhoeff, false, "2364", "3263", "2365");
    Random rnd = new Random(2);
    List<String> v = generate(rnd, 60, r -> digits(r, 4 + r.nextInt(12)) + "?", DIGITS, TestSupport::refVerhoeff);
    Stats st = differential(Checksums::verhoeff, TestSupport::refVerhoeff, v, rnd);
    // Verhoeff detects every single substitution and adjacent transposition.
    for (String s : v) {
      for (int i = 0; i + 1 < s.length(); i++) {
        if (s.charAt(i) != s.charAt(i + 1)) {
          String sw = s.substring(0, i) + s.charAt(i + 1) + s.charAt(i) + s.substring(i + 2);
          assertEquals(false, Checksums.verhoeff(sw), sw);
        }
      }
    }
    assertRobust(Checksums::verhoeff);
  }

  static boolean refMod97(String s) {
    if (!s.matches("[0-9A-Z]+")) {
      return false;
    }
    StringBuilder sb = new StringBuilder();
    for (char c : s.toCharArray()) {
      sb.append(Character.digit(c, 36));
    }
    return new BigInteger(sb.toString()).mod(BigInteger.valueOf(97)).intValue() == 1;
  }

  @Test
  void mod97() {
    // ISO 13616 example IBAN GB82 WEST 1234 5698 7654 32, rearranged (country+check moved last).
    assertAll(ChecksumsTest::mod97IsOne, true, "WEST12345698765432GB82");
    assertAll(ChecksumsTest::mod97IsOne, false, "WEST12345698765432GB83", "WEST1234569876543-GB82");
    // Letters count in any case, as IBANs are accepted in any case.
    assertAll(ChecksumsTest::mod97IsOne, true, "west12345698765432gb82");
    Random rnd = new Random(3);
    List<String> v = generate(rnd, 60, r -> pick(r, DIGITS + LETTERS, 6 + r.nextInt(20)) + digits(r, 1) + "?",
        DIGITS, ChecksumsTest::refMod97);
    differential(ChecksumsTest::mod97IsOne, ChecksumsTest::refMod97, v, rnd);
    assertRobust(ChecksumsTest::mod97IsOne);
  }

  @Test
  void iso7064Mod11_10() {
    Random rnd = new Random(4);
    // Steuer-ID example from python-stdnum de/idnr doctest.
    assertAll(Checksums::iso7064Mod11_10, true, "36574261809");
    assertAll(Checksums::iso7064Mod11_10, false, "36574261890");
    List<String> v = generate(rnd, 60, r -> digits(r, 4 + r.nextInt(12)) + "?", DIGITS, TestSupport::refMod11_10);
    differential(Checksums::iso7064Mod11_10, TestSupport::refMod11_10, v, rnd);
    assertRobust(Checksums::iso7064Mod11_10);
  }

  static boolean refIcao(String s) {
    if (!s.matches("[0-9A-Z<]+\\d")) {
      return false;
    }
    int[] w = {7, 3, 1};
    int sum = 0;
    for (int i = 0; i < s.length() - 1; i++) {
      char c = s.charAt(i);
      sum += (c == '<' ? 0 : Character.digit(c, 36)) * w[i % 3];
    }
    return sum % 10 == s.charAt(s.length() - 1) - '0';
  }

  @Test
  void icao9303() {
    // ICAO Doc 9303 specimen MRZ fields (document number, birth and expiry dates), both the
    // older "L898902C<3 ... 6908061 ... 9406236" and the current "L898902C36 ... 7408122 ... 1204159".
    assertAll(Checksums::icao9303, true, "L898902C<3", "6908061", "9406236", "L898902C36", "7408122", "1204159");
    assertAll(Checksums::icao9303, false, "L898902C<4", "7408121", "L898902C3X");
    Random rnd = new Random(6);
    List<String> v = generate(rnd, 60, r -> pick(r, DIGITS + LETTERS, 6 + r.nextInt(6)) + "?", DIGITS, ChecksumsTest::refIcao);
    differential(Checksums::icao9303, ChecksumsTest::refIcao, v, rnd);
    assertRobust(Checksums::icao9303);
  }

  @Test
  void isValidDate() {
    Random rnd = new Random(7);
    for (int i = 0; i < 5000; i++) {
      int y = 1700 + rnd.nextInt(600);
      int m = rnd.nextInt(14);
      int d = rnd.nextInt(33);
      assertEquals(dateExists(y, m, d), Checksums.isValidDate(y, m, d), y + "-" + m + "-" + d);
    }
    assertEquals(true, Checksums.isValidDate(2000, 2, 29));
    assertEquals(false, Checksums.isValidDate(1900, 2, 29));
  }
}
