package dev.blindspot.benchmarks.corpus;

import java.text.Normalizer;
import java.util.regex.Pattern;

/** Independent checks that a labeled value is what its label says. */
final class ValueChecks {

  private static final Pattern EMAIL = Pattern.compile("[a-z0-9._+-]+@[a-z0-9-]+(\\.[a-z0-9-]+)+");

  private ValueChecks() {}

  /**
   * Digits (of any script, fullwidth included) and upper-case letters of a value; with {@code
   * undoSwaps}, O and l written for 0 and 1 are turned back into digits.
   */
  static String fold(String value, boolean undoSwaps) {
    String nfkc = Normalizer.normalize(value, Normalizer.Form.NFKC);
    StringBuilder sb = new StringBuilder();
    for (int i = 0; i < nfkc.length(); i++) {
      char c = nfkc.charAt(i);
      int digit = Character.digit(c, 10);
      if (digit >= 0) {
        sb.append((char) ('0' + digit));
      } else if (undoSwaps && (c == 'O' || c == 'o')) {
        sb.append('0');
      } else if (undoSwaps && (c == 'l' || c == 'I')) {
        sb.append('1');
      } else if (Character.isLetter(c)) {
        sb.append(Character.toUpperCase(c));
      }
    }
    return sb.toString();
  }

  /**
   * Tells whether a value of a type passes its validation, once folded.
   *
   * @param undoSwaps whether O and l stand for digits (only for all-digit identifiers)
   */
  static boolean valid(String type, String value, boolean undoSwaps) {
    String folded = fold(value, undoSwaps);
    String digits = value.replaceAll("[^0-9]", "");
    return switch (type) {
      case "CREDIT_CARD" -> folded.length() >= 13 && folded.length() <= 19 && Checksums.luhnValid(folded);
      case "IBAN_CODE" -> Checksums.ibanValid(folded);
      case "FR_NIR" -> folded.length() == 15
          && Checksums.nirKey(folded.substring(0, 13)) == Integer.parseInt(folded.substring(13));
      case "US_SSN" -> Checksums.ssnValid(folded);
      case "DE_TAX_ID" -> folded.length() == 11 && folded.charAt(0) != '0'
          && Checksums.germanTaxCheck(folded.substring(0, 10)) == folded.charAt(10) - '0';
      case "ES_NIF" -> nif(folded);
      case "UK_NINO" -> folded.matches("[A-CEGHJ-PR-TW-Z][A-CEGHJ-NPR-TW-Z][0-9]{6}[A-D]")
          && !folded.startsWith("GB") && !folded.startsWith("BG");
      case "EMAIL_ADDRESS" -> EMAIL.matcher(value).matches();
      case "PHONE_NUMBER" -> digits.length() >= 9 && digits.length() <= 13;
      case "IP_ADDRESS" -> value.contains(":") ? value.matches("[0-9a-f:]+") && value.contains("::") || value.split(":").length == 8
          : ipv4(value);
      case "MAC_ADDRESS" -> value.replaceAll("[^0-9A-Fa-f]", "").length() == 12;
      case "URL" -> value.startsWith("https://") || value.startsWith("http://");
      case "DATE_TIME" -> value.matches(".*\\b(19[4-9][0-9]|200[0-6])\\b.*");
      case "PERSON", "LOCATION", "ORGANIZATION" -> !value.isBlank() && Character.isUpperCase(value.codePointAt(0))
          || Character.isDigit(value.charAt(0));
      default -> false;
    };
  }

  private static boolean ipv4(String value) {
    String[] parts = value.split("\\.");
    if (parts.length != 4) {
      return false;
    }
    for (String p : parts) {
      if (!p.matches("[0-9]{1,3}") || Integer.parseInt(p) > 255) {
        return false;
      }
    }
    return true;
  }

  private static boolean nif(String folded) {
    String f = folded;
    if (f.length() == 9 && "XYZ".indexOf(f.charAt(0)) >= 0) {
      f = "XYZ".indexOf(f.charAt(0)) + f.substring(1);
    }
    if (!f.matches("[0-9]{8}[A-Z]")) {
      return false;
    }
    return Checksums.nifLetter(Long.parseLong(f.substring(0, 8))) == f.charAt(8);
  }

  /** Runs of 13 to 19 digits, allowing single spaces or dashes between them. */
  static final Pattern LONG_NUMBER = Pattern.compile("(?<![0-9])[0-9](?:[ -]?[0-9]){12,18}(?![0-9])");
}
