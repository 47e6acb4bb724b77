package dev.blindspot.examples.employeeid;

import static org.junit.jupiter.api.Assertions.assertEquals;
import static org.junit.jupiter.api.Assertions.assertFalse;
import static org.junit.jupiter.api.Assertions.assertThrows;
import static org.junit.jupiter.api.Assertions.assertTrue;

import java.util.Random;
import org.junit.jupiter.api.Test;

class EmployeeIdCheckDigitTest {

  /** The textbook Luhn test of a whole number: the slow reference for the check digit. */
  private static boolean luhnValid(String number) {
    int sum = 0;
    for (int i = 0; i < number.length(); i++) {
      int d = number.charAt(number.length() - 1 - i) - '0';
      int v = i % 2 == 1 ? d * 2 : d;
      sum += v / 10 + v % 10;
    }
    return sum % 10 == 0;
  }

  @Test
  void checkDigitIsTheLuhnDigitForEverySerial() {
    for (int serial = 0; serial < 100_000; serial++) {
      String s = String.format("%05d", serial);
      int digit = EmployeeIdCheckDigit.compute(s);
      assertTrue(luhnValid(s + digit), s);
      assertTrue(EmployeeIdCheckDigit.isValid(s + digit), s);
      assertFalse(EmployeeIdCheckDigit.isValid(s + (digit + 1) % 10), s);
    }
  }

  @Test
  void knownIdsFromTheSampleData() {
    assertTrue(EmployeeIdCheckDigit.isValid("004218"));
    assertTrue(EmployeeIdCheckDigit.isValid("018770"));
    assertTrue(EmployeeIdCheckDigit.isValid("033126"));
    assertFalse(EmployeeIdCheckDigit.isValid("004217"));
  }

  @Test
  void everySingleMistypedDigitIsCaught() {
    Random random = new Random(20261128L);
    for (int n = 0; n < 2_000; n++) {
      String serial = String.format("%05d", random.nextInt(100_000));
      char[] id = (serial + EmployeeIdCheckDigit.compute(serial)).toCharArray();
      for (int pos = 0; pos < id.length; pos++) {
        char original = id[pos];
        for (char c = '0'; c <= '9'; c++) {
          if (c != original) {
            id[pos] = c;
            assertFalse(EmployeeIdCheckDigit.isValid(new String(id)), new String(id));
          }
        }
        id[pos] = original;
      }
    }
  }

  @Test
  void adjacentSwapsAreCaughtButZeroNine() {
    Random random = new Random(7L);
    for (int n = 0; n < 2_000; n++) {
      String serial = String.format("%05d", random.nextInt(100_000));
      char[] id = (serial + EmployeeIdCheckDigit.compute(serial)).toCharArray();
      for (int pos = 0; pos + 1 < id.length; pos++) {
        char a = id[pos];
        char b = id[pos + 1];
        if (a == b || (a == '0' && b == '9') || (a == '9' && b == '0')) {
          continue;
        }
        char[] swapped = id.clone();
        swapped[pos] = b;
        swapped[pos + 1] = a;
        assertFalse(EmployeeIdCheckDigit.isValid(new String(swapped)), new String(swapped));
      }
    }
  }

  @Test
  void rejectsWhatIsNotASerial() {
    assertThrows(IllegalArgumentException.class, () -> EmployeeIdCheckDigit.compute("0421"));
    assertThrows(IllegalArgumentException.class, () -> EmployeeIdCheckDigit.compute("00a21"));
    assertThrows(IllegalArgumentException.class, () -> EmployeeIdCheckDigit.compute("0042\uFF11"));
    assertFalse(EmployeeIdCheckDigit.isValid("00421"));
    assertFalse(EmployeeIdCheckDigit.isValid("0042188"));
    assertFalse(EmployeeIdCheckDigit.isValid("00421\u0668")); // an Arabic-Indic eight
  }

  @Test
  void computeMatchesTheExampleInTheJavadoc() {
    assertEquals(8, EmployeeIdCheckDigit.compute("00421"));
  }
}
