package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.*;

import java.math.BigInteger;
import java.util.HashMap;
import java.util.List;
import java.util.Map;
import java.util.Random;
import java.util.Set;
import org.junit.jupiter.api.Test;

class NationalIdsTest {

  // ------------------------------------------------ US ITIN

  static boolean refItin(String s) {
    return s.matches("9\\d\\d(5\\d|6[0-5]|7\\d|8[0-8]|9[0-2]|9[4-9])\\d{4}");
  }

  @Test
  void usItin() {
    assertAll(NationalIds::usItin, true, "912501234", "900700000", "999999999", "912941234", "988881234");
    assertAll(NationalIds::usItin, false, "912491234", "912661234", "912891234", "912931234", "812501234",
        "91250123", "9125012345", "91250123A");
    Random rnd = new Random(10);
    List<String> v = generate(rnd, 60, r -> "9" + digits(r, 2) + "?" + digits(r, 5), DIGITS, NationalIdsTest::refItin);
    differential(NationalIds::usItin, NationalIdsTest::refItin, v, rnd);
    assertRobust(NationalIds::usItin);
  }

  // ------------------------------------------------ UK

  static boolean refNino(String s) {
    return s.matches("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z]\\d{6}[A-D]")
        && !Set.of("BG", "GB", "KN", "NK", "NT", "TN", "ZZ").contains(s.substring(0, 2));
  }

  @Test
  void ukNino() {
    assertAll(UkNinoRecognizer::valid, true, "AB123456C", "JG103759A", "OA000000D");
    // QQ123456C is HMRC's deliberately invalid documentation example.
    assertAll(UkNinoRecognizer::valid, false, "QQ123456C", "AO123456C", "GB123456A", "ZZ123456A", "AB123456E", "AB12345C");
    Random rnd = new Random(11);
    List<String> v = generate(rnd, 60, r -> pick(r, LETTERS, 2) + digits(r, 6) + "?", "ABCD", NationalIdsTest::refNino);
    differential(UkNinoRecognizer::valid, NationalIdsTest::refNino, v, rnd);
    assertRobust(UkNinoRecognizer::valid);
  }

  static boolean refNhs(String s) {
    return s.matches("\\d{10}") && (weighted(s, 10, 9, 8, 7, 6, 5, 4, 3, 2, 1)) % 11 == 0;
  }

  @Test
  void ukNhs() {
    // NHS Digital's commonly published test number.
    assertAll(NationalIds::ukNhs, true, "9434765919");
    assertAll(NationalIds::ukNhs, false, "9434765918", "4934765919", "943476591");
    Random rnd = new Random(12);
    List<String> v = generate(rnd, 60, r -> digits(r, 9) + "?", DIGITS, NationalIdsTest::refNhs);
    differential(NationalIds::ukNhs, NationalIdsTest::refNhs, v, rnd);
    assertRobust(NationalIds::ukNhs);
  }

  // ------------------------------------------------ Germany ID card

  static boolean refDeId(String s) {
    return s.matches("[0-9CFGHJKLMNPRTVWXYZ]{9}\\d") && ChecksumsTest.refIcao(s);
  }

  @Test
  void deIdCardNumber() {
    // Specimen "Erika Mustermann" ID card (BMI/BSI sample), document number T22000129, check 3.
    assertAll(NationalIds::deIdCardNumber, true, "T220001293");
    assertAll(NationalIds::deIdCardNumber, false, "T220001294", "T22000129", "A220001293");
    Random rnd = new Random(14);
    List<String> v = generate(rnd, 60, r -> pick(r, "0123456789CFGHJKLMNPRTVWXYZ", 9) + "?", DIGITS, NationalIdsTest::refDeId);
    differential(NationalIds::deIdCardNumber, NationalIdsTest::refDeId, v, rnd);
    assertRobust(NationalIds::deIdCardNumber);
  }

  // ------------------------------------------------ Spain

  static final String DNI = "TRWAGMYFPDXBNJZSQVHLCKE";

  static boolean refDni(String s) {
    return s.matches("\\d{8}[A-Z]") && DNI.charAt(Integer.parseInt(s.substring(0, 8)) % 23) == s.charAt(8);
  }

  static boolean refNie(String s) {
    return s.matches("[XYZ]\\d{7}[A-Z]") && refDni("XYZ".indexOf(s.charAt(0)) + s.substring(1));
  }

