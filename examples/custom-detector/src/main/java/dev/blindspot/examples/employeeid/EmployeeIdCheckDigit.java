package dev.blindspot.examples.employeeid;

import java.util.Objects;

/**
 * The check digit of employee ids: the Luhn (mod 10) digit over the five-digit serial, as payment
 * cards use. It catches every single mistyped digit and every swap of two adjacent digits but
 * {@code 09}/{@code 90}.
 *
 * <p>Use it to issue ids ({@code "EMP-" + serial + compute(serial)}) and to make test data.
 */
public final class EmployeeIdCheckDigit {

  /** The number of digits of the serial, before the check digit. */
  public static final int SERIAL_DIGITS = 5;

  private EmployeeIdCheckDigit() {}

  /**
   * Computes the check digit of a serial.
   *
   * @param serial exactly {@value #SERIAL_DIGITS} ASCII digits
   * @return the check digit, 0 to 9
   * @throws IllegalArgumentException if {@code serial} is not {@value #SERIAL_DIGITS} ASCII digits
   */
  public static int compute(CharSequence serial) {
    Objects.requireNonNull(serial, "serial");
    if (serial.length() != SERIAL_DIGITS || !asciiDigits(serial, 0, SERIAL_DIGITS)) {
      throw new IllegalArgumentException(
          "a serial is " + SERIAL_DIGITS + " ASCII digits, got " + serial.length() + " chars");
    }
    return checkDigit(serial, 0);
  }

  /**
   * Tells whether six digits, a serial and its check digit, are consistent.
   *
   * @param digits the digits of an id, without prefix or separator
   * @return true if {@code digits} is {@value #SERIAL_DIGITS} digits followed by their check digit
   */
  public static boolean isValid(CharSequence digits) {
    Objects.requireNonNull(digits, "digits");
    return digits.length() == SERIAL_DIGITS + 1 && isValid(digits, 0);
  }

  /** Checks the six ASCII digits of {@code text} at {@code from}; the caller checked the length. */
  static boolean isValid(CharSequence text, int from) {
    return asciiDigits(text, from, SERIAL_DIGITS + 1)
        && checkDigit(text, from) == text.charAt(from + SERIAL_DIGITS) - '0';
  }

  /** Luhn: from the rightmost serial digit leftwards, double every other digit, starting there. */
  private static int checkDigit(CharSequence text, int from) {
    int sum = 0;
    boolean doubled = true;
    for (int i = from + SERIAL_DIGITS - 1; i >= from; i--) {
      int d = text.charAt(i) - '0';
      if (doubled) {
        d *= 2;
        if (d > 9) {
          d -= 9;
        }
      }
      sum += d;
      doubled = !doubled;
    }
    return (10 - sum % 10) % 10;
  }

  private static boolean asciiDigits(CharSequence text, int from, int count) {
    for (int i = from; i < from + count; i++) {
      char c = text.charAt(i);
      if (c < '0' || c > '9') {
        return false;
      }
    }
    return true;
  }
}
