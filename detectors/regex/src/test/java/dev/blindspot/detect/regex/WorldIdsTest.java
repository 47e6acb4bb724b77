package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.DIGITS;
import static dev.blindspot.detect.regex.TestSupport.LETTERS;
import static dev.blindspot.detect.regex.TestSupport.assertAll;
import static dev.blindspot.detect.regex.TestSupport.assertRobust;
import static dev.blindspot.detect.regex.TestSupport.dateExists;
import static dev.blindspot.detect.regex.TestSupport.differential;
import static dev.blindspot.detect.regex.TestSupport.digits;
import static dev.blindspot.detect.regex.TestSupport.generate;
import static dev.blindspot.detect.regex.TestSupport.pick;
import static dev.blindspot.detect.regex.TestSupport.refLuhn;
import static dev.blindspot.detect.regex.TestSupport.replace;
import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.util.List;
import java.util.Random;
import java.util.Set;
import java.util.function.Function;
import java.util.function.Predicate;
import org.junit.jupiter.api.Test;

/**
 * The validators of {@link WorldIds}: published examples, and a differential test against an
 * independent reference written in another style (regular expressions, {@link BigInteger},
 * {@code java.time}), on seeded valid values and their mutants.
 */
class WorldIdsTest {

  /** Asserts that every change of one digit of a valid value to another digit fails. */
  static void everyDigitChangeFails(Predicate<String> impl, String... valid) {
    for (String v : valid) {
      assertTrue(impl.test(v), v);
      for (int i = 0; i < v.length(); i++) {
        if (!Character.isDigit(v.charAt(i))) {
          continue;
        }
        for (char c = '0'; c <= '9'; c++) {
          if (c != v.charAt(i)) {
            String m = replace(v, i, c);
            assertFalse(impl.test(m), () -> "accepted " + m);
          }
        }
      }
    }
  }

  /** Compares a format validator with its reference on random strings of an alphabet. */
  static void sameOnRandom(Predicate<String> impl, Predicate<String> reference,
      Function<Random, String> template, long seed) {
    Random rnd = new Random(seed);
    int accepted = 0;
    for (int i = 0; i < 2000; i++) {
      String s = template.apply(rnd);
      boolean expected = reference.test(s);
      assertEquals(expected, impl.test(s), s);
      accepted += expected ? 1 : 0;
    }
    assertTrue(accepted > 20 && accepted < 1980, "accepted " + accepted);
  }

  // ------------------------------------------------ United States

  static boolean refNpi(String s) {
    return s.matches("[12]\\d{9}") && refLuhn("80840" + s);
  }

  @Test
  void usNpi() {
    // CMS, "Requirements for NPI check digit": 123456789 gets check digit 3.
    assertAll(WorldIds::usNpi, true, "1234567893", "1416721102", "2840388542");
    assertAll(WorldIds::usNpi, false, "1234567894", "3234567893", "123456789", "12345678930",
        "0234567893");
    everyDigitChangeFails(WorldIds::usNpi, "1234567893", "2840388542");
    Random rnd = new Random(101);
    List<String> v = generate(rnd, 60, r -> "12".charAt(r.nextInt(2)) + digits(r, 8) + "?",
        DIGITS, WorldIdsTest::refNpi);
    differential(WorldIds::usNpi, WorldIdsTest::refNpi, v, rnd);
    assertRobust(WorldIds::usNpi);
  }

  static boolean refDea(String s) {
    if (!s.matches("[ABCDEFGHJKLMPRSTUX][A-Z9]\\d{7}")) {
      return false;
    }
    int[] d = s.substring(2).chars().map(c -> c - '0').toArray();
    int total = d[0] + d[2] + d[4] + 2 * (d[1] + d[3] + d[5]);
    return Integer.toString(total).endsWith(Integer.toString(d[6]));
  }

  @Test
  void usDea() {
    assertAll(WorldIds::usDea, true, "AB1234563", "B91234563", "MD9607613");
    assertAll(WorldIds::usDea, false, "AB1234564", "QB1234563", "A11234563", "AB123456",
        "ab1234563");
    Random rnd = new Random(102);
    List<String> v = generate(rnd, 60, r -> pick(r, "ABFGMPRX", 1) + pick(r, LETTERS + "9", 1)
        + digits(r, 6) + "?", DIGITS, WorldIdsTest::refDea);
    differential(WorldIds::usDea, WorldIdsTest::refDea, v, rnd);
    assertRobust(WorldIds::usDea);
  }

