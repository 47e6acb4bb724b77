package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.*;

import java.util.List;
import java.util.Random;
import org.junit.jupiter.api.Test;

class TaxIdsTest {

  static boolean refAba(String s) {
    if (!s.matches("(0\\d|1[0-2]|2[1-9]|3[0-2]|6[1-9]|7[0-2]|80)\\d{7}")) {
      return false;
    }
    int sum = 0;
    for (int i = 0; i < 9; i++) {
      sum += (s.charAt(i) - '0') * new int[] {3, 7, 1}[i % 3];
    }
    return sum % 10 == 0;
  }

  @Test
  void usAbaRouting() {
    // python-stdnum us/rtn doctest (111000025) and the published routing numbers of the
    // Federal Reserve Bank of Boston (011000015) and JPMorgan Chase NY (021000021).
    assertAll(TaxIds::usAbaRouting, true, "111000025", "011000015", "021000021");
    assertAll(TaxIds::usAbaRouting, false, "112000025", "111000026", "131000025", "11100002");
    Random rnd = new Random(30);
    List<String> v = generate(rnd, 60, r -> "0126".charAt(r.nextInt(4)) + digits(r, 7) + "?", DIGITS, TaxIdsTest::refAba);
    differential(TaxIds::usAbaRouting, TaxIdsTest::refAba, v, rnd);
    assertRobust(TaxIds::usAbaRouting);
  }

  static boolean refSiren(String s) {
    return s.length() == 9 && refLuhn(s);
  }

  static boolean refSiret(String s) {
    if (!s.matches("\\d{14}")) {
      return false;
    }
    if (s.startsWith("356000000")) {
      return s.chars().map(c -> c - '0').sum() % 5 == 0;
    }
    return refLuhn(s);
  }

  @Test
  void frSirenSiret() {
    // python-stdnum fr/siren and fr/siret doctests.
    assertAll(TaxIds::frSiren, true, "552008443", "732829320");
    assertAll(TaxIds::frSiren, false, "552008442", "55200844", "5520084430");
    assertAll(TaxIds::frSiret, true, "73282932000074", "35600000000001", "35600000000010");
    assertAll(TaxIds::frSiret, false, "73282932000075", "35600000000002", "7328293200007");
    Random rnd = new Random(31);
    differential(TaxIds::frSiren, TaxIdsTest::refSiren,
        generate(rnd, 60, r -> digits(r, 8) + "?", DIGITS, TaxIdsTest::refSiren), rnd);
    differential(TaxIds::frSiret, TaxIdsTest::refSiret,
        generate(rnd, 80, r -> (r.nextInt(4) == 0 ? "356000000" : digits(r, 9)) + digits(r, 4) + "?",
            DIGITS, TaxIdsTest::refSiret), rnd);
    assertRobust(TaxIds::frSiren);
    assertRobust(TaxIds::frSiret);
  }

  static boolean refSteuerId(String s) {
    if (!s.matches("[1-9]\\d{10}") || !refMod11_10(s)) {
      return false;
    }
    String first = s.substring(0, 10);
    int[] freq = new int[10];
    first.chars().forEach(c -> freq[c - '0']++);
    long repeated = java.util.Arrays.stream(freq).filter(f -> f > 1).count();
    boolean shape = repeated == 1 && java.util.Arrays.stream(freq).max().getAsInt() <= 3;
    return shape && !first.matches(".*(\\d)\\1\\1.*");
  }

  @Test
  void deSteuerId() {
    // python-stdnum de/idnr doctests.
    assertAll(TaxIds::deSteuerId, true, "36574261809");
    assertAll(TaxIds::deSteuerId, false, "36574261890", "36554266806", "06574261809", "3657426180");
    Random rnd = new Random(32);
    List<String> v = generate(rnd, 60, r -> {
      // A permutation of 0-9 with one digit replaced by a copy (or two copies) of another.
      StringBuilder sb = new StringBuilder("0123456789");
      for (int i = 9; i > 0; i--) {
        int j = r.nextInt(i + 1);
        char t = sb.charAt(i);
        sb.setCharAt(i, sb.charAt(j));
        sb.setCharAt(j, t);
      }
      int copies = 1 + r.nextInt(2);
      for (int k = 0; k < copies; k++) {
        sb.setCharAt(1 + r.nextInt(9), sb.charAt(0) == '0' ? '1' : sb.charAt(0));
      }
      return sb + "?";
    }, DIGITS, TaxIdsTest::refSteuerId);
    differential(TaxIds::deSteuerId, TaxIdsTest::refSteuerId, v, rnd);
    assertRobust(TaxIds::deSteuerId);
  }

  /** The CIF control digit is the Luhn check digit of the seven digits. */
  static boolean refCif(String s) {
    if (!s.matches("[ABCDEFGHJNPQRSUVW]\\d{7}[0-9A-J]")) {
      return false;
    }
    String seven = s.substring(1, 8);
    int c = 0;
    while (!refLuhn(seven + c)) {
      c++;
    }
    char type = s.charAt(0);
    char got = s.charAt(8);
    boolean digit = got == (char) ('0' + c);
    boolean letter = got == "JABCDEFGHI".charAt(c);
    if ("NPQRSW".indexOf(type) >= 0) {
      return letter;
    }
    if ("ABEH".indexOf(type) >= 0) {
      return digit;
    }
    return digit || letter;
  }

