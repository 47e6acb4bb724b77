package dev.blindspot.detect.regex;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.math.BigInteger;
import java.time.DateTimeException;
import java.time.LocalDate;
import java.util.ArrayList;
import java.util.List;
import java.util.Random;
import java.util.function.Function;
import java.util.function.Predicate;

/**
* Differential-testing helpers: valid samples are produced by filling a check position with
* whatever character an independent reference predicate (written in the test, deliberately in a
* different style from the production code) accepts; mutants must then get the same verdict
* from the production validator and the reference.
*/
final class TestSupport {

  static final String DIGITS = "0123456789";
  static final String LETTERS = "ABCDEFGHIJKLMNOPQRSTUVWXYZ";

  private TestSupport() {
  }

  static String digits(Random rnd, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append((char) ('0' + rnd.nextInt(10)));
    }
    return sb.toString();
  }

  static String pick(Random rnd, String alphabet, int n) {
    StringBuilder sb = new StringBuilder(n);
    for (int i = 0; i < n; i++) {
      sb.append(alphabet.charAt(rnd.nextInt(alphabet.length())));
    }
    return sb.toString();
  }

  /**
  * Generates {@code count} distinct values: the template's single '?' is replaced by every char
  * of {@code checkAlphabet} and one accepted by the reference is kept (templates without any
  * accepted fill are discarded).
  */
  static List<String> generate(Random rnd, int count, Function<Random, String> template,
      String checkAlphabet, Predicate<String> reference) {
    List<String> out = new ArrayList<>();
    int attempts = 0;
    while (out.size() < count) {
      if (++attempts > count * 1000) {
        throw new AssertionError("generator cannot produce valid values");
      }
      String t = template.apply(rnd);
      int q = t.indexOf('?');
      List<String> ok = new ArrayList<>();
      for (int i = 0; i < checkAlphabet.length(); i++) {
        String c = t.substring(0, q) + checkAlphabet.charAt(i) + t.substring(q + 1);
        if (reference.test(c)) {
          ok.add(c);
        }
      }
      if (!ok.isEmpty()) {
        String v = ok.get(rnd.nextInt(ok.size()));
        if (!out.contains(v)) {
          out.add(v);
        }
      }
    }
    return out;
  }

  /** Counts of mutants the reference rejected, by kind. */
  static final class Stats {
    int changed;
    int swapped;
    int length;
    int wrongChar;

    @Override
    public String toString() {
      return "changed=" + changed + " swapped=" + swapped + " length=" + length + " wrongChar=" + wrongChar;
    }
  }

  /**
  * Asserts every sample is valid for both, then compares both on mutants: one char changed
  * within its class, two adjacent distinct chars swapped, a char dropped or appended, a char
  * replaced by one of the other class. Requires at least 10 rejected mutants of each kind.
  */
  static Stats differential(Predicate<String> impl, Predicate<String> reference, List<String> valid, Random rnd) {
    Stats st = new Stats();
    for (String v : valid) {
      assertTrue(reference.test(v), () -> "reference rejects generated " + v);
      assertTrue(impl.test(v), () -> "validator rejects " + v);
      for (int k = 0; k < 4; k++) {
        int i = rnd.nextInt(v.length());
        char c = v.charAt(i);
        String alphabet = Character.isDigit(c) ? DIGITS : Character.isUpperCase(c) ? LETTERS : null;
        if (alphabet != null) {
          char r;
          do {
            r = alphabet.charAt(rnd.nextInt(alphabet.length()));
          } while (r == c);
          if (check(impl, reference, replace(v, i, r))) {
            st.changed++;
          }
          String other = alphabet == DIGITS ? LETTERS : DIGITS;
          if (check(impl, reference, replace(v, i, other.charAt(rnd.nextInt(other.length()))))) {
            st.wrongChar++;
          }
        }
        int j = rnd.nextInt(v.length() - 1);
        if (v.charAt(j) != v.charAt(j + 1)) {
          String sw = v.substring(0, j) + v.charAt(j + 1) + v.charAt(j) + v.substring(j + 2);
          if (check(impl, reference, sw)) {
            st.swapped++;
          }
        }
      }
      if (check(impl, reference, v.substring(0, v.length() - 1))) {
        st.length++;
      }
      if (check(impl, reference, v.substring(1))) {
        st.length++;
      }
      if (check(impl, reference, v + v.charAt(rnd.nextInt(v.length())))) {
        st.length++;
      }
    }
    assertTrue(st.changed >= 10 && st.swapped >= 10 && st.length >= 10 && st.wrongChar >= 10,
        st::toString);
    return st;
  }

  /** Returns true when the mutant is invalid; fails when impl and reference disagree. */
  private static boolean check(Predicate<String> impl, Predicate<String> reference, String m) {
    boolean expected = reference.test(m);
    assertEquals(expected, impl.test(m), () -> "disagreement on mutant " + m);
    return !expected;
  }

  static String replace(String s, int i, char c) {
    return s.substring(0, i) + c + s.substring(i + 1);
  }

  static void assertAll(Predicate<String> impl, boolean expected, String... values) {
    for (String v : values) {
      assertEquals(expected, impl.test(v), () -> "value " + v);
    }
  }

  static void assertRobust(Predicate<String> impl) {
    assertFalse(impl.test(null));
    assertFalse(impl.test(""));
    Random rnd = new Random(99);
    for (int i = 0; i < 300; i++) {
      char[] cs = new char[rnd.nextInt(20)];
      for (int j = 0; j < cs.length; j++) {
        cs[j] = (char) rnd.nextInt(0x2FF);
      }
      impl.test(new String(cs)); // must not throw
    }
  }

  // ------------------------------------------------ independent reference primitives

  /** Luhn stated as "concatenate the digits and doubled digits, then add every digit". */
  static boolean refLuhn(String s) {
    if (!s.matches("\\d+")) {
      return false;
    }
    StringBuilder expanded = new StringBuilder();
    for (int k = 0; k < s.length(); k++) {
      int d = s.charAt(s.length() - 1 - k) - '0';
      expanded.append(k % 2 == 1 ? d * 2 : d);
    }
    return expanded.chars().map(ch -> ch - '0').sum() % 10 == 0;
  }

  static BigInteger big(String digits) {
    return new BigInteger(digits);
  }

  static boolean dateExists(int y, int m, int d) {
    try {
      LocalDate.of(y, m, d);
      return true;
    } catch (DateTimeException e) {
      return false;
    }
  }

  static int weighted(String s, int... weights) {
    int sum = 0;
    for (int i = 0; i < weights.length; i++) {
      sum += Character.getNumericValue(s.charAt(i)) * weights[i];
    }
    return sum;
  }

  /** ISO 7064 MOD 11,10 validation form: run over all digits incl. the check, end state 1. */
  static boolean refMod11_10(String s) {
    if (!s.matches("\\d+")) {
      return false;
    }
    int product = 10;
    int sum = 0;
    for (char c : s.toCharArray()) {
      sum = (product + (c - '0')) % 10;
      if (sum == 0) {
        sum = 10;
      }
      product = (sum * 2) % 11;
    }
    return sum % 10 == 1;
  }

  /** Verhoeff with the D5 table built from the group law and p as powers of one permutation. */
  static boolean refVerhoeff(String s) {
    if (!s.matches("\\d+")) {
      return false;
    }
    int[][] d = new int[10][10];
    for (int j = 0; j < 10; j++) {
      for (int k = 0; k < 10; k++) {
        if (j < 5 && k < 5) {
          d[j][k] = (j + k) % 5;
        } else if (j < 5) {
          d[j][k] = 5 + (j + k) % 5;
        } else if (k < 5) {
          d[j][k] = 5 + (j - k + 5) % 5;
        } else {
          d[j][k] = (j - k + 5) % 5;
        }
      }
    }
    int[] p1 = {1, 5, 7, 6, 2, 8, 3, 0, 9, 4};
    int c = 0;
    for (int i = 0; i < s.length(); i++) {
      int digit = s.charAt(s.length() - 1 - i) - '0';
      for (int r = 0; r < i % 8; r++) {
        digit = p1[digit];
      }
      c = d[c][digit];
    }
    return c == 0;
  }
}