  static final String MBI_LETTER = "[AC-HJKMNP-RT-Y]";

  static boolean refMbi(String s) {
    String an = "[AC-HJKMNP-RT-Y0-9]";
    return s.matches("[1-9]" + MBI_LETTER + an + "\\d" + MBI_LETTER + an + "\\d" + MBI_LETTER
        + MBI_LETTER + "\\d\\d");
  }

  @Test
  void usMbi() {
    // CMS, "Understanding the MBI": the format example 1EG4-TE5-MK73.
    assertAll(WorldIds::usMbi, true, "1EG4TE5MK73", "9AA9AA9AA99", "1A04A04AA00");
    assertAll(WorldIds::usMbi, false, "0EG4TE5MK73", "1SG4TE5MK73", "1EG4TE5MK7", "1EGATE5MK73",
        "1EG4TE5MK733", "1EG4TESMK73", "1EG4BE5MK73");
    sameOnRandom(WorldIds::usMbi, WorldIdsTest::refMbi,
        r -> pick(r, "123456789", 1) + pick(r, "ACDEFGHJKMNPQRTUVWXY", 2) + digits(r, 1)
            + pick(r, "ACDEFGHJKMNPQRTUVWXYBS0", 2) + digits(r, 1)
            + pick(r, "ACDEFGHJKMNPQRTUVWXYZ5", 2) + digits(r, 2), 103);
    assertRobust(WorldIds::usMbi);
  }

  static final Set<String> EIN_UNASSIGNED = Set.of("00", "07", "08", "09", "17", "18", "19",
      "28", "29", "49", "69", "70", "78", "79", "89", "96", "97");

  @Test
  void usEin() {
    assertAll(WorldIds::usEin, true, "123456789", "010000000", "990000000", "271432918");
    for (int p = 0; p < 100; p++) {
      String s = String.format("%02d1234567", p);
      assertEquals(!EIN_UNASSIGNED.contains(s.substring(0, 2)), WorldIds.usEin(s), s);
    }
    assertAll(WorldIds::usEin, false, "12345678", "1234567890", "12345678A");
    assertRobust(WorldIds::usEin);
  }

  // ------------------------------------------------ Canada

  static boolean refBn(String s) {
    return s.matches("\\d{9}(R[A-Z]\\d{4})?") && refLuhn(s.substring(0, 9));
  }

  @Test
  void caBusinessNumber() {
    assertAll(WorldIds::caBusinessNumber, true, "123456782", "123456782RT0001",
        "123456782RP0002");
    assertAll(WorldIds::caBusinessNumber, false, "123456789", "123456789RT0001",
        "123456782XT0001", "123456782RT001", "123456782R10001");
    everyDigitChangeFails(WorldIds::caBusinessNumber, "123456782", "878505973");
    Random rnd = new Random(104);
    List<String> v = generate(rnd, 60, r -> digits(r, 8) + "?", DIGITS, WorldIdsTest::refBn);
    differential(WorldIds::caBusinessNumber, WorldIdsTest::refBn, v, rnd);
    assertRobust(WorldIds::caBusinessNumber);
  }

  // ------------------------------------------------ Brazil

  /** CPF check digit as the Receita states it: 11 minus the remainder, 10 and 11 giving 0. */
  static int cpfDigit(String body) {
    int weight = body.length() + 1;
    int sum = 0;
    for (char c : body.toCharArray()) {
      sum += (c - '0') * weight--;
    }
    int d = 11 - sum % 11;
    return d >= 10 ? 0 : d;
  }

  static boolean refCpf(String s) {
    return s.matches("\\d{11}") && !s.matches("(\\d)\\1{10}")
        && cpfDigit(s.substring(0, 9)) == s.charAt(9) - '0'
        && cpfDigit(s.substring(0, 10)) == s.charAt(10) - '0';
  }

  @Test
  void brCpf() {
    // A widely published specimen: 111.444.777-35.
    assertAll(WorldIds::brCpf, true, "11144477735", "12345678909", "52998224725");
    assertAll(WorldIds::brCpf, false, "11144477736", "11144477745", "11111111111", "00000000000",
        "1114447773", "111444777350");
    Random rnd = new Random(105);
    List<String> w = generate(rnd, 60, r -> {
      String body = digits(r, 9);
      return body + cpfDigit(body) + "?";
    }, DIGITS, WorldIdsTest::refCpf);
    differential(WorldIds::brCpf, WorldIdsTest::refCpf, w, rnd);
    assertRobust(WorldIds::brCpf);
  }