  @Test
  void esDniNie() {
    // python-stdnum es/dni and es/nie doctests.
    assertAll(NationalIds::esDni, true, "54362315K", "00000000T");
    assertAll(NationalIds::esDni, false, "54362315Z", "54362315", "X2482300W");
    assertAll(NationalIds::esNie, true, "X2482300W", "Y0000000Z");
    assertAll(NationalIds::esNie, false, "X2482300A", "W2482300W", "54362315K");
    Random rnd = new Random(15);
    List<String> v = generate(rnd, 60, r -> digits(r, 8) + "?", LETTERS, NationalIdsTest::refDni);
    differential(NationalIds::esDni, NationalIdsTest::refDni, v, rnd);
    List<String> n = generate(rnd, 60, r -> "XYZ".charAt(r.nextInt(3)) + digits(r, 7) + "?", LETTERS, NationalIdsTest::refNie);
    differential(NationalIds::esNie, NationalIdsTest::refNie, n, rnd);
    assertRobust(NationalIds::esDni);
    assertRobust(NationalIds::esNie);
  }

  // ------------------------------------------------ Italy codice fiscale

  static final Map<Character, Integer> CF_ODD = new HashMap<>();

  static {
    // Table of DM 23/12/1976, written as the decree lists it.
    String table = "A0=1 B1=0 C2=5 D3=7 E4=9 F5=13 G6=15 H7=17 I8=19 J9=21 K=2 L=4 M=18 N=20 O=11 P=3 "
        + "Q=6 R=8 S=12 T=14 U=16 V=10 W=22 X=25 Y=24 Z=23";
    for (String e : table.split(" ")) {
      String[] kv = e.split("=");
      for (char c : kv[0].toCharArray()) {
        CF_ODD.put(c, Integer.parseInt(kv[1]));
      }
    }
  }

  static boolean refCf(String s) {
    String d = "[0-9LMNPQRSTUV]";
    if (!s.matches("[A-Z]{6}" + d + "{2}[ABCDEHLMPRST]" + d + "{2}[A-Z]" + d + "{3}[A-Z]")) {
      return false;
    }
    String dayStr = s.substring(9, 11);
    StringBuilder plain = new StringBuilder();
    for (char c : dayStr.toCharArray()) {
      plain.append(Character.isDigit(c) ? c : (char) ('0' + "LMNPQRSTUV".indexOf(c)));
    }
    int day = Integer.parseInt(plain.toString());
    if (!((day >= 1 && day <= 31) || (day >= 41 && day <= 71))) {
      return false;
    }
    int sum = 0;
    for (int pos = 1; pos <= 15; pos++) {
      char c = s.charAt(pos - 1);
      sum += pos % 2 == 1 ? CF_ODD.get(c) : Character.isDigit(c) ? c - '0' : c - 'A';
    }
    return s.charAt(15) == LETTERS.charAt(sum % 26);
  }

  @Test
  void itCodiceFiscale() {
    // python-stdnum it/codicefiscale doctests; RSSMRA80A01H501U is the usual documentation example.
    assertAll(NationalIds::itCodiceFiscale, true, "RCCMNL83S18D969H", "RSSMRA80A01H501U");
    assertAll(NationalIds::itCodiceFiscale, false, "RCCMNL83S18D969", "RCCMNL83S18D969A", "RCCMNL83F18D969H");
    Random rnd = new Random(16);
    String dg = DIGITS + DIGITS + DIGITS + "LMNPQRSTUV";
    List<String> v = generate(rnd, 80, r -> pick(r, LETTERS, 6) + pick(r, dg, 2) + pick(r, "ABCDEHLMPRST", 1)
        + (r.nextBoolean() ? "0" : "4") + pick(r, "12", 1) + pick(r, LETTERS, 1) + pick(r, dg, 3) + "?",
        LETTERS, NationalIdsTest::refCf);
    differential(NationalIds::itCodiceFiscale, NationalIdsTest::refCf, v, rnd);
    assertRobust(NationalIds::itCodiceFiscale);
  }

  // ------------------------------------------------ NL / BE

  static boolean refBsn(String s) {
    return s.matches("\\d{9}") && !s.equals("000000000") && weighted(s, 9, 8, 7, 6, 5, 4, 3, 2, -1) % 11 == 0;
  }