  @Test
  void esCif() {
    // python-stdnum es/cif doctests.
    assertAll(TaxIds::esCif, true, "J99216582");
    assertAll(TaxIds::esCif, false, "J99216583", "M12345674", "J9921658");
    Random rnd = new Random(33);
    List<String> v = generate(rnd, 80, r -> pick(r, "ABCDEFGHJNPQRSUVW", 1) + digits(r, 7) + "?",
        DIGITS + "ABCDEFGHIJ", TaxIdsTest::refCif);
    differential(TaxIds::esCif, TaxIdsTest::refCif, v, rnd);
    assertRobust(TaxIds::esCif);
  }

  static boolean refNif(String s) {
    if (s.matches("[KLM]\\d{7}[A-Z]")) {
      return NationalIdsTest.DNI.charAt(Integer.parseInt(s.substring(1, 8)) % 23) == s.charAt(8);
    }
    return NationalIdsTest.refDni(s) || NationalIdsTest.refNie(s) || refCif(s);
  }

  @Test
  void esNif() {
    assertAll(TaxIds::esNif, true, "54362315K", "X2482300W", "J99216582", "M1234567L");
    assertAll(TaxIds::esNif, false, "54362315Z", "X2482300A", "J99216583", "M1234567K");
    Random rnd = new Random(34);
    List<String> v = generate(rnd, 80, r -> pick(r, "KLM", 1) + digits(r, 7) + "?", LETTERS, TaxIdsTest::refNif);
    differential(TaxIds::esNif, TaxIdsTest::refNif, v, rnd);
    assertRobust(TaxIds::esNif);
  }

  static boolean refPiva(String s) {
    return s.matches("\\d{11}") && refLuhn(s) && !s.startsWith("0000000") && !s.substring(7, 10).equals("000");
  }

  @Test
  void itPartitaIva() {
    // python-stdnum it/iva doctests.
    assertAll(TaxIds::itPartitaIva, true, "00743110157");
    assertAll(TaxIds::itPartitaIva, false, "00743110158", "0074311015", "00000000000");
    Random rnd = new Random(35);
    List<String> v = generate(rnd, 60, r -> digits(r, 7) + String.format("%03d", 1 + r.nextInt(100)) + "?", DIGITS, TaxIdsTest::refPiva);
    differential(TaxIds::itPartitaIva, TaxIdsTest::refPiva, v, rnd);
    assertRobust(TaxIds::itPartitaIva);
  }

  static boolean refNip(String s) {
    return s.matches("\\d{10}") && weighted(s, 6, 5, 7, 2, 3, 4, 5, 6, 7) % 11 == s.charAt(9) - '0';
  }

  @Test
  void plNip() {
    // python-stdnum pl/nip doctest.
    assertAll(TaxIds::plNip, true, "8567346215");
    assertAll(TaxIds::plNip, false, "8567346216", "856734621", "85673462150");
    Random rnd = new Random(36);
    List<String> v = generate(rnd, 60, r -> digits(r, 9) + "?", DIGITS, TaxIdsTest::refNip);
    differential(TaxIds::plNip, TaxIdsTest::refNip, v, rnd);
    assertRobust(TaxIds::plNip);
  }

  static boolean refTfn(String s) {
    return s.matches("\\d{8,9}") && weighted(s, java.util.Arrays.copyOf(new int[] {1, 4, 3, 7, 5, 8, 6, 9, 10}, s.length())) % 11 == 0;
  }

  @Test
  void auTfn() {
    // python-stdnum au/tfn doctests.
    assertAll(TaxIds::auTfn, true, "123456782", "876543210");
    assertAll(TaxIds::auTfn, false, "999999999", "123456783", "1234567", "1234567820");
    Random rnd = new Random(37);
    List<String> v = generate(rnd, 60, r -> digits(r, 7 + r.nextInt(2)) + "?", DIGITS, TaxIdsTest::refTfn);
    differential(TaxIds::auTfn, TaxIdsTest::refTfn, v, rnd);
    assertRobust(TaxIds::auTfn);
  }

  static boolean refAbn(String s) {
    if (!s.matches("[1-9]\\d{10}")) {
      return false;
    }
    String adjusted = (s.charAt(0) - '1') + s.substring(1);
    return weighted(adjusted, 10, 1, 3, 5, 7, 9, 11, 13, 15, 17, 19) % 89 == 0;
  }

  @Test
  void auAbn() {
    // python-stdnum au/abn doctest (83 914 571 673) and ATO's documentation ABN 51 824 753 556.
    assertAll(TaxIds::auAbn, true, "83914571673", "51824753556");
    assertAll(TaxIds::auAbn, false, "99999999999", "83914571672", "8391457167");
    Random rnd = new Random(38);
    List<String> v = generate(rnd, 60, r -> "123456789".charAt(r.nextInt(9)) + "?" + digits(r, 9), DIGITS, TaxIdsTest::refAbn);
    differential(TaxIds::auAbn, TaxIdsTest::refAbn, v, rnd);
    assertRobust(TaxIds::auAbn);
  }

  static boolean refPan(String s) {
    return s.matches("[A-Z]{3}[ABCFGHJKLPT][A-Z]\\d{4}[A-Z]") && !s.substring(5, 9).equals("0000");
  }

  @Test
  void inPan() {
    // python-stdnum in_/pan doctests.
    assertAll(TaxIds::inPan, true, "ACUPA7085R", "AAPPV8261K");
    assertAll(TaxIds::inPan, false, "ABMXA3211G", "ABMPA32111", "234123412347", "ABMPA0000G");
    Random rnd = new Random(39);
    List<String> v = generate(rnd, 60, r -> pick(r, LETTERS, 3) + "?" + pick(r, LETTERS, 1) + digits(r, 4) + pick(r, LETTERS, 1),
        LETTERS, TaxIdsTest::refPan);
    differential(TaxIds::inPan, TaxIdsTest::refPan, v, rnd);
    assertRobust(TaxIds::inPan);
  }

}