  static int cnpjDigit(String body) {
    int sum = 0;
    int weight = 2;
    for (int i = body.length() - 1; i >= 0; i--) {
      sum += (body.charAt(i) - 48) * weight;
      weight = weight == 9 ? 2 : weight + 1;
    }
    return sum % 11 < 2 ? 0 : 11 - sum % 11;
  }

  static boolean refCnpj(String s) {
    return s.matches("[0-9A-Z]{12}\\d\\d") && !s.matches("(.)\\1{13}")
        && cnpjDigit(s.substring(0, 12)) == s.charAt(12) - '0'
        && cnpjDigit(s.substring(0, 13)) == s.charAt(13) - '0';
  }

  @Test
  void brCnpj() {
    // A widely published specimen (11.222.333/0001-81) and the Receita Federal's example of the
    // alphanumeric CNPJ (12.ABC.345/01DE-35).
    assertAll(WorldIds::brCnpj, true, "11222333000181", "12ABC34501DE35");
    assertAll(WorldIds::brCnpj, false, "11222333000182", "12ABC34501DE36", "00000000000000",
        "1122233300018", "12ABC34501DE3A", "12abc34501DE35");
    Random rnd = new Random(106);
    List<String> v = generate(rnd, 60, r -> {
      String body = pick(r, DIGITS + LETTERS, 12);
      return body + cnpjDigit(body) + "?";
    }, DIGITS, WorldIdsTest::refCnpj);
    differential(WorldIds::brCnpj, WorldIdsTest::refCnpj, v, rnd);
    assertRobust(WorldIds::brCnpj);
  }

  // ------------------------------------------------ Mexico