  @Test
  void nlBsn() {
    // Commonly published BSN test numbers; 111222333 is used in Dutch government test data.
    assertAll(NationalIds::nlBsn, true, "111222333", "123456782");
    assertAll(NationalIds::nlBsn, false, "111222334", "000000000", "12345678");
    Random rnd = new Random(17);
    List<String> v = generate(rnd, 60, r -> digits(r, 8) + "?", DIGITS, NationalIdsTest::refBsn);
    differential(NationalIds::nlBsn, NationalIdsTest::refBsn, v, rnd);
    assertRobust(NationalIds::nlBsn);
  }

  static boolean refBeNn(String s) {
    if (!s.matches("\\d{11}")) {
      return false;
    }
    long key = Long.parseLong(s.substring(9));
    return 97 - Long.parseLong(s.substring(0, 9)) % 97 == key || 97 - Long.parseLong("2" + s.substring(0, 9)) % 97 == key;
  }

  @Test
  void beNationalNumber() {
    // python-stdnum be/nn doctest (85.07.30-033.28) and a post-2000 number built by the documented rule.
    assertAll(NationalIds::beNationalNumber, true, "85073003328");
    assertAll(NationalIds::beNationalNumber, false, "85073003329", "8507300332");
    Random rnd = new Random(18);
    List<String> v = generate(rnd, 60, r -> digits(r, 9) + digits(r, 1) + "?", DIGITS, NationalIdsTest::refBeNn);
    differential(NationalIds::beNationalNumber, NationalIdsTest::refBeNn, v, rnd);
    assertRobust(NationalIds::beNationalNumber);
  }

  // ------------------------------------------------ Poland PESEL

  static boolean refPesel(String s) {
    if (!s.matches("\\d{11}") || (10 - weighted(s, 1, 3, 7, 9, 1, 3, 7, 9, 1, 3) % 10) % 10 != s.charAt(10) - '0') {
      return false;
    }
    int m = Integer.parseInt(s.substring(2, 4));
    int y = Integer.parseInt(s.substring(0, 2));
    int century = m > 80 ? 1800 : m > 60 ? 2200 : m > 40 ? 2100 : m > 20 ? 2000 : 1900;
    return dateExists(century + y, m % 20, Integer.parseInt(s.substring(4, 6)));
  }

  @Test
  void plPesel() {
    // python-stdnum pl/pesel doctest.
    assertAll(NationalIds::plPesel, true, "44051401359");
    assertAll(NationalIds::plPesel, false, "44051401358", "02381307589", "4405140135");
    Random rnd = new Random(19);
    List<String> v = generate(rnd, 80, r -> {
      int m = 1 + r.nextInt(12) + 20 * r.nextInt(5);
      return digits(r, 2) + String.format("%02d%02d", m, 1 + r.nextInt(28)) + digits(r, 4) + "?";
    }, DIGITS, NationalIdsTest::refPesel);
    differential(NationalIds::plPesel, NationalIdsTest::refPesel, v, rnd);
    assertRobust(NationalIds::plPesel);
  }

  // ------------------------------------------------ Sweden

  static boolean refSe(String s) {
    if (!s.matches("\\d{10}|(18|19|20)\\d{10}")) {
      return false;
    }
    String ten = s.substring(s.length() - 10);
    if (!refLuhn(ten)) {
      return false;
    }
    int y = Integer.parseInt(ten.substring(0, 2));
    int m = Integer.parseInt(ten.substring(2, 4));
    int d = Integer.parseInt(ten.substring(4, 6));
    d = d > 60 ? d - 60 : d;
    if (s.length() == 12) {
      return dateExists(Integer.parseInt(s.substring(0, 2)) * 100 + y, m, d);
    }
    return dateExists(1900 + y, m, d) || dateExists(2000 + y, m, d);
  }

