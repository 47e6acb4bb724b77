package dev.blindspot.detect.regex;

import static dev.blindspot.detect.regex.TestSupport.*;

import java.util.List;
import java.util.Random;
import java.util.function.Function;
import org.junit.jupiter.api.Test;

class EuVatNumbersTest {

  /** Independent per-country reference, each stated in the most literal form of its rule. */
  static boolean ref(String s) {
    if (s.length() < 4) {
      return false;
    }
    String cc = s.substring(0, 2);
    String b = s.substring(2);
    switch (cc) {
      case "AT": {
        if (!b.matches("U\\d{8}")) {
          return false;
        }
        // Luhn over the 7 digits plus check, offset by the constant 4 of the Austrian rule.
        String seven = b.substring(1, 8);
        for (int c = 0; c < 10; c++) {
          // Luhn sum of seven+c with c undoubled equals S + c; we need (S + 4 + c) % 10 == 0.
          int s7 = 0;
          for (int i = 0; i < 7; i++) {
            int d = seven.charAt(i) - '0';
            s7 += i % 2 == 1 ? (2 * d) / 10 + (2 * d) % 10 : d;
          }
          if ((s7 + 4 + c) % 10 == 0) {
            return b.charAt(8) - '0' == c;
          }
        }
        return false;
      }
      case "BE": {
        String n = b.length() == 9 ? "0" + b : b;
        return n.matches("[01]\\d{9}") && 97 - Long.parseLong(n.substring(0, 8)) % 97 == Long.parseLong(n.substring(8));
      }
      case "DE":
        return b.matches("[1-9]\\d{8}") && refMod11_10(b);
      case "DK":
        return b.matches("[1-9]\\d{7}") && weighted(b, 2, 7, 6, 5, 4, 3, 2, 1) % 11 == 0;
      case "ES":
        return TaxIdsTest.refNif(b);
      case "FI":
        return b.matches("\\d{8}") && weighted(b, 7, 9, 10, 5, 8, 4, 2, 1) % 11 == 0;
      case "FR": {
        if (!b.matches("\\d{11}")) {
          return false;
        }
        long siren = Long.parseLong(b.substring(2));
        boolean key = (12 + 3 * (siren % 97)) % 97 == Long.parseLong(b.substring(0, 2));
        return key && (b.startsWith("000", 2) || refLuhn(b.substring(2)));
      }
      case "IE": {
        String n = b;
        if (n.matches("\\d[A-Z+*]\\d{5}[A-W]")) {
          n = "0" + n.substring(2, 7) + n.charAt(0) + n.charAt(7);
        }
        if (!n.matches("\\d{7}[A-W]([A-IW])?")) {
          return false;
        }
        int sum = weighted(n, 8, 7, 6, 5, 4, 3, 2);
        if (n.length() == 9) {
          sum += 9 * "WABCDEFGHI".indexOf(n.charAt(8));
        }
        return n.charAt(7) == "WABCDEFGHIJKLMNOPQRSTUV".charAt(sum % 23);
      }
      case "IT":
        return TaxIdsTest.refPiva(b);
      case "LU":
        return b.matches("\\d{8}") && Integer.parseInt(b.substring(0, 6)) % 89 == Integer.parseInt(b.substring(6));
      case "NL": {
        if (!b.matches("\\d{9}B\\d{2}")) {
          return false;
        }
        boolean elf = !b.startsWith("000000000") && weighted(b, 9, 8, 7, 6, 5, 4, 3, 2, -1) % 11 == 0;
        return elf || ChecksumsTest.refMod97("NL" + b);
      }
      case "PL":
        return TaxIdsTest.refNip(b);
      case "PT": {
        if (!b.matches("\\d{9}")) {
          return false;
        }
        int c = 11 - weighted(b, 9, 8, 7, 6, 5, 4, 3, 2) % 11;
        return (c >= 10 ? 0 : c) == b.charAt(8) - '0';
      }
      case "SE":
        return b.matches("\\d{10}01") && refLuhn(b.substring(0, 10));
      default:
        return false;
    }
  }

  @Test
  void officialExamples() {
    // python-stdnum doctests of the respective */vat.py, */uid.py, */tva.py, */iva.py modules.
    assertAll(EuVatNumbers::isValid, true,
        "ATU13585627", "BE403019261", "BE0403019261", "DE136695976", "DK13585628", "ESJ99216582",
        "ESX2482300W", "FI20774740", "FR40303265045", "IE6433435F", "IE8D79739I", "IT00743110157",
        "LU15027442", "NL004495445B01", "PL8567346215", "PT501964843", "SE123456789701");
    assertAll(EuVatNumbers::isValid, false,
        "ATU13585626", "BE403019262", "DE136695978", "DK13585627", "FI20774741", "FR84303265045",
        "IE6433435E", "IT00743110158", "LU15027441", "NL004495446B01", "PL8567346216", "PT501964842",
        "SE123456789801", "XX123456789", "GB123456789");
  }

  @Test
  void generatedPerCountry() {
    Random rnd = new Random(40);
    List<Function<Random, String>> templates = List.of(
        r -> "ATU" + digits(r, 7) + "?",
        r -> "BE" + (r.nextBoolean() ? "0" : "1") + digits(r, 7) + digits(r, 1) + "?",
        r -> "BE" + digits(r, 7) + digits(r, 1) + "?",
        r -> "DE" + "123456789".charAt(r.nextInt(9)) + digits(r, 7) + "?",
        r -> "DK" + "123456789".charAt(r.nextInt(9)) + digits(r, 6) + "?",
        r -> "ES" + pick(r, "ABCDEFGHJNPQRSUVW", 1) + digits(r, 7) + "?",
        r -> "ES" + digits(r, 8) + "?",
        r -> "FI" + digits(r, 7) + "?",
        r -> "FR" + digits(r, 1) + "?" + digits(r, 9),
        r -> "IE" + digits(r, 7) + "?" + (r.nextBoolean() ? "" : pick(r, "ABCDEFGHIW", 1)),
        r -> "IE" + digits(r, 1) + pick(r, LETTERS + "+*", 1) + digits(r, 5) + "?",
        r -> "IT" + digits(r, 7) + String.format("%03d", 1 + r.nextInt(100)) + "?",
        r -> "LU" + digits(r, 6) + digits(r, 1) + "?",
        r -> "NL" + digits(r, 8) + "?B" + digits(r, 2),
        r -> "NL" + digits(r, 9) + "B" + digits(r, 1) + "?",
        r -> "PL" + digits(r, 9) + "?",
        r -> "PT" + digits(r, 8) + "?",
        r -> "SE" + digits(r, 9) + "?01");
    for (Function<Random, String> t : templates) {
      List<String> v = generate(rnd, 40, t, DIGITS + LETTERS, EuVatNumbersTest::ref);
      differential(EuVatNumbers::isValid, EuVatNumbersTest::ref, v, rnd);
    }
    assertRobust(EuVatNumbers::isValid);
  }

}