  static boolean refCurp(String s) {
    if (!s.matches("[A-Z]{4}\\d{6}[HMX](AS|BC|BS|CC|CL|CM|CS|CH|DF|DG|GT|GR|HG|JC|MC|MN|MS|NT|NL"
        + "|OC|PL|QT|QR|SP|SL|SR|TC|TS|TL|VZ|YN|ZS|NE)[B-DF-HJ-NP-TV-Z]{3}[0-9A-Z]\\d")) {
      return false;
    }
    int year = (Character.isDigit(s.charAt(16)) ? 1900 : 2000)
        + Integer.parseInt(s.substring(4, 6));
    if (!dateExists(year, Integer.parseInt(s.substring(6, 8)),
        Integer.parseInt(s.substring(8, 10)))) {
      return false;
    }
    String table = "0123456789ABCDEFGHIJKLMN\u00D1OPQRSTUVWXYZ";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      sum += table.indexOf(s.charAt(i)) * (18 - i);
    }
    return (sum + s.charAt(17) - '0') % 10 == 0;
  }

  @Test
  void mxCurp() {
    // The widely published specimen CURP (RENAPO specimen document).
    assertAll(WorldIds::mxCurp, true, "HEGG560427MVZRRL04", "MASL000715MNLRNRA4");
    assertAll(WorldIds::mxCurp, false, "HEGG560427MVZRRL05", "HEGG561327MVZRRL04",
        "HEGG560427MXXRRL04", "HEGG560427MVZARL04", "HEGG560427KVZRRL04", "HEGG560427MVZRRL0",
        "HEGG560230MVZRRL04");
    Random rnd = new Random(107);
    List<String> v = generate(rnd, 60, r -> pick(r, LETTERS, 4)
        + String.format("%02d%02d%02d", r.nextInt(100), 1 + r.nextInt(12), 1 + r.nextInt(28))
        + pick(r, "HM", 1) + List.of("DF", "JC", "NL", "VZ", "NE").get(r.nextInt(5))
        + pick(r, "BCDFGHJKLMNPRSTVXZ", 3) + pick(r, DIGITS + LETTERS, 1) + "?", DIGITS,
        WorldIdsTest::refCurp);
    differential(WorldIds::mxCurp, WorldIdsTest::refCurp, v, rnd);
    assertRobust(WorldIds::mxCurp);
  }

  // ------------------------------------------------ Chile, Argentina

  static boolean refRut(String s) {
    if (!s.matches("[1-9]\\d{6,7}[0-9K]")) {
      return false;
    }
    String body = new StringBuilder(s.substring(0, s.length() - 1)).reverse().toString();
    int sum = 0;
    for (int i = 0; i < body.length(); i++) {
      sum += (body.charAt(i) - '0') * (2 + i % 6);
    }
    return "0K987654321".charAt(sum % 11) == s.charAt(s.length() - 1);
  }

  @Test
  void clRut() {
    assertAll(WorldIds::clRut, true, "123456785", "12345670K", "54423586", "306869574");
    assertAll(WorldIds::clRut, false, "123456786", "123456709", "012345678", "12345",
        "1234567855", "12345678k");
    Random rnd = new Random(108);
    List<String> v = generate(rnd, 60, r -> (1 + r.nextInt(9)) + digits(r, 6 + r.nextInt(2))
        + "?", DIGITS + "K", WorldIdsTest::refRut);
    differential(WorldIds::clRut, WorldIdsTest::refRut, v, rnd);
    assertRobust(WorldIds::clRut);
  }

  static boolean refCuit(String s) {
    if (!s.matches("(20|23|24|25|26|27|30|33|34)\\d{9}")) {
      return false;
    }
    int sum = 0;
    String weights = "5432765432";
    for (int i = 0; i < 10; i++) {
      sum += (s.charAt(i) - '0') * (weights.charAt(i) - '0');
    }
    int r = sum % 11;
    return r != 1 && (r == 0 ? 0 : 11 - r) == s.charAt(10) - '0';
  }

  @Test
  void arCuit() {
    assertAll(WorldIds::arCuit, true, "20123456786", "30712345671", "33175941474");
    assertAll(WorldIds::arCuit, false, "20123456787", "21123456786", "2012345678",
        "201234567860");
    Random rnd = new Random(109);
    List<String> v = generate(rnd, 60, r -> List.of("20", "23", "27", "30", "33")
        .get(r.nextInt(5)) + digits(r, 8) + "?", DIGITS, WorldIdsTest::refCuit);
    differential(WorldIds::arCuit, WorldIdsTest::refCuit, v, rnd);
    assertRobust(WorldIds::arCuit);
  }

  static boolean refRuc(String s) {
    if (!s.matches("(10|15|17|20)\\d{9}")) {
      return false;
    }
    int sum = 0;
    String weights = "5432765432";
    for (int i = 0; i < 10; i++) {
      sum += (s.charAt(i) - '0') * (weights.charAt(i) - '0');
    }
    return "10987654321".charAt(sum % 11) == s.charAt(10);
  }

  @Test
  void peRuc() {
    assertAll(WorldIds::peRuc, true, "20512333797", "10054148289", "20347882985");
    assertAll(WorldIds::peRuc, false, "20512333798", "30512333797", "2051233379",
        "205123337970");
    Random rnd = new Random(124);
    List<String> v = generate(rnd, 60, r -> List.of("10", "15", "17", "20").get(r.nextInt(4))
        + digits(r, 8) + "?", DIGITS, WorldIdsTest::refRuc);
    differential(WorldIds::peRuc, WorldIdsTest::refRuc, v, rnd);
    assertRobust(WorldIds::peRuc);
  }

  static boolean refNit(String s) {
    if (!s.matches("\\d{10}")) {
      return false;
    }
    int[] primes = {3, 7, 13, 17, 19, 23, 29, 37, 41};
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (s.charAt(8 - i) - '0') * primes[i];
    }
    return "01987654321".charAt(sum % 11) == s.charAt(9);
  }

  @Test
  void coNit() {
    assertAll(WorldIds::coNit, true, "2131234321", "2131234351", "8259492565");
    assertAll(WorldIds::coNit, false, "2131234350", "213123435", "21312343510", "213123435A");
    Random rnd = new Random(125);
    List<String> v = generate(rnd, 60, r -> digits(r, 9) + "?", DIGITS, WorldIdsTest::refNit);
    differential(WorldIds::coNit, WorldIdsTest::refNit, v, rnd);
    assertRobust(WorldIds::coNit);
  }

  // ------------------------------------------------ China, Hong Kong, Taiwan

  /** ISO 7064 MOD 11-2 in its pure form: the sum of a_i 2^(n-i) over all chars is 1 mod 11. */
  static boolean refCn(String s) {
    if (!s.matches("(1[1-5]|2[1-3]|3[1-7]|4[1-6]|5[0-4]|6[1-5]|71|8[1-3])\\d{4}(19|20)\\d{9}[0-9X]")
        || !dateExists(Integer.parseInt(s.substring(6, 10)), Integer.parseInt(s.substring(10, 12)),
            Integer.parseInt(s.substring(12, 14)))) {
      return false;
    }
    BigInteger sum = BigInteger.ZERO;
    for (int i = 0; i < 18; i++) {
      int a = s.charAt(i) == 'X' ? 10 : s.charAt(i) - '0';
      sum = sum.add(BigInteger.valueOf(a).shiftLeft(17 - i));
    }
    return sum.mod(BigInteger.valueOf(11)).intValue() == 1;
  }

  @Test
  void cnResidentId() {
    // GB 11643-1999: the example of the standard.
    assertAll(WorldIds::cnResidentId, true, "11010519491231002X", "330106200008215134");
    assertAll(WorldIds::cnResidentId, false, "110105194912310021", "11010519491231002Y",
        "99010519491231002X", "11010519491331002X", "11010518991231002X", "11010519491231002x",
        "1101051949123100");
    everyDigitChangeFails(WorldIds::cnResidentId, "11010519491231002X", "330106200008215134");
    Random rnd = new Random(110);
    List<String> v = generate(rnd, 60, r -> List.of("110105", "310104", "440305", "820000")
        .get(r.nextInt(4)) + (1930 + r.nextInt(90))
        + String.format("%02d%02d", 1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 3) + "?",
        DIGITS + "X", WorldIdsTest::refCn);
    differential(WorldIds::cnResidentId, WorldIdsTest::refCn, v, rnd);
    assertRobust(WorldIds::cnResidentId);
  }

  static boolean refHk(String s) {
    if (!s.matches("[A-Z]{1,2}\\d{6}[0-9A]")) {
      return false;
    }
    String padded = s.length() == 8 ? " " + s : s;
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      char c = padded.charAt(i);
      int value = c == ' ' ? 36 : Character.isLetter(c) && i < 2 ? c - 'A' + 10
          : c == 'A' ? 10 : c - '0';
      sum += value * (9 - i);
    }
    return sum % 11 == 0;
  }

  @Test
  void hkId() {
    // The Immigration Department's example writing A123456(3).
    assertAll(WorldIds::hkId, true, "A1234563", "a1234563", "G123456A", "AB9876543", "P267987A");
    assertAll(WorldIds::hkId, false, "A1234564", "A123456", "1A234563", "A12345635", "A123456B");
    Random rnd = new Random(111);
    List<String> v = generate(rnd, 60, r -> pick(r, LETTERS, 1 + r.nextInt(2)) + digits(r, 6)
        + "?", DIGITS + "A", WorldIdsTest::refHk);
    differential(WorldIds::hkId, WorldIdsTest::refHk, v, rnd);
    everyDigitChangeFails(WorldIds::hkId, "A1234563", "AB9876543");
    assertRobust(WorldIds::hkId);
  }

  static boolean refTw(String s) {
    if (!s.matches("[A-Z][1289]\\d{8}")) {
      return false;
    }
    int code = "ABCDEFGHJKLMNPQRSTUVXYWZIO".indexOf(s.charAt(0)) + 10;
    String digits = code + s.substring(1);
    int[] weights = {1, 9, 8, 7, 6, 5, 4, 3, 2, 1, 1};
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (digits.charAt(i) - '0') * weights[i];
    }
    return sum % 10 == 0;
  }

  @Test
  void twNationalId() {
    // The widely published example A123456789.
    assertAll(WorldIds::twNationalId, true, "A123456789", "F152830016", "A810000008");
    assertAll(WorldIds::twNationalId, false, "A123456788", "A323456789", "1123456789",
        "A12345678", "A1234567890");
    Random rnd = new Random(112);
    List<String> v = generate(rnd, 60, r -> pick(r, LETTERS, 1) + pick(r, "1289", 1)
        + digits(r, 7) + "?", DIGITS, WorldIdsTest::refTw);
    differential(WorldIds::twNationalId, WorldIdsTest::refTw, v, rnd);
    assertRobust(WorldIds::twNationalId);
  }

  // ------------------------------------------------ Japan, Korea

  static boolean refMyNumber(String s) {
    if (!s.matches("\\d{12}")) {
      return false;
    }
    int[] weights = {6, 5, 4, 3, 2, 7, 6, 5, 4, 3, 2};
    int sum = 0;
    for (int i = 0; i < 11; i++) {
      sum += (s.charAt(i) - '0') * weights[i];
    }
    int check = 11 - sum % 11;
    return (check >= 10 ? 0 : check) == s.charAt(11) - '0';
  }

  @Test
  void jpMyNumber() {
    // The widely published example 1234 5678 9018.
    assertAll(WorldIds::jpMyNumber, true, "123456789018", "024600589519");
    assertAll(WorldIds::jpMyNumber, false, "123456789019", "12345678901", "1234567890181");
    Random rnd = new Random(113);
    List<String> v = generate(rnd, 60, r -> digits(r, 11) + "?", DIGITS,
        WorldIdsTest::refMyNumber);
    differential(WorldIds::jpMyNumber, WorldIdsTest::refMyNumber, v, rnd);
    assertRobust(WorldIds::jpMyNumber);
  }

  static boolean refRrn(String s) {
    if (!s.matches("\\d{13}")) {
      return false;
    }
    int g = s.charAt(6) - '0';
    int century = g == 9 || g == 0 ? 1800 : g <= 2 || g == 5 || g == 6 ? 1900 : 2000;
    return dateExists(century + Integer.parseInt(s.substring(0, 2)),
        Integer.parseInt(s.substring(2, 4)), Integer.parseInt(s.substring(4, 6)));
  }

  @Test
  void krRrn() {
    assertAll(WorldIds::krRrn, true, "6912121437383", "0002293000000", "0002297000000");
    // 1900 was not a leap year; 2000 was.
    assertAll(WorldIds::krRrn, false, "0002291000000", "6913121437383", "691212143738",
        "69121214373833");
    sameOnRandom(WorldIds::krRrn, WorldIdsTest::refRrn, r -> String.format("%02d%02d%02d",
        r.nextInt(100), r.nextInt(14), r.nextInt(33)) + digits(r, 7), 114);
    assertRobust(WorldIds::krRrn);
  }

  // ------------------------------------------------ India

  static boolean refGstin(String s) {
    if (!s.matches("(0[1-9]|[12]\\d|3[0-8]|97|99)[A-Z]{5}\\d{4}[A-Z][1-9A-Z][A-Z][0-9A-Z]")) {
      return false;
    }
    String alphabet = DIGITS + LETTERS;
    int sum = 0;
    for (int i = 0; i < 14; i++) {
      int product = alphabet.indexOf(s.charAt(i)) * (i % 2 + 1);
      sum += product / 36 + product % 36;
    }
    return (sum + alphabet.indexOf(s.charAt(14))) % 36 == 0;
  }

  @Test
  void inGstin() {
    // GSTN's example GSTIN 27AAPFU0939F1ZV.
    assertAll(WorldIds::inGstin, true, "27AAPFU0939F1ZV", "09ZMBFM0858G1ZX");
    assertAll(WorldIds::inGstin, false, "27AAPFU0939F1ZW", "40AAPFU0939F1ZV", "27AAPFU0939F0ZV",
        "27AAPFU09391FZV", "27AAPFU0939F1Z", "00AAPFU0939F1ZV");
    everyDigitChangeFails(WorldIds::inGstin, "27AAPFU0939F1ZV", "09ZMBFM0858G1ZX");
    Random rnd = new Random(115);
    List<String> v = generate(rnd, 60, r -> String.format("%02d", 1 + r.nextInt(38))
        + pick(r, LETTERS, 5) + digits(r, 4) + pick(r, LETTERS, 1) + pick(r, "123A", 1) + "Z?",
        DIGITS + LETTERS, WorldIdsTest::refGstin);
    differential(WorldIds::inGstin, WorldIdsTest::refGstin, v, rnd);
    assertRobust(WorldIds::inGstin);
  }

  // ------------------------------------------------ Africa, Middle East

  static boolean refZa(String s) {
    if (!s.matches("\\d{10}[012]\\d\\d")) {
      return false;
    }
    int y = Integer.parseInt(s.substring(0, 2));
    int m = Integer.parseInt(s.substring(2, 4));
    int d = Integer.parseInt(s.substring(4, 6));
    return (dateExists(1900 + y, m, d) || dateExists(2000 + y, m, d)) && refLuhn(s);
  }

  @Test
  void zaId() {
    // A widely published example South African identity number.
    assertAll(WorldIds::zaId, true, "8001015009087", "0002295009084");
    assertAll(WorldIds::zaId, false, "8001015009088", "8013015009087", "8001015009385",
        "800101500908");
    everyDigitChangeFails(WorldIds::zaId, "8001015009087");
    Random rnd = new Random(116);
    List<String> v = generate(rnd, 60, r -> String.format("%02d%02d%02d", r.nextInt(100),
        1 + r.nextInt(12), 1 + r.nextInt(28)) + digits(r, 4) + pick(r, "012", 1) + "8?", DIGITS,
        WorldIdsTest::refZa);
    differential(WorldIds::zaId, WorldIdsTest::refZa, v, rnd);
    assertRobust(WorldIds::zaId);
  }

  /** The Israeli statement: weights 1, 2 from the left, products' digits summed. */
  static boolean refIl(String s) {
    if (!s.matches("\\d{9}") || s.matches("(\\d)\\1{8}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      int p = (s.charAt(i) - '0') * (i % 2 + 1);
      sum += p / 10 + p % 10;
    }
    return sum % 10 == 0;
  }

  @Test
  void ilId() {
    assertAll(WorldIds::ilId, true, "432552487", "035255793", "000000018");
    assertAll(WorldIds::ilId, false, "432552488", "000000000", "43255248", "4325524870");
    everyDigitChangeFails(WorldIds::ilId, "432552487", "035255793");
    Random rnd = new Random(117);
    List<String> v = generate(rnd, 60, r -> digits(r, 8) + "?", DIGITS, WorldIdsTest::refIl);
    differential(WorldIds::ilId, WorldIdsTest::refIl, v, rnd);
    assertRobust(WorldIds::ilId);
  }

  static boolean refEmirates(String s) {
    return s.matches("784(19|20)\\d{10}") && refLuhn(s);
  }

  @Test
  void aeEmiratesId() {
    assertAll(WorldIds::aeEmiratesId, true, "784195920941416", "784200866698739");
    assertAll(WorldIds::aeEmiratesId, false, "784195920941417", "785195920941415",
        "784185920941417", "78419592094141", "7841959209414160");
    everyDigitChangeFails(WorldIds::aeEmiratesId, "784195920941416");
    Random rnd = new Random(127);
    List<String> v = generate(rnd, 60, r -> "784" + (1930 + r.nextInt(90)) + digits(r, 7) + "?",
        DIGITS, WorldIdsTest::refEmirates);
    differential(WorldIds::aeEmiratesId, WorldIdsTest::refEmirates, v, rnd);
    assertRobust(WorldIds::aeEmiratesId);
  }

  // ------------------------------------------------ Oceania

  static boolean refIrd(String s) {
    if (!s.matches("\\d{8,9}")) {
      return false;
    }
    long value = Long.parseLong(s);
    if (value < 10_000_000L || value > 150_000_000L) {
      return false;
    }
    String base = String.format("%8s", s.substring(0, s.length() - 1)).replace(' ', '0');
    for (int[] weights : new int[][] {{3, 2, 7, 6, 5, 4, 3, 2}, {7, 4, 3, 2, 5, 2, 7, 6}}) {
      int sum = 0;
      for (int i = 0; i < 8; i++) {
        sum += (base.charAt(i) - '0') * weights[i];
      }
      int check = (11 - sum % 11) % 11;
      if (check != 10) {
        return check == s.charAt(s.length() - 1) - '0';
      }
    }
    return false;
  }

  @Test
  void nzIrd() {
    // Inland Revenue, RWT and NRWT specification: valid 49091850, 35901981, 49098576, 136410132;
    // invalid 136410133 (check digit) and 9125568 (below the range).
    assertAll(WorldIds::nzIrd, true, "49091850", "35901981", "49098576", "136410132");
    assertAll(WorldIds::nzIrd, false, "136410133", "9125568", "150000001", "09125568");
    Random rnd = new Random(118);
    List<String> v = generate(rnd, 60, r -> (r.nextBoolean() ? "1" + "01234".charAt(r.nextInt(5))
        + digits(r, 6) : (1 + r.nextInt(9)) + digits(r, 6)) + "?", DIGITS, WorldIdsTest::refIrd);
    differential(WorldIds::nzIrd, WorldIdsTest::refIrd, v, rnd);
    assertRobust(WorldIds::nzIrd);
  }

  static boolean refAcn(String s) {
    if (!s.matches("\\d{9}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 8; i++) {
      sum += (s.charAt(i) - '0') * (8 - i);
    }
    return (sum + s.charAt(8) - '0') % 10 == 0;
  }

  @Test
  void auAcn() {
    // ASIC, "ACN check digit": examples of the published list.
    assertAll(WorldIds::auAcn, true, "000000019", "000250000", "000500005", "000750005",
        "001000004", "001250004");
    assertAll(WorldIds::auAcn, false, "000000018", "000250001", "00025000", "0002500000");
    Random rnd = new Random(119);
    List<String> v = generate(rnd, 60, r -> digits(r, 8) + "?", DIGITS, WorldIdsTest::refAcn);
    differential(WorldIds::auAcn, WorldIdsTest::refAcn, v, rnd);
    assertRobust(WorldIds::auAcn);
  }

  // ------------------------------------------------ South-East Asia

  static boolean refTh(String s) {
    if (!s.matches("[1-8]\\d{12}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 12; i++) {
      sum += (s.charAt(i) - '0') * (13 - i);
    }
    return String.valueOf(11 - sum % 11).endsWith(s.substring(12));
  }

  @Test
  void thNationalId() {
    assertAll(WorldIds::thNationalId, true, "1101700203417", "3563090830876");
    assertAll(WorldIds::thNationalId, false, "1101700203418", "9101700203417", "0101700203417",
        "110170020341");
    Random rnd = new Random(120);
    List<String> v = generate(rnd, 60, r -> (1 + r.nextInt(8)) + digits(r, 11) + "?", DIGITS,
        WorldIdsTest::refTh);
    differential(WorldIds::thNationalId, WorldIdsTest::refTh, v, rnd);
    assertRobust(WorldIds::thNationalId);
  }

  // ------------------------------------------------ Vehicles

  static boolean refVin(String s) {
    return s.matches(
        "(?=.{0,12}[A-Z])[A-HJ-NPR-Z0-9]{9}[A-HJ-NPR-TV-Y1-9][A-HJ-NPR-Z0-9]{3}\\d{4}");
  }

  static boolean refVinChecked(String s) {
    if (!refVin(s)) {
      return false;
    }
    String values = "012345678912345678.12345.7.923456789";
    String weights = "8765432A098765432";
    int sum = 0;
    for (int i = 0; i < 17; i++) {
      char c = s.charAt(i);
      int v = Character.isDigit(c) ? c - '0' : values.charAt(10 + c - 'A') - '0';
      sum += v * Character.digit(weights.charAt(i), 11);
    }
    return "0123456789X".charAt(sum % 11) == s.charAt(8);
  }

  @Test
  void vin() {
    // 49 CFR 565 / ISO 3779: the classic example of the check digit, 1M8GDM9AXKP042788.
    assertAll(WorldIds::vinChecked, true, "1M8GDM9AXKP042788", "1HG419DV0GJJ17186");
    // The all-ones VIN has a right check digit but no letter: too many numbers look like it.
    assertAll(WorldIds::vinChecked, false, "1M8GDM9A1KP042788", "11111111111111111",
        "1M8GDM9AXKP04278", "1M8GDM9AXUP042788", "1M8GDM9AXKP04278A");
    assertAll(WorldIds::vin, true, "1M8GDM9A1KP042788", "WVWZZZ1JZXW000001", "VF1RFB00X56789012");
    assertAll(WorldIds::vin, false, "WVWZZZ1JZXW00000I", "WVWZZZ1JZOW000001", "WVWZZZ1JZ0W000001",
        "WVWZZZ1JZXW0000", "11111111111111111");
    Random rnd = new Random(121);
    String alphabet = "ABCDEFGHJKLMNPRSTUVWXYZ0123456789";
    List<String> v = generate(rnd, 60, r -> pick(r, LETTERS.replaceAll("[IOQ]", ""), 1)
        + pick(r, alphabet, 7) + "?" + pick(r, "ABCDEFGHJKLMNPRSTVWXY123456789", 1)
        + pick(r, alphabet, 3) + digits(r, 4), DIGITS + "X", WorldIdsTest::refVinChecked);
    differential(WorldIds::vinChecked, WorldIdsTest::refVinChecked, v, rnd);
    sameOnRandom(WorldIds::vin, WorldIdsTest::refVin, r -> pick(r, alphabet + "IOQ", 13)
        + digits(r, 3) + pick(r, "0123456789A", 1), 122);
    assertRobust(WorldIds::vin);
    assertRobust(WorldIds::vinChecked);
  }

  // ------------------------------------------------ SIM cards

  static boolean refIccid(String s) {
    return s.matches("89\\d{17,18}") && refLuhn(s);
  }

  @Test
  void iccid() {
    assertAll(WorldIds::iccid, true, "8933647378288300596", "89348657640127071898");
    assertAll(WorldIds::iccid, false, "8933647378288300597", "7933647378288300596",
        "893364737828830059", "893364737828830059611");
    everyDigitChangeFails(WorldIds::iccid, "8933647378288300596");
    Random rnd = new Random(123);
    List<String> v = generate(rnd, 60, r -> "89" + digits(r, 16 + r.nextInt(2)) + "?", DIGITS,
        WorldIdsTest::refIccid);
    differential(WorldIds::iccid, WorldIdsTest::refIccid, v, rnd);
    assertRobust(WorldIds::iccid);
  }
}