  @Test
  void sePersonnummer() {
    // python-stdnum se/personnummer doctests (880320-0016, 8803200016, 19880320-0016) and
    // Skatteverket's samordningsnummer example pattern 701063-2391.
    assertAll(NationalIds::sePersonnummer, true, "8803200016", "198803200016", "7010632391");
    assertAll(NationalIds::sePersonnummer, false, "8803200061", "8813200016", "178803200016", "88032000");
    Random rnd = new Random(20);
    List<String> v = generate(rnd, 80, r -> (r.nextBoolean() ? "19" : "") + digits(r, 2)
        + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28) + (r.nextInt(4) == 0 ? 60 : 0))
        + digits(r, 3) + "?", DIGITS, NationalIdsTest::refSe);
    differential(NationalIds::sePersonnummer, NationalIdsTest::refSe, v, rnd);
    assertRobust(NationalIds::sePersonnummer);
  }

  // ------------------------------------------------ Canada / Australia / India / Singapore

  static boolean refSin(String s) {
    return s.matches("[1-79]\\d{8}") && refLuhn(s);
  }

  @Test
  void caSin() {
    // python-stdnum ca/sin doctest.
    assertAll(NationalIds::caSin, true, "123456782");
    assertAll(NationalIds::caSin, false, "999999999", "823456785", "12345678Z", "046454286");
    Random rnd = new Random(21);
    List<String> v = generate(rnd, 60, r -> "1234567" .charAt(r.nextInt(7)) + digits(r, 7) + "?", DIGITS, NationalIdsTest::refSin);
    differential(NationalIds::caSin, NationalIdsTest::refSin, v, rnd);
    assertRobust(NationalIds::caSin);
  }

  static boolean refMedicare(String s) {
    return s.matches("[2-6]\\d{9}|[2-6]\\d{8}\\d[1-9]")
        && weighted(s, 1, 3, 7, 9, 1, 3, 7, 9) % 10 == s.charAt(8) - '0';
  }

  @Test
  void auMedicare() {
    // Widely used Services Australia test card number 2123 45670 1.
    assertAll(NationalIds::auMedicare, true, "2123456701", "21234567011");
    assertAll(NationalIds::auMedicare, false, "2123456711", "1123456701", "21234567010", "212345670");
    Random rnd = new Random(22);
    List<String> v = generate(rnd, 60, r -> "23456".charAt(r.nextInt(5)) + digits(r, 7) + "?" + digits(r, 1)
        + (r.nextBoolean() ? "" : "123456789".charAt(r.nextInt(9))), DIGITS, NationalIdsTest::refMedicare);
    differential(NationalIds::auMedicare, NationalIdsTest::refMedicare, v, rnd);
    assertRobust(NationalIds::auMedicare);
  }

  static boolean refAadhaar(String s) {
    return s.matches("[2-9]\\d{11}") && !new StringBuilder(s).reverse().toString().equals(s) && refVerhoeff(s);
  }

  @Test
  void inAadhaar() {
    // python-stdnum in_/aadhaar doctests.
    assertAll(NationalIds::inAadhaar, true, "234123412346");
    assertAll(NationalIds::inAadhaar, false, "234123412347", "123412341234", "222222222222", "643343121");
    Random rnd = new Random(23);
    List<String> v = generate(rnd, 60, r -> "23456789".charAt(r.nextInt(8)) + digits(r, 10) + "?", DIGITS, NationalIdsTest::refAadhaar);
    differential(NationalIds::inAadhaar, NationalIdsTest::refAadhaar, v, rnd);
    assertRobust(NationalIds::inAadhaar);
  }

  static boolean refNric(String s) {
    if (!s.matches("[STFGM]\\d{7}[A-Z]")) {
      return false;
    }
    char p = s.charAt(0);
    int total = weighted(s.substring(1), 2, 7, 6, 5, 4, 3, 2) + Map.of('S', 0, 'T', 4, 'F', 0, 'G', 4, 'M', 3).get(p);
    int r = total % 11;
    // FormSG (opengovsg) formulation: M series takes letter P - 1 with P = 11 - r.
    String letter = switch (p) {
      case 'S', 'T' -> "JZIHGFEDCBA".substring(r, r + 1);
      case 'F', 'G' -> "XWUTRQPNMLK".substring(r, r + 1);
      default -> "KLJNPQRTUWX".substring(11 - r - 1, 11 - r);
    };
    return letter.charAt(0) == s.charAt(8);
  }

  @Test
  void sgNric() {
    // Examples from public validators (S1234567D/T1234567J/F1234567N/G1234567X; FormSG-style M1234567K).
    assertAll(NationalIds::sgNric, true, "S1234567D", "T1234567J", "F1234567N", "G1234567X", "M1234567K");
    assertAll(NationalIds::sgNric, false, "S1234567A", "A1234567D", "S123456D", "M1234567X");
    Random rnd = new Random(24);
    List<String> v = generate(rnd, 80, r -> "STFGM".charAt(r.nextInt(5)) + digits(r, 7) + "?", LETTERS, NationalIdsTest::refNric);
    differential(NationalIds::sgNric, NationalIdsTest::refNric, v, rnd);
    assertRobust(NationalIds::sgNric);
  }
}
